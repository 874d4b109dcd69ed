// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sla/SlaPolicy.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

// The SLA clock: what is owed now, from rows built by hand and from a real store as a
// conversation goes back and forth.
class tst_SlaPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void targetsWeighTierAndPriorityTogether()
    {
        // Urgent work of a standard customer is due no later than routine work of a VIP.
        QVERIFY(SlaPolicy::responseMinutes(Tier::Standard, Priority::Urgent) <=
                SlaPolicy::responseMinutes(Tier::Vip, Priority::Normal));
        for (int p = 0; p < 3; ++p)
            for (int t = 0; t < 3; ++t) {
                // A better tier or a higher priority never waits longer.
                QVERIFY(SlaPolicy::responseMinutes(Tier(t + 1), Priority(p)) <=
                        SlaPolicy::responseMinutes(Tier(t), Priority(p)));
                QVERIFY(SlaPolicy::responseMinutes(Tier(t), Priority(p + 1)) <=
                        SlaPolicy::responseMinutes(Tier(t), Priority(p)));
                QVERIFY(SlaPolicy::resolutionMinutes(Tier(t), Priority(p + 1)) <=
                        SlaPolicy::resolutionMinutes(Tier(t), Priority(p)));
            }
    }

    void describesWhatIsOwed()
    {
        InboxRow row;
        row.tier = Tier::Gold;
        row.priority = Priority::Normal; // 60 min to respond
        row.createdAt = t0();
        row.waitingSince = t0();
        SlaPolicy::apply(row);
        QCOMPARE(row.owed, SlaPolicy::Owed::FirstResponse);
        QCOMPARE(row.owedBy, t0().addSecs(3600));
        QCOMPARE(SlaPolicy::describe(row, t0().addSecs(600)), QStringLiteral("First reply in 50 min"));
        QCOMPARE(SlaPolicy::describe(row, t0().addSecs(3600 + 240)),
                 QStringLiteral("First reply 4 min over"));

        // Answered: the response clock stops and the resolution is what is owed.
        row.firstReplyAt = t0().addSecs(4000);
        row.waitingSince = {};
        SlaPolicy::apply(row);
        QCOMPARE(row.owed, SlaPolicy::Owed::Resolution);
        QCOMPARE(row.owedBy, t0().addSecs(24 * 3600)); // gold, normal priority: a day
        QCOMPARE(SlaPolicy::describe(row, t0().addSecs(4000)), QStringLiteral("Resolve in 22 h 53 min"));
        // A due date of the backend's own (RT's Due) sets the resolution.
        row.slaDueAt = t0().addSecs(7200);
        SlaPolicy::apply(row);
        QCOMPARE(row.owedBy, t0().addSecs(7200));

        // The customer writes again: the next response.
        row.waitingSince = t0().addSecs(5000);
        SlaPolicy::apply(row);
        QCOMPARE(row.owed, SlaPolicy::Owed::NextResponse);
        QCOMPARE(SlaPolicy::describe(row, t0().addSecs(5000 + 3600 + 60)),
                 QStringLiteral("Reply 1 min over"));

        // Pending (waiting for the customer), resolved: nothing runs.
        row.waitingSince = {};
        row.status = ConversationStatus::Pending;
        SlaPolicy::apply(row);
        QCOMPARE(row.owed, SlaPolicy::Owed::Nothing);
        QCOMPARE(SlaPolicy::describe(row, t0()), QString());
        row.status = ConversationStatus::Resolved;
        row.waitingSince = t0();
        SlaPolicy::apply(row);
        QCOMPARE(row.owed, SlaPolicy::Owed::Nothing);
    }

    // Through the store: the customer writes (first response owed), the agent answers (the
    // response clock stops: no "over" any more), the customer writes again (the next response).
    void theClockFollowsTheConversation()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("sla.sqlite3")));
        QVERIFY(store);
        store->applyBatch({QStringLiteral("demo"),
                           {customer(QStringLiteral("c"), QStringLiteral("Ada"), Tier::Gold),
                            conversation(QStringLiteral("k"), QStringLiteral("c"), t0()),
                            inbound(QStringLiteral("m1"), QStringLiteral("k"), QStringLiteral("help"), t0())},
                           {}});
        QCOMPARE(inbox(*store).value(0).owed, SlaPolicy::Owed::FirstResponse);
        Message reply =
            inbound(QStringLiteral("m2"), QStringLiteral("k"), QStringLiteral("on it"), t0().addSecs(90));
        reply.direction = Direction::Outbound;
        store->applyBatch({QStringLiteral("demo"), {reply}, {}});
        InboxRow row = inbox(*store).value(0);
        QCOMPARE(row.owed, SlaPolicy::Owed::Resolution);
        QCOMPARE(row.firstReplyAt, t0().addSecs(90));
        QVERIFY(!SlaPolicy::describe(row, t0().addSecs(7200)).contains(QLatin1String("over")));
        store->applyBatch({QStringLiteral("demo"),
                           {inbound(QStringLiteral("m3"), QStringLiteral("k"), QStringLiteral("still red"),
                                    t0().addSecs(600))},
                           {}});
        row = inbox(*store).value(0);
        QCOMPARE(row.owed, SlaPolicy::Owed::NextResponse);
        QCOMPARE(row.owedBy,
                 t0().addSecs(600 + 60 * SlaPolicy::responseMinutes(Tier::Gold, Priority::Normal)));
        QCOMPARE(row.firstReplyAt, t0().addSecs(90));
    }
};

QTEST_MAIN(tst_SlaPolicy)
#include "tst_SlaPolicy.moc"
