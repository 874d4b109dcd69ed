// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeBackend.h"
#include "outbox/OutboxDispatcher.h"
#include "services/BackendRegistry.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"
#include "TestStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

// A store, a registry with one fake backend, the sync engine and the dispatcher under test.
struct Rig
{
    Store store;
    BackendRegistry registry;
    SyncEngine sync{&store};
    OutboxDispatcher dispatcher{&store, &registry};
    FakeBackend *backend = new FakeBackend;
    qint64 conversationId = 0;
};

class tst_OutboxDispatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Rig> rig(const QString &path = {}, bool connected = true)
    {
        auto r = std::make_unique<Rig>();
        QSignalSpy opened(&r->store, &Store::opened);
        r->store.open(path.isEmpty() ? m_dir.filePath(QStringLiteral("o%1.sqlite3").arg(++m_n)) : path);
        if (!opened.wait(5000))
            return nullptr;
        r->dispatcher.setBackoff(20, 200);
        r->registry.add(r->backend);
        r->sync.attach(r->backend);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(r->backend->startedWithCursors.size(), 1, 5000); }();
        if (!connected)
            r->backend->setConnected(false);
        r->backend->send({customer(QStringLiteral("c"), QStringLiteral("Ada")),
                          conversation(QStringLiteral("k"), QStringLiteral("c"), t0()),
                          inbound(QStringLiteral("m"), QStringLiteral("k"), QStringLiteral("help"), t0())});
        r->sync.flush();
        r->conversationId = inbox(r->store).value(0).id;
        r->dispatcher.start();
        return r;
    }

    void enqueue(Rig &r, const QString &key, const QString &text)
    {
        bool done = false;
        r.store.enqueue({key, r.conversationId, OutboxKind::Reply, text}, this,
                        [&](const OutboxItem &item, const QString &) {
                            QVERIFY(item.id);
                            done = true;
                        });
        QTRY_VERIFY(done);
    }

    Message lastMessage(Rig &r)
    {
        QList<Message> messages;
        bool done = false;
        r.store.fetchMessages(r.conversationId, 50, 0, 0, this, [&](const QList<Message> &m) {
            messages = m;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return messages.isEmpty() ? Message{} : messages.last();
    }

private Q_SLOTS:
    void aReplyIsSentThenDelivered()
    {
        auto r = rig();
        QVERIFY(r && r->conversationId);
        enqueue(*r, QStringLiteral("k1"), QStringLiteral("On it"));
        QTRY_COMPARE(lastMessage(*r).delivery, DeliveryState::Sent);
        QCOMPARE(r->backend->performed.size(), 1);
        QCOMPARE(r->backend->performed.first().idempotencyKey, QStringLiteral("k1"));
        QCOMPARE(r->backend->performed.first().conversationRemoteId, QStringLiteral("k"));
        QCOMPARE(r->backend->performed.first().payload.value(QStringLiteral("text")).toString(),
                 QStringLiteral("On it"));
        const QString remoteId = lastMessage(*r).remoteId;
        QVERIFY(!remoteId.isEmpty());
        r->backend->send(
            {MessageStateChange{QStringLiteral("k"), remoteId, {}, DeliveryState::Delivered, {}}});
        QTRY_COMPARE(lastMessage(*r).delivery, DeliveryState::Delivered);
    }

    void aTransientFailureIsRetriedWithBackoff()
    {
        auto r = rig();
        r->backend->queueResult({false, {}, QStringLiteral("timeout"), true});
        r->backend->queueResult({false, {}, QStringLiteral("timeout"), true});
        QElapsedTimer timer;
        timer.start();
        enqueue(*r, QStringLiteral("k1"), QStringLiteral("hello"));
        QTRY_COMPARE_WITH_TIMEOUT(lastMessage(*r).delivery, DeliveryState::Sent, 5000);
        QCOMPARE(r->backend->performed.size(), 3);
        QVERIFY2(timer.elapsed() >= 20 + 40, "retries must wait for their backoff");
        QCOMPARE(r->dispatcher.backoffFor(1), 20);
        QCOMPARE(r->dispatcher.backoffFor(2), 40);
        QCOMPARE(r->dispatcher.backoffFor(10), 200); // capped
    }

    void aPermanentFailureShowsTheReasonAndStops()
    {
        auto r = rig();
        QSignalSpy failed(&r->dispatcher, &OutboxDispatcher::itemFailed);
        r->backend->queueResult({false, {}, QStringLiteral("The customer closed the chat"), false});
        enqueue(*r, QStringLiteral("k1"), QStringLiteral("hello"));
        QTRY_COMPARE(lastMessage(*r).delivery, DeliveryState::Failed);
        QCOMPARE(lastMessage(*r).error, QStringLiteral("The customer closed the chat"));
        QCOMPARE(failed.size(), 1);
        QTest::qWait(100);
        QCOMPARE(r->backend->performed.size(), 1);
    }

    void nothingIsSentWhileTheBackendIsAway()
    {
        auto r = rig({}, false);
        enqueue(*r, QStringLiteral("k1"), QStringLiteral("hello"));
        QTest::qWait(150);
        QCOMPARE(r->backend->performed.size(), 0);
        QCOMPARE(lastMessage(*r).delivery, DeliveryState::Queued);
        r->backend->setConnected(true);
        QTRY_COMPARE(r->backend->performed.size(), 1);
        QTRY_COMPARE(lastMessage(*r).delivery, DeliveryState::Sent);
    }

    void aQueuedReplySurvivesARestartAndIsSentExactlyOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("restart.sqlite3"));
        {
            auto r = rig(path, false);
            enqueue(*r, QStringLiteral("durable"), QStringLiteral("written before the crash"));
            QTest::qWait(50);
            QCOMPARE(r->backend->performed.size(), 0);
        }
        auto r = rig(path, true);
        QTRY_COMPARE(r->backend->performed.size(), 1);
        QCOMPARE(r->backend->performed.first().idempotencyKey, QStringLiteral("durable"));
        QTRY_COMPARE(lastMessage(*r).delivery, DeliveryState::Sent);
        QTest::qWait(100);
        QCOMPARE(r->backend->performed.size(), 1);
    }

    // The item goes only once the store has it as sending, with the backend's mark; every later
    // attempt gets the same mark and knows an earlier one may have reached the server.
    void anItemGoesOnlyOnceItIsDurablySendingWithItsMark()
    {
        auto r = rig();
        r->backend->hold(true);
        r->backend->queueResult(SendResult::failed(QStringLiteral("busy"), true));
        enqueue(*r, QStringLiteral("k1"), QStringLiteral("hello"));
        QTRY_COMPARE(r->backend->performed.size(), 1);
        QCOMPARE(r->backend->prepared.size(), 1);
        QCOMPARE(r->backend->performed.first().attempts, 0);
        QCOMPARE(r->backend->performed.first().sendMark, QStringLiteral("mark-k1"));
        // While the backend works on it, the store already says so: a crash now leaves it in doubt.
        QCOMPARE(scalar(r->store, QStringLiteral("SELECT state FROM outbox")), qint64(OutboxState::Sending));
        QCOMPARE(scalar(r->store, QStringLiteral("SELECT attempts FROM outbox")), qint64(1));
        QCOMPARE(scalar(r->store, QStringLiteral("SELECT send_mark = 'mark-k1' FROM outbox")), qint64(1));
        r->backend->hold(false);
        r->backend->release();
        QTRY_COMPARE(lastMessage(*r).delivery, DeliveryState::Sent);
        QCOMPARE(r->backend->performed.size(), 2);
        QCOMPARE(r->backend->prepared.size(), 1); // noted once, before the first attempt
        QCOMPARE(r->backend->performed.at(1).attempts, 1);
        QCOMPARE(r->backend->performed.at(1).sendMark, QStringLiteral("mark-k1"));
        QCOMPARE(scalar(r->store, QStringLiteral("SELECT failures FROM outbox")), qint64(1));
    }

    // A cut is not a failure of the reply: no backoff grows, and the reconnect sends it at once.
    void aLostConnectionIsNoFailureAndTheReconnectSendsAtOnce()
    {
        auto r = rig();
        r->dispatcher.setBackoff(60000, 300000); // a failure would wait a minute
        for (int i = 0; i < 5; ++i)
            r->backend->queueResult(SendResult::unreachable(QStringLiteral("connection reset")));
        enqueue(*r, QStringLiteral("k1"), QStringLiteral("hello"));
        QTRY_COMPARE(r->backend->performed.size(), 1);
        QTRY_COMPARE(lastMessage(*r).delivery, DeliveryState::Queued);
        QElapsedTimer timer;
        timer.start();
        for (int cut = 2; cut <= 6; ++cut) { // the link flaps: every reconnect tries again at once
            r->backend->setConnected(false);
            r->backend->setConnected(true);
            QTRY_COMPARE_WITH_TIMEOUT(r->backend->performed.size(), cut, 2000);
        }
        QTRY_COMPARE(lastMessage(*r).delivery, DeliveryState::Sent);
        QVERIFY2(timer.elapsed() < 10000, "reconnects must not wait for a backoff");
        QCOMPARE(scalar(r->store, QStringLiteral("SELECT failures FROM outbox")), qint64(0));
        QCOMPARE(scalar(r->store, QStringLiteral("SELECT attempts FROM outbox")), qint64(6));
    }

    // A reply that failed (retryably) and waits for its backoff goes at once when the server is back.
    void aReconnectRetriesWhatWaitsForItsBackoff()
    {
        auto r = rig();
        r->dispatcher.setBackoff(60000, 300000);
        r->backend->queueResult(SendResult::failed(QStringLiteral("HTTP 503"), true));
        enqueue(*r, QStringLiteral("k1"), QStringLiteral("hello"));
        QTRY_COMPARE(r->backend->performed.size(), 1);
        QTest::qWait(100);
        QCOMPARE(r->backend->performed.size(), 1); // waits for its minute
        r->backend->setConnected(false);
        r->backend->setConnected(true);
        QTRY_COMPARE_WITH_TIMEOUT(lastMessage(*r).delivery, DeliveryState::Sent, 2000);
        QCOMPARE(scalar(r->store, QStringLiteral("SELECT failures FROM outbox")), qint64(1));
    }

    void repliesOfOneConversationKeepTheirOrder()
    {
        auto r = rig();
        r->backend->queueResult({false, {}, QStringLiteral("busy"), true});
        enqueue(*r, QStringLiteral("first"), QStringLiteral("1"));
        enqueue(*r, QStringLiteral("second"), QStringLiteral("2"));
        QTRY_COMPARE(r->backend->performed.size(), 3);
        QStringList order;
        for (const OutboxItem &i : std::as_const(r->backend->performed))
            order << i.idempotencyKey;
        QCOMPARE(order,
                 (QStringList{QStringLiteral("first"), QStringLiteral("first"), QStringLiteral("second")}));
    }
};

QTEST_GUILESS_MAIN(tst_OutboxDispatcher)
#include "tst_OutboxDispatcher.moc"
