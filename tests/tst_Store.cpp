#include "store/SearchIndex.h"
#include "store/SqliteDatabase.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace AgentDesk;
using namespace AgentDesk::TestData;

class tst_Store : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Store> open(const QString &name) { return openStore(m_dir.filePath(name)); }

private Q_SLOTS:
    void writesAndReadsOffTheCallersThread()
    {
        auto opened = open(QStringLiteral("a.sqlite3"));
        QVERIFY(opened);
        Store &store = *opened;
        QSignalSpy changed(&store, &Store::changed);
        store.applyBatch({QStringLiteral("demo"),
                          {customer(QStringLiteral("c"), QStringLiteral("Ada")),
                           conversation(QStringLiteral("k"), QStringLiteral("c"), t0()),
                           inbound(QStringLiteral("m"), QStringLiteral("k"), QStringLiteral("hello"), t0())},
                          {}});
        QVERIFY(changed.wait(5000));
        const auto changes = changed.first().first().value<StoreChanges>();
        QCOMPARE(changes.conversations.size(), 1);

        QList<InboxRow> rows;
        QThread *callbackThread = nullptr;
        store.fetchInbox(this, [&](const QList<InboxRow> &r) {
            rows = r;
            callbackThread = QThread::currentThread();
        });
        QTRY_COMPARE(rows.size(), 1);
        QCOMPARE(callbackThread, thread()); // results come back on the caller's thread
        QCOMPARE(rows.first().customerName, QStringLiteral("Ada"));

        QList<SearchHit> hits;
        store.search(QStringLiteral("hello"), 10, this, [&](const QList<SearchHit> &h) { hits = h; });
        QTRY_COMPARE(hits.size(), 1);
    }

    // Find in one conversation: only its messages, newest first.
    void searchesOneConversation()
    {
        auto opened = open(QStringLiteral("s.sqlite3"));
        QVERIFY(opened);
        Store &store = *opened;
        store.applyBatch(
            {QStringLiteral("demo"),
             {conversation(QStringLiteral("k1"), QStringLiteral("c"), t0()),
              conversation(QStringLiteral("k2"), QStringLiteral("c"), t0()),
              inbound(QStringLiteral("a"), QStringLiteral("k1"), QStringLiteral("router down"), t0()),
              inbound(QStringLiteral("b"), QStringLiteral("k2"), QStringLiteral("router fine"), t0()),
              inbound(QStringLiteral("c"), QStringLiteral("k1"), QStringLiteral("router up again"),
                      t0().addSecs(5))},
             {}});
        const qint64 k1 =
            scalar(store, QStringLiteral("SELECT id FROM conversations WHERE remote_id = 'k1'"));
        QList<SearchHit> hits;
        bool done = false;
        const auto keep = [&](const QList<SearchHit> &h) {
            hits = h;
            done = true;
        };
        store.search(QStringLiteral("router"), 10, this, keep);
        QTRY_VERIFY(done);
        QCOMPARE(hits.size(), 3);
        done = false;
        store.search(QStringLiteral("rout"), 10, this, keep, k1);
        QTRY_VERIFY(done);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].excerpt, QStringLiteral("router up again")); // newest first
        QCOMPARE(hits[1].conversationId, k1);
        QCOMPARE(hits[0].terms, QStringList{QStringLiteral("rout")});
    }

    // New messages are indexed for search a moment after they are stored, without a search.
    void newMessagesAreIndexedByThemselves()
    {
        auto opened = open(QStringLiteral("i.sqlite3"));
        QVERIFY(opened);
        Store &store = *opened;
        store.applyBatch(
            {QStringLiteral("demo"),
             {conversation(QStringLiteral("k"), QStringLiteral("c"), t0()),
              inbound(QStringLiteral("m"), QStringLiteral("k"), QStringLiteral("fan noise"), t0())},
             {}});
        // The index's own file, read as another process would (it may not be made yet).
        const auto indexed = [path = SearchIndex::pathFor(store.path())] {
            try {
                SqliteDatabase index;
                index.open(path, false);
                return index.scalar("SELECT count(*) FROM message_fts WHERE message_fts MATCH 'fan'");
            } catch (const SqliteError &) {
                return qint64(-1);
            }
        };
        QTRY_COMPARE(indexed(), 1);
        // What the index has read leaves the store's queue at the store's next write.
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM search_queue")), 1);
        const qint64 id = inbox(store).first().id;
        const auto writeAndCount = [&] {
            store.markConversationRead(id);
            return scalar(store, QStringLiteral("SELECT count(*) FROM search_queue"));
        };
        QTRY_COMPARE(writeAndCount(), 0);
    }

    void callbacksOfADeletedContextAreDropped()
    {
        auto opened = open(QStringLiteral("b.sqlite3"));
        QVERIFY(opened);
        Store &store = *opened;
        auto *context = new QObject;
        bool called = false;
        store.fetchInbox(context, [&](const QList<InboxRow> &) { called = true; });
        delete context;
        bool sentinel = false;
        store.fetchInbox(this, [&](const QList<InboxRow> &) { sentinel = true; });
        QTRY_VERIFY(sentinel);
        QVERIFY(!called);
    }

    void enqueueReportsRefusals()
    {
        auto opened = open(QStringLiteral("c.sqlite3"));
        QVERIFY(opened);
        Store &store = *opened;
        QString error;
        bool done = false;
        store.enqueue({QStringLiteral("k"), 999, OutboxKind::Reply, QStringLiteral("hi")}, this,
                      [&](const OutboxItem &item, const QString &e) {
                          QCOMPARE(item.id, 0);
                          error = e;
                          done = true;
                      });
        QTRY_VERIFY(done);
        QVERIFY(!error.isEmpty());
    }

    void openingACorruptFileFailsClearly()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.sqlite3"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x42'));
        f.close();
        Store store;
        QSignalSpy opened(&store, &Store::opened);
        store.open(path);
        QVERIFY(opened.wait(5000));
        QCOMPARE(opened.first().at(0).toBool(), false);
        QVERIFY(!opened.first().at(1).toString().isEmpty());
        QVERIFY(!store.isOpen());
        // Requests to a store that did not open fail visibly instead of hanging.
        QSignalSpy failed(&store, &Store::writeFailed);
        store.markConversationRead(1);
        QVERIFY(failed.wait(5000));
    }
};

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_Store.moc"
