// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/PresenceController.h"
#include "FakeBackend.h"
#include "services/BackendRegistry.h"

#include <QSignalSpy>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;

class tst_PresenceController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isAvailableOnlyWithADirectoryBackend()
    {
        BackendRegistry registry;
        PresenceController presence(&registry);
        QSignalSpy availability(&presence, &PresenceController::availabilityChanged);
        QVERIFY(!presence.isAvailable());
        auto *chatOnly = new FakeBackend(QStringLiteral("chat"));
        chatOnly->setCapabilities(Capability::Messaging);
        registry.add(chatOnly);
        QVERIFY(!presence.isAvailable());
        registry.add(new FakeBackend(QStringLiteral("full")));
        QVERIFY(presence.isAvailable());
        QCOMPARE(availability.last().first().toBool(), true);
        registry.remove(QStringLiteral("full"));
        QCOMPARE(availability.last().first().toBool(), false);
    }

    void reachesEveryBackendWithPresenceIncludingLateOnes()
    {
        BackendRegistry registry;
        PresenceController presence(&registry);
        auto *a = new FakeBackend(QStringLiteral("a"));
        auto *chatOnly = new FakeBackend(QStringLiteral("chat"));
        chatOnly->setCapabilities(Capability::Messaging);
        registry.add(a);
        registry.add(chatOnly);
        QSignalSpy changed(&presence, &PresenceController::presenceChanged);
        presence.setPresence(Presence::Busy);
        QCOMPARE(a->m_presence, Presence::Busy);
        QCOMPARE(chatOnly->m_presence, Presence::Offline); // untouched: it has no presence
        QCOMPARE(changed.size(), 1);
        presence.setPresence(Presence::Busy);
        QCOMPARE(changed.size(), 1); // no change, no signal
        auto *late = new FakeBackend(QStringLiteral("late"));
        registry.add(late);
        QCOMPARE(late->m_presence, Presence::Busy);
    }
};

QTEST_GUILESS_MAIN(tst_PresenceController)
#include "tst_PresenceController.moc"
