// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RtFields.h"

#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;

class tst_RtFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusesMapBothWays()
    {
        QCOMPARE(RtFields::statusFromRt(QStringLiteral("new")), ConversationStatus::Open);
        QCOMPARE(RtFields::statusFromRt(QStringLiteral("stalled")), ConversationStatus::Pending);
        QCOMPARE(RtFields::statusFromRt(QStringLiteral("rejected")), ConversationStatus::Resolved);
        QCOMPARE(RtFields::statusFromRt(QStringLiteral("waiting for parts")),
                 ConversationStatus::Open); // site-defined
        QCOMPARE(RtFields::statusToRt(ConversationStatus::Snoozed), QStringLiteral("stalled"));
        for (const auto s :
             {ConversationStatus::Open, ConversationStatus::Pending, ConversationStatus::Resolved})
            QCOMPARE(RtFields::statusFromRt(RtFields::statusToRt(s)), s);
    }

    void prioritiesMapBothWays()
    {
        QCOMPARE(RtFields::priorityFromRt(0), Priority::Normal); // nobody chose one
        QCOMPARE(RtFields::priorityFromRt(10), Priority::Low);
        QCOMPARE(RtFields::priorityFromRt(99), Priority::Urgent);
        for (const auto p : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent})
            QCOMPARE(RtFields::priorityFromRt(RtFields::priorityToRt(p)), p);
    }
};

QTEST_GUILESS_MAIN(tst_RtFields)
#include "tst_RtFields.moc"
