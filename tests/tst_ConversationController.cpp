// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/ConversationController.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

class tst_ConversationController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_conversation = 0;

    InboxRow row()
    {
        InboxRow out;
        bool done = false;
        m_store->fetchInboxRows({m_conversation}, this, [&](const QList<InboxRow> &rows) {
            out = rows.value(0);
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_store =
            openStore(m_dir.filePath(QStringLiteral("c%1.sqlite3").arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(m_store);
        m_store->applyBatch({QStringLiteral("demo"),
                             {conversation(QStringLiteral("k"), QStringLiteral("c"), t0()),
                              inbound(QStringLiteral("m"), QStringLiteral("k"), QStringLiteral("hi"), t0())},
                             {}});
        m_conversation = inbox(*m_store).value(0).id;
        QVERIFY(m_conversation);
    }

    void aReplyIsQueuedDurablyWithAFreshKey()
    {
        ConversationController controller(m_store.get());
        controller.setAgentName(QStringLiteral("Alex"));
        QSignalSpy queued(&controller, &ConversationController::queued);
        controller.sendReply(m_conversation, QStringLiteral("Hello!"));
        controller.sendReply(m_conversation, QStringLiteral("Hello!"));
        QTRY_COMPARE(queued.size(), 2);
        const auto a = queued.at(0).first().value<OutboxItem>();
        const auto b = queued.at(1).first().value<OutboxItem>();
        QVERIFY(a.idempotencyKey != b.idempotencyKey); // two sends are two messages
        QCOMPARE(a.kind, OutboxKind::Reply);
        QCOMPARE(a.state, OutboxState::Queued);
        QVERIFY(a.messageId);
        QCOMPARE(a.payload.value(QStringLiteral("author")).toString(), QStringLiteral("Alex"));
        QCOMPARE(row().messageCount, 3);
    }

    // A reply that failed for good is sent again from its bubble: queued, error gone.
    void aFailedReplyIsRetriedByItsMessage()
    {
        ConversationController controller(m_store.get());
        QSignalSpy queued(&controller, &ConversationController::queued);
        controller.sendReply(m_conversation, QStringLiteral("Try this"));
        QTRY_COMPARE(queued.size(), 1);
        const auto item = queued.first().first().value<OutboxItem>();
        m_store->markSending(item.id);
        m_store->markFailed(item.id, QStringLiteral("rejected by the server"), {});
        const QString delivery =
            QStringLiteral("SELECT delivery FROM messages WHERE id = %1").arg(item.messageId);
        QTRY_COMPARE(scalar(*m_store, delivery), qint64(DeliveryState::Failed));
        controller.retryMessage(item.messageId);
        QTRY_COMPARE(scalar(*m_store, delivery), qint64(DeliveryState::Queued));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT state FROM outbox WHERE id = %1").arg(item.id)),
                 qint64(OutboxState::Queued));
        // An inbound message has nothing to retry.
        controller.retryMessage(1);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 0")), 1);
    }

    // Snoozed until a time, the conversation comes back open by itself; a snooze in the past is refused.
    void aSnoozeEndsByItself()
    {
        ConversationController controller(m_store.get());
        QSignalSpy refused(&controller, &ConversationController::refused);
        controller.snooze(m_conversation, QDateTime::currentDateTimeUtc().addSecs(-5));
        QCOMPARE(refused.size(), 1);
        QSignalSpy queued(&controller, &ConversationController::queued);
        const QDateTime soon = QDateTime::currentDateTimeUtc().addMSecs(400);
        controller.snooze(m_conversation, soon);
        QTRY_COMPARE(queued.size(), 1);
        QCOMPARE(row().status, ConversationStatus::Snoozed);
        QCOMPARE(row().snoozedUntil.toMSecsSinceEpoch(), soon.toMSecsSinceEpoch());
        QCOMPARE(
            queued.first().first().value<OutboxItem>().payload.value(QStringLiteral("until")).toDateTime(),
            soon);
        controller.wakeDueSnoozes(); // not yet
        QTest::qWait(100);
        QCOMPARE(queued.size(), 1);
        QTest::qWait(400);
        controller.wakeDueSnoozes();
        QTRY_COMPARE(queued.size(), 2);
        QCOMPARE(row().status, ConversationStatus::Open);
        QVERIFY(!row().snoozedUntil.isValid());
        controller.wakeDueSnoozes(); // once is enough
        QTest::qWait(100);
        QCOMPARE(queued.size(), 2);
    }

    // Undo puts back what the action replaced, through the outbox again.
    void actionsAreUndone()
    {
        ConversationController controller(m_store.get());
        QSignalSpy queued(&controller, &ConversationController::queued);
        const auto last = [&] { return queued.last().first().value<OutboxItem>(); };
        controller.assign(m_conversation, QStringLiteral("zoe"));
        QTRY_COMPARE(queued.size(), 1);
        QVERIFY(ConversationController::canUndo(last()));
        QVERIFY(controller.undo(last()));
        QTRY_COMPARE(queued.size(), 2);
        QCOMPARE(last().kind, OutboxKind::Assign);
        QCOMPARE(row().assigneeRemoteId, QString());

        controller.setPriority(m_conversation, Priority::Urgent);
        QTRY_COMPARE(queued.size(), 3);
        QVERIFY(controller.undo(last()));
        QTRY_COMPARE(queued.size(), 4);
        QCOMPARE(row().priority, Priority::Normal);

        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
        controller.snooze(m_conversation, later);
        QTRY_COMPARE(queued.size(), 5);
        controller.setStatus(m_conversation, ConversationStatus::Resolved);
        QTRY_COMPARE(queued.size(), 6);
        QCOMPARE(row().status, ConversationStatus::Resolved);
        QVERIFY(controller.undo(last())); // back to snoozed, with its time
        QTRY_COMPARE(queued.size(), 7);
        QCOMPARE(row().status, ConversationStatus::Snoozed);
        QCOMPARE(row().snoozedUntil.toMSecsSinceEpoch(), later.toMSecsSinceEpoch());

        controller.setLabels(m_conversation, {QStringLiteral("refund")});
        QTRY_COMPARE(queued.size(), 8);
        controller.setLabels(m_conversation, {QStringLiteral("refund"), QStringLiteral("vip")});
        QTRY_COMPARE(queued.size(), 9);
        QCOMPARE(row().labels, QStringList({QStringLiteral("refund"), QStringLiteral("vip")}));
        QVERIFY(controller.undo(last()));
        QTRY_COMPARE(queued.size(), 10);
        QCOMPARE(row().labels, QStringList{QStringLiteral("refund")});

        // The conversation had no team: moving it to one is not undone to "no team", which
        // no backend can take.
        controller.setTeam(m_conversation, QStringLiteral("hardware"));
        QTRY_COMPARE(queued.size(), 11);
        QVERIFY(!ConversationController::canUndo(last()));
        controller.setTeam(m_conversation, QStringLiteral("software"));
        QTRY_COMPARE(queued.size(), 12);
        QVERIFY(controller.undo(last()));
        QTRY_COMPARE(queued.size(), 13);
        QCOMPARE(row().teamRemoteId, QStringLiteral("hardware"));

        // A reply is not undone this way: it may already be with the customer.
        controller.sendReply(m_conversation, QStringLiteral("hello"));
        QTRY_COMPARE(queued.size(), 14);
        QVERIFY(!ConversationController::canUndo(last()));
        QVERIFY(!controller.undo(last()));
    }

    void emptyTextAndNoConversationAreRefused()
    {
        ConversationController controller(m_store.get());
        QSignalSpy refused(&controller, &ConversationController::refused);
        controller.sendReply(m_conversation, QStringLiteral("  \n "));
        controller.addNote(m_conversation, QString());
        controller.setStatus(0, ConversationStatus::Resolved);
        QCOMPARE(refused.size(), 3);
        QVERIFY(!refused.at(0).at(1).toString().isEmpty());
        controller.sendReply(987654, QStringLiteral("to nowhere"));
        QTRY_COMPARE(refused.size(), 4);
        QCOMPARE(refused.at(3).at(0).toLongLong(), 987654);
    }

    void statusAssignAndPriorityShowAtOnce()
    {
        ConversationController controller(m_store.get());
        QSignalSpy queued(&controller, &ConversationController::queued);
        controller.setStatus(m_conversation, ConversationStatus::Resolved);
        controller.assign(m_conversation, QStringLiteral("agent-7"));
        controller.setPriority(m_conversation, Priority::Urgent);
        QTRY_COMPARE(queued.size(), 3);
        const InboxRow r = row();
        QCOMPARE(r.status, ConversationStatus::Resolved);
        QCOMPARE(r.assigneeRemoteId, QStringLiteral("agent-7"));
        QCOMPARE(r.priority, Priority::Urgent);
        controller.markRead(m_conversation);
        QTRY_COMPARE(row().unreadCount, 0);
    }
};

QTEST_GUILESS_MAIN(tst_ConversationController)
#include "tst_ConversationController.moc"
