// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeBackend.h"
#include "store/SqliteDatabase.h"
#include "store/Store.h"
#include "sync/EventValidator.h"
#include "sync/SyncEngine.h"
#include "TestStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

class tst_SyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Store> openStore(const QString &path = {})
    {
        return TestData::openStore(path.isEmpty() ? m_dir.filePath(QStringLiteral("s%1.sqlite3").arg(++m_n))
                                                  : path);
    }

    static int inboxCount(Store &store) { return int(inbox(store).size()); }

private Q_SLOTS:
    void aBurstBecomesOneTransaction()
    {
        auto store = openStore();
        QVERIFY(store);
        SyncEngine sync(store.get());
        QSignalSpy changed(store.get(), &Store::changed);
        sync.submit({QStringLiteral("demo"), {customer(QStringLiteral("c"), QStringLiteral("Ada"))}, {}});
        sync.submit(
            {QStringLiteral("demo"), {conversation(QStringLiteral("k"), QStringLiteral("c"), t0())}, {}});
        sync.submit({QStringLiteral("demo"),
                     {inbound(QStringLiteral("m"), QStringLiteral("k"), QStringLiteral("hi"), t0())},
                     QStringLiteral("c3")});
        QCOMPARE(sync.pendingEvents(), 3);
        QVERIFY(changed.wait(5000));
        QTest::qWait(50);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inboxCount(*store), 1);
    }

    void malformedEventsAreDroppedWithAReason()
    {
        auto store = openStore();
        SyncEngine sync(store.get());
        QSignalSpy rejected(&sync, &SyncEngine::eventRejected);
        Conversation broken = conversation(QStringLiteral("k"), QStringLiteral("c"), {});
        sync.submit({QStringLiteral("demo"),
                     {broken, conversation(QStringLiteral("ok"), QStringLiteral("c"), t0())},
                     {}});
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(0).toString(), QStringLiteral("demo"));
        QVERIFY(rejected.first().at(1).toString().contains(QLatin1String("creation time")));
        QTRY_COMPARE(inboxCount(*store), 1);
        // Rejections found by the store (unknown conversation) are reported the same way.
        sync.submit({QStringLiteral("demo"),
                     {inbound(QStringLiteral("x"), QStringLiteral("ghost"), QStringLiteral("?"), t0())},
                     {}});
        QTRY_COMPARE(rejected.size(), 2);
        QVERIFY(rejected.last().at(1).toString().contains(QLatin1String("unknown conversation")));
    }

    // Validator and store agree: every kind of event with nothing but what the validator asks for
    // (every optional field empty) is stored, none holds the batch or its cursor back, and a
    // second report of each changes nothing.
    void everyEventTheValidatorAcceptsIsStored()
    {
        auto store = openStore();
        SyncEngine sync(store.get());
        QSignalSpy rejected(&sync, &SyncEngine::eventRejected);
        QSignalSpy storeRejected(store.get(), &Store::eventsRejected);
        Customer c;
        c.remoteId = QStringLiteral("c");
        c.name = QStringLiteral("Ada");
        c.products = {Product{}}; // a product without a model, serial or site
        Agent a;
        a.remoteId = QStringLiteral("a"); // an agent without a name
        Team t;
        t.remoteId = QStringLiteral("q"); // an RT queue without a Name
        Conversation k;
        k.remoteId = QStringLiteral("k");
        k.createdAt = t0();
        Message m; // a file-only message, reported again below with an advancing delivery state
        m.remoteId = QStringLiteral("m");
        m.conversationRemoteId = QStringLiteral("k");
        m.sentAt = t0();
        m.delivery = DeliveryState::Sent;
        m.attachments = {Attachment{{}, QStringLiteral("photo.jpg"), {}, 0, {}}};
        Message keyed; // known only by its client key
        keyed.clientKey = QStringLiteral("key");
        keyed.conversationRemoteId = QStringLiteral("k");
        keyed.sentAt = t0();
        MessageStateChange state;
        state.clientKey = QStringLiteral("key");
        PresenceChange p;
        p.agentRemoteId = QStringLiteral("b");
        Alert alert;
        alert.remoteId = QStringLiteral("al");
        alert.title = QStringLiteral("Disk failing");
        alert.raisedAt = t0();
        ServiceRequest sr;
        sr.remoteId = QStringLiteral("sr");
        sr.subject = QStringLiteral("Broken");
        TypingChange typing;
        typing.conversationRemoteId = QStringLiteral("k");
        typing.typing = true;
        const QList<BackendEvent> events{c, a, t, k, m, keyed, state, p, alert, sr, typing};
        for (const BackendEvent &e : events)
            QVERIFY2(EventValidator::validate(e).isEmpty(), qPrintable(EventValidator::validate(e)));
        sync.submit({QStringLiteral("demo"), events, QStringLiteral("c1")});
        Message again = m;
        again.delivery = DeliveryState::Read;
        sync.submit({QStringLiteral("demo"), events + QList<BackendEvent>{again}, QStringLiteral("c2")});
        sync.flush();
        QCOMPARE(scalar(*store, QStringLiteral("SELECT delivery FROM messages WHERE remote_id = 'm'")),
                 qint64(DeliveryState::Read));
        QCOMPARE(rejected.size(), 0);
        QCOMPARE(storeRejected.size(), 0);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM messages")), qint64(2));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM teams WHERE name = 'q'")), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM agents WHERE name = 'a'")), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM products WHERE model = ''")), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM service_requests")), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM alerts")), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT cursor = 'c2' FROM sync_cursors")), qint64(1));
    }

    // An event the database refuses (here a trigger stands in for any constraint) is reported
    // with its reason; the rest of its batch and the cursor are stored.
    void anEventTheStoreRefusesHoldsBackNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("poison.sqlite3"));
        QVERIFY(openStore(path)); // made, then closed
        {
            SqliteDatabase db;
            db.open(path, false);
            db.exec("CREATE TRIGGER poison BEFORE INSERT ON teams WHEN NEW.remote_id = 'poison' "
                    "BEGIN SELECT RAISE(ABORT, 'refused by a constraint'); END");
        }
        auto store = openStore(path);
        QVERIFY(store);
        SyncEngine sync(store.get());
        QSignalSpy rejected(&sync, &SyncEngine::eventRejected);
        sync.submit(
            {QStringLiteral("demo"),
             {customer(QStringLiteral("c"), QStringLiteral("Ada")), Team{{}, QStringLiteral("poison"), {}},
              conversation(QStringLiteral("k"), QStringLiteral("c"), t0()),
              inbound(QStringLiteral("m"), QStringLiteral("k"), QStringLiteral("hi"), t0())},
             QStringLiteral("after-m")});
        sync.flush();
        QTRY_COMPARE(rejected.size(), 1);
        QVERIFY2(rejected.first().at(1).toString().contains(QLatin1String("team poison")),
                 qPrintable(rejected.first().at(1).toString()));
        QVERIFY(rejected.first().at(1).toString().contains(QLatin1String("refused by a constraint")));
        const QList<InboxRow> rows = inbox(*store);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().messageCount, 1);
        QCOMPARE(rows.first().customerName, QStringLiteral("Ada"));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT cursor = 'after-m' FROM sync_cursors")), qint64(1));
    }

    // Found by fuzz_events: our queued reply (known by its key), the same message stored once by
    // its remote id (from an archive), then the echo naming both. One message remains, ours.
    void anEchoOfAMessageStoredTwiceMergesIt()
    {
        auto store = openStore();
        SyncEngine sync(store.get());
        QSignalSpy rejected(&sync, &SyncEngine::eventRejected);
        Message queued =
            inbound(QStringLiteral("ignored"), QStringLiteral("k"), QStringLiteral("On it"), t0());
        queued.remoteId.clear();
        queued.clientKey = QStringLiteral("key-1");
        queued.direction = Direction::Outbound;
        Message archived = queued;
        archived.clientKey.clear();
        archived.remoteId = QStringLiteral("A1");
        Message echo = queued;
        echo.remoteId = QStringLiteral("A1");
        echo.delivery = DeliveryState::Delivered;
        sync.submit({QStringLiteral("demo"),
                     {conversation(QStringLiteral("k"), QStringLiteral("c"), t0()), queued, archived},
                     {}});
        sync.submit({QStringLiteral("demo"), {echo}, {}});
        sync.flush();
        QTRY_COMPARE(
            scalar(*store,
                   QStringLiteral("SELECT count(*) FROM messages WHERE remote_id = 'A1' AND client_key = "
                                  "'key-1'")),
            qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM messages")), qint64(1));
        QCOMPARE(rejected.size(), 0);
    }

    void replayedEventsAreIdempotent()
    {
        auto store = openStore();
        SyncEngine sync(store.get());
        const EventBatch batch{
            QStringLiteral("demo"),
            {conversation(QStringLiteral("k"), QStringLiteral("c"), t0()),
             inbound(QStringLiteral("m"), QStringLiteral("k"), QStringLiteral("hi"), t0())},
            QStringLiteral("c1")};
        sync.submit(batch);
        sync.submit(batch);
        sync.flush();
        const QList<InboxRow> rows = inbox(*store);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().messageCount, 1);
    }

    void attachResumesABackendFromItsStoredCursor()
    {
        const QString path = m_dir.filePath(QStringLiteral("cursor.sqlite3"));
        {
            auto store = openStore(path);
            SyncEngine sync(store.get());
            FakeBackend backend;
            sync.attach(&backend);
            QTRY_COMPARE(backend.startedWithCursors, QStringList{QString()});
            backend.send({conversation(QStringLiteral("k"), QStringLiteral("c"), t0())},
                         QStringLiteral("after-k"));
            sync.flush();
            QTRY_COMPARE(inboxCount(*store), 1);
        }
        auto store = openStore(path);
        SyncEngine sync(store.get());
        FakeBackend backend;
        sync.attach(&backend);
        QTRY_COMPARE(backend.startedWithCursors, QStringList{QStringLiteral("after-k")});
    }
};

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_SyncEngine.moc"
