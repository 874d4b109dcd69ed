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
