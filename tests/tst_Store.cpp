// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SearchIndex.h"
#include "store/SqliteDatabase.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
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
        QSignalSpy indexed(&store, &Store::searchIndexed);
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
        QVERIFY(!indexed.isEmpty() || indexed.wait(5000)); // searches read what the index committed
        store.search(QStringLiteral("hello"), 10, this, [&](const QList<SearchHit> &h) { hits = h; });
        QTRY_COMPARE(hits.size(), 1);
    }

    // Find in one conversation: only its messages, newest first.
    void searchesOneConversation()
    {
        auto opened = open(QStringLiteral("s.sqlite3"));
        QVERIFY(opened);
        Store &store = *opened;
        QSignalSpy indexed(&store, &Store::searchIndexed); // searches read what the index committed
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
        QVERIFY(!indexed.isEmpty() || indexed.wait(5000));
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

    // Damaged pages in a store whose header is sound: found by the quick check at start, off the
    // GUI thread; reads still answer, and every write is refused with the reason, to its caller too.
    void damagedPagesAreFoundAtStartAndWritesRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite3"));
        qint64 page = 0;
        qint64 pageSize = 0;
        {
            auto store = openStore(path);
            QVERIFY(store);
            QList<BackendEvent> events{customer(QStringLiteral("c"), QStringLiteral("Ada")),
                                       conversation(QStringLiteral("k"), QStringLiteral("c"), t0())};
            for (int i = 0; i < 2000; ++i)
                events << inbound(QStringLiteral("m%1").arg(i), QStringLiteral("k"),
                                  QStringLiteral("message %1 ").arg(i).repeated(20), t0().addSecs(i));
            store->applyBatch({QStringLiteral("demo"), events, {}});
            QTRY_COMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM messages")), qint64(2000));
            page = scalar(*store, QStringLiteral("SELECT max(pageno) FROM dbstat WHERE name = 'messages' AND "
                                                 "pagetype = 'leaf'"));
            pageSize = scalar(*store, QStringLiteral("PRAGMA page_size"));
            QVERIFY(page > 1 && pageSize > 0);
        }
        {
            SqliteDatabase db; // every page in the file itself, none left in the WAL to stand in for it
            db.open(path, false);
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek((page - 1) * pageSize));
            f.write(QByteArray(int(pageSize), '\xa5'));
        }
        Store store;
        QSignalSpy opened(&store, &Store::opened);
        QSignalSpy damaged(&store, &Store::damaged);
        store.open(path);
        QVERIFY(opened.wait(5000));
        QVERIFY(opened.first().at(0).toBool());              // the header and schema are sound
        QTRY_COMPARE_WITH_TIMEOUT(damaged.size(), 1, 10000); // maybe even before opened() was seen
        const QString why = damaged.first().first().toString();
        QVERIFY2(why.contains(QLatin1String("damaged")) && why.contains(path), qPrintable(why));
        QCOMPARE(store.damage(), why);
        // A reply is refused, and its caller hears why: the composer keeps the text and says so.
        std::optional<QString> error;
        store.enqueue({QStringLiteral("r1"), 1, OutboxKind::Reply, QStringLiteral("hello")}, this,
                      [&](const OutboxItem &item, const QString &e) {
                          QCOMPARE(item.id, 0);
                          error = e;
                      });
        QTRY_VERIFY(error.has_value());
        QVERIFY2(error->contains(QLatin1String("damaged")), qPrintable(*error));
        // Reads answer, with what can be read.
        std::optional<int> rows;
        store.fetchInbox(this, [&](const QList<InboxRow> &r) { rows = int(r.size()); });
        QTRY_VERIFY(rows.has_value());
        QSignalSpy failed(&store, &Store::writeFailed);
        store.markConversationRead(1);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("damaged")));
    }

    // Customers' personal data: the store and its search index are the user's alone, and an older
    // profile's world-readable files are made so when opened.
    void theStoreIsOwnerOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("private.sqlite3"));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        const QStringList files{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                SearchIndex::pathFor(path)};
        {
            auto store = openStore(path);
            QVERIFY(store);
            store->applyBatch(
                {QStringLiteral("demo"), {customer(QStringLiteral("c"), QStringLiteral("Ada"))}, {}});
            QTRY_COMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM customers")), qint64(1));
            QTRY_VERIFY(QFile::exists(SearchIndex::pathFor(path)));
            for (const QString &f : files)
                QVERIFY2(!QFile::exists(f) || (QFile::permissions(f) & others) == QFileDevice::Permissions(),
                         qPrintable(f));
        }
        for (const QString &f : files) // as an earlier version left them
            QFile::setPermissions(f, QFile::permissions(f) | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        auto store = openStore(path);
        QVERIFY(store);
        QTRY_VERIFY((QFile::permissions(SearchIndex::pathFor(path)) & others) == QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    }

    // A profile that cannot be written is said to be read-only, not damaged. As root, whom file
    // modes do not stop, the file is made immutable instead.
    void aReadOnlyStoreIsSaidToBeReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite3"));
        QVERIFY(openStore(path));
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        const bool immutable = QFileInfo(path).isWritable() &&
                               QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        const auto restore = qScopeGuard([&] {
            if (immutable)
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
        });
        if (QFileInfo(path).isWritable())
            QSKIP("this user can write the file whatever its mode, and chattr is not available");
        Store store;
        QSignalSpy opened(&store, &Store::opened);
        store.open(path);
        QVERIFY(opened.wait(5000));
        QCOMPARE(opened.first().at(0).toBool(), false);
        const QString error = opened.first().at(1).toString();
        QVERIFY2(error.contains(QLatin1String("read-only")) && !error.contains(QLatin1String("damaged")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_Store.moc"
