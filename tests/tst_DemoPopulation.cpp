// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPopulation.h"
#include "sync/EventValidator.h"

#include <QSet>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;

class tst_DemoPopulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isRealisticAndVaried()
    {
        const DemoPopulation p(1);
        QCOMPARE(p.customers().size(), 320);
        QSet<Tier> tiers;
        int chinese = 0;
        QSet<QString> serials;
        int products = 0;
        for (const Customer &c : p.customers()) {
            QVERIFY2(EventValidator::validate(c).isEmpty(), qPrintable(EventValidator::validate(c)));
            tiers.insert(c.tier);
            if (c.language == QLatin1String("zh-CN")) {
                ++chinese;
                QVERIFY(c.name.at(0).unicode() >= 0x4e00);
            }
            QVERIFY(c.siteId.startsWith(QLatin1String("SITE-")));
            QVERIFY(!c.products.isEmpty());
            QVERIFY(c.handles.size() >= 3);
            for (const Product &pr : c.products) {
                QVERIFY(pr.serialNumber.startsWith(QLatin1String("SN-")));
                QVERIFY(pr.warrantyUntil > pr.installedOn);
                serials.insert(pr.serialNumber);
                ++products;
            }
        }
        QCOMPARE(tiers.size(), 4);
        QVERIFY(chinese > 60 && chinese < 200);
        QVERIFY(serials.size() > products * 0.98); // serials are (almost surely) unique
        QVERIFY(p.agents().size() >= 4);
        QCOMPARE(p.agents().first().remoteId, QLatin1String(DemoPopulation::selfAgentId));
        QCOMPARE(p.teams().size(), 3);
    }

    void isTheSameForTheSameSeed()
    {
        QCOMPARE(DemoPopulation(5).customers(), DemoPopulation(5).customers());
        QVERIFY(DemoPopulation(5).customers() != DemoPopulation(6).customers());
        const DemoPopulation p(5);
        QCOMPARE(p.customer(QStringLiteral("cust-0007"))->remoteId, QStringLiteral("cust-0007"));
        QVERIFY(!p.customer(QStringLiteral("nobody")));
    }
};

QTEST_GUILESS_MAIN(tst_DemoPopulation)
#include "tst_DemoPopulation.moc"
