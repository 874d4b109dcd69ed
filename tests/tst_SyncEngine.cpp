#include "FakeBackend.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"
#include "TestStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
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
