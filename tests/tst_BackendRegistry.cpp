// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeBackend.h"
#include "services/BackendRegistry.h"

#include <QSignalSpy>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;

class tst_BackendRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsSeveralBackendsAndRefusesDuplicates()
    {
        BackendRegistry registry;
        QSignalSpy added(&registry, &BackendRegistry::backendAdded);
        QVERIFY(registry.add(new FakeBackend(QStringLiteral("a"))));
        QVERIFY(registry.add(new FakeBackend(QStringLiteral("b"))));
        auto *dup = new FakeBackend(QStringLiteral("a"));
        QString error;
        QVERIFY(!registry.add(dup, &error));
        QVERIFY(error.contains(QLatin1String("already registered")));
        delete dup;
        QCOMPARE(added.size(), 2);
        QCOMPARE(registry.backends().size(), 2);
        QCOMPARE(registry.backend(QStringLiteral("b"))->id(), QStringLiteral("b"));
        QVERIFY(!registry.backend(QStringLiteral("zzz")));
    }

    void capabilitiesAreTheUnionOfTheBackends()
    {
        BackendRegistry registry;
        QSignalSpy changed(&registry, &BackendRegistry::capabilitiesChanged);
        QVERIFY(!registry.capabilities().testFlag(Capability::Messaging));
        registry.add(new FakeBackend(QStringLiteral("a")));
        QVERIFY(registry.capabilities().testFlag(Capability::Messaging));
        QVERIFY(!registry.capabilities().testFlag(Capability::Tickets));
        QCOMPARE(registry.withCapability(Capability::Directory).size(), 1);
        QCOMPARE(registry.withCapability(Capability::Tickets).size(), 0);
        QCOMPARE(changed.size(), 1);
        registry.add(new FakeBackend(QStringLiteral("b"))); // same capabilities: no change signal
        QCOMPARE(changed.size(), 1);
        QSignalSpy removed(&registry, &BackendRegistry::backendRemoved);
        registry.remove(QStringLiteral("a"));
        registry.remove(QStringLiteral("b"));
        QCOMPARE(removed.size(), 2);
        QVERIFY(!registry.capabilities().testFlag(Capability::Messaging));
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_BackendRegistry)
#include "tst_BackendRegistry.moc"
