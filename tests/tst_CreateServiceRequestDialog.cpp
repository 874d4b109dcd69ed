// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateServiceRequestDialog.h"
#include "FakeBackend.h"
#include "services/BackendRegistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace AgentDesk;

class tst_CreateServiceRequestDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersTicketBackendsAndRefusesAnEmptySubject()
    {
        BackendRegistry registry;
        auto *chat = new FakeBackend(QStringLiteral("chat"));
        auto *tickets = new FakeBackend(QStringLiteral("rt-1"));
        tickets->setCapabilities(Domain::Capability::Tickets);
        registry.add(chat);
        registry.add(tickets);
        CreateServiceRequestDialog dialog(&registry, QStringLiteral("  NAS   red light "));
        QCOMPARE(dialog.backendBox()->count(), 1); // only backends with tickets
        QCOMPARE(dialog.backendId(), QStringLiteral("rt-1"));
        QCOMPARE(dialog.subject(), QStringLiteral("NAS red light"));

        dialog.subjectEdit()->clear();
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        const auto labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [](QLabel *l) { return l->text().contains(QLatin1String("subject")); }));
        QTest::keyClicks(dialog.subjectEdit(), QStringLiteral("Disk clicking"));
        QTest::keyClicks(dialog.queueEdit(), QStringLiteral("Support"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.queue(), QStringLiteral("Support"));
    }
};

QTEST_MAIN(tst_CreateServiceRequestDialog)
#include "tst_CreateServiceRequestDialog.moc"
