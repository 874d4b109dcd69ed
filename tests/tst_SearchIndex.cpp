// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SearchIndex.h"
#include "store/StoreDatabase.h"
#include "TestStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

class tst_SearchIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StoreDatabase> m_store;
    std::unique_ptr<SearchIndex> m_index;
    QString m_path;
    int m_n = 0;

    static EventBatch said(const QString &id, const QString &text, int at = 0)
    {
        return {QStringLiteral("demo"), {inbound(id, QStringLiteral("k1"), text, t0().addSecs(at))}, {}};
    }

    static void removeIndex(const QString &storePath)
    {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(SearchIndex::pathFor(storePath) + QLatin1String(suffix));
    }

    int found(const QString &query) { return int(m_index->searchMessages(query, 1000).size()); }

    bool reopenIndex()
    {
        m_index = std::make_unique<SearchIndex>();
        QString error;
        const bool ok = m_index->open(m_path, &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("s%1.sqlite3").arg(++m_n));
        m_store = std::make_unique<StoreDatabase>();
        QString error;
        QVERIFY2(m_store->open(m_path, &error), qPrintable(error));
        QVERIFY(reopenIndex());
    }

    void cleanup()
    {
        m_index.reset();
        m_store.reset();
    }

    void findsWordsPrefixesAndChinese()
    {
        EventBatch b = redLightCase();
        b.events.append(inbound(QStringLiteral("m3"), QStringLiteral("k1"),
                                QStringLiteral("我的设备无法开机"), t0().addSecs(60)));
        m_store->applyBatch(b);
        QCOMPARE(found(QStringLiteral("red")), 1);
        QCOMPARE(found(QStringLiteral("RED LIG")), 1); // prefix, any case
        QCOMPARE(found(QStringLiteral("SN-ORN4-123456")), 1);
        QCOMPARE(found(QStringLiteral("无法")), 1);
        QCOMPARE(found(QStringLiteral("开机 设备")), 1);
        QCOMPARE(found(QStringLiteral("green")), 0);
        // FTS syntax typed by a person is taken literally, never as an error.
        QCOMPARE(found(QStringLiteral("\"AND (NEAR *")), 0);
        QCOMPARE(found(QStringLiteral("   ")), 0);
        const auto hits = m_index->searchMessages(QStringLiteral("serial"), 10);
        QCOMPARE(hits.first().customerName, QStringLiteral("Ada Lovelace"));
        QVERIFY(hits.first().terms.contains(QStringLiteral("serial")));
        const qint64 k1 = m_store->reader().inboxRows().first().id;
        QCOMPARE(m_index->searchMessages(QStringLiteral("serial"), 10, k1).size(), 1);
        QCOMPARE(m_index->searchMessages(QStringLiteral("serial"), 10, k1 + 1).size(), 0);
    }

    // The index reads what the store queued, edits and deletes included, and only that.
    void readsWhatTheStoreQueued()
    {
        m_store->applyBatch(redLightCase());
        QCOMPARE(m_index->catchUp(), 2);
        QCOMPARE(m_index->catchUp(), 0);
        QCOMPARE(m_index->indexedUpTo(), m_store->sqlite().scalar("SELECT max(seq) FROM search_queue"));
        QCOMPARE(found(QStringLiteral("red")), 1);

        m_store->applyBatch(said(QStringLiteral("m1"), QStringLiteral("My NAS shows a blue light")));
        QCOMPARE(found(QStringLiteral("blue")), 1);
        QCOMPARE(found(QStringLiteral("red")), 0); // an edit's old words leave the index
        QCOMPARE(found(QStringLiteral("light")), 1);

        // Edited twice before the index reads it: the last text counts.
        m_store->applyBatch(said(QStringLiteral("m1"), QStringLiteral("My NAS shows a green light")));
        m_store->applyBatch(said(QStringLiteral("m1"), QStringLiteral("My NAS shows an amber light")));
        QCOMPARE(found(QStringLiteral("green")), 0);
        QCOMPARE(found(QStringLiteral("amber")), 1);

        // A message deleted from the store leaves the index (the outbox drops a backend's echo so).
        const qint64 m2 = m_store->sqlite().scalar("SELECT id FROM messages WHERE remote_id = 'm2'");
        m_store->sqlite().exec(QStringLiteral("DELETE FROM messages WHERE id = %1").arg(m2));
        m_store->sqlite().exec(
            QStringLiteral("INSERT INTO search_queue (first_id, last_id) VALUES (%1, %1)").arg(m2));
        QCOMPARE(found(QStringLiteral("serial")), 0);
        QCOMPARE(m_index->searchMessages(QStringLiteral("light"), 10).size(), 1);

        // Read entries are dropped by the store's next write; the index goes on from there.
        m_store->noteSearchIndexed(m_index->indexedUpTo());
        m_store->applyBatch(said(QStringLiteral("m9"), QStringLiteral("fan noise"), 90));
        QCOMPARE(m_store->sqlite().scalar("SELECT count(*) FROM search_queue"), 1);
        QCOMPARE(found(QStringLiteral("fan")), 1);
    }

    // The store's WAL is copied into its file by the index, after it reads, so the store's own
    // writes never stop for a checkpoint.
    void checkpointsTheStoresWal()
    {
        const auto digest = [this] {
            QFile f(m_path);
            return f.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                       : QByteArray();
        };
        m_store->applyBatch(redLightCase());
        const QByteArray before = digest(); // the batch is in the WAL only
        QVERIFY(QFileInfo(m_path + QStringLiteral("-wal")).size() > 0);
        QCOMPARE(m_index->catchUp(), 2);
        QVERIFY2(digest() != before, "the batch reached the store's file");
        QCOMPARE(m_store->sqlite().scalar("PRAGMA wal_autocheckpoint"), 8000);
    }

    // What the store queued while the index was closed is read when it opens again: nothing is
    // missed across a restart, and nothing is indexed twice.
    void goesOnAfterARestart()
    {
        m_store->applyBatch(redLightCase());
        QCOMPARE(m_index->catchUp(), 2);
        m_index.reset();
        m_store->applyBatch(said(QStringLiteral("m3"), QStringLiteral("warranty question"), 60));
        m_store->applyBatch(said(QStringLiteral("m1"), QStringLiteral("My NAS shows a blue light")));
        m_store.reset();

        m_store = std::make_unique<StoreDatabase>();
        QString error;
        QVERIFY2(m_store->open(m_path, &error), qPrintable(error));
        QVERIFY(reopenIndex());
        QVERIFY(!m_index->isRebuilding());
        QCOMPARE(m_index->catchUp(), 2); // the new message and the edited one
        QCOMPARE(found(QStringLiteral("warranty")), 1);
        QCOMPARE(found(QStringLiteral("blue")), 1);
        QCOMPARE(found(QStringLiteral("red")), 0);
        QCOMPARE(found(QStringLiteral("serial")), 1);
        QCOMPARE(m_index->catchUp(), 0);
    }

    // A missing index (a store of an earlier version, or the file deleted) is rebuilt from the
    // store's messages, a chunk per transaction, and then follows the queue.
    void rebuildsFromTheStoreInChunks()
    {
        EventBatch b = redLightCase();
        for (int i = 0; i < 7; ++i)
            b.events.append(inbound(QStringLiteral("x%1").arg(i), QStringLiteral("k1"),
                                    QStringLiteral("router %1").arg(i), t0().addSecs(100 + i)));
        m_store->applyBatch(b);
        m_index.reset();
        QVERIFY(QFile::exists(SearchIndex::pathFor(m_path)));
        removeIndex(m_path);
        QVERIFY(reopenIndex());
        QVERIFY(m_index->isRebuilding());
        m_store->applyBatch(said(QStringLiteral("x1"), QStringLiteral("switch 1"), 101)); // meanwhile
        int rounds = 0;
        while (m_index->catchUp(4) > 0)
            ++rounds;
        QCOMPARE(rounds, 3 + 1); // 9 messages in chunks of 4, then the edit queued meanwhile
        QVERIFY(!m_index->isRebuilding());
        QCOMPARE(found(QStringLiteral("router")), 6);
        QCOMPARE(found(QStringLiteral("switch")), 1);
        QCOMPARE(found(QStringLiteral("red")), 1);
    }

    // An index that is not this store's (another store's file put beside it, or an older copy of
    // this store restored) cannot be trusted: it is rebuilt.
    void rebuildsAnIndexOfAnotherStore()
    {
        m_store->applyBatch(redLightCase());
        QCOMPARE(found(QStringLiteral("red")), 1);
        m_index.reset();
        const QString otherPath = m_dir.filePath(QStringLiteral("other.sqlite3"));
        {
            StoreDatabase other;
            QString error;
            QVERIFY(other.open(otherPath, &error));
            other.applyBatch(
                {QStringLiteral("demo"),
                 {conversation(QStringLiteral("k"), QStringLiteral("c"), t0()),
                  inbound(QStringLiteral("o"), QStringLiteral("k"), QStringLiteral("printer jam"), t0())},
                 {}});
        }
        removeIndex(otherPath);
        QVERIFY(QFile::copy(SearchIndex::pathFor(m_path), SearchIndex::pathFor(otherPath)));
        m_path = otherPath;
        m_store.reset();
        QVERIFY(reopenIndex());
        QVERIFY(m_index->isRebuilding());
        QCOMPARE(found(QStringLiteral("red")), 0);
        QCOMPARE(found(QStringLiteral("printer")), 1);
    }

    void rebuildsADamagedIndexAndRefusesAForeignFile()
    {
        m_store->applyBatch(redLightCase());
        QCOMPARE(found(QStringLiteral("red")), 1);
        m_index.reset();
        const QString indexPath = SearchIndex::pathFor(m_path);
        removeIndex(m_path);
        {
            QFile f(indexPath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(8192, 'x'));
        }
        QVERIFY(reopenIndex());
        QCOMPARE(found(QStringLiteral("red")), 1);
        m_index.reset();

        // Another application's database at that name is left as it is, with a clear reason.
        removeIndex(m_path);
        {
            SqliteDatabase foreign;
            foreign.open(indexPath, true);
            foreign.exec("PRAGMA application_id = 1234; CREATE TABLE notes (t TEXT)");
        }
        QFile f(indexPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        m_index = std::make_unique<SearchIndex>();
        QString error;
        QVERIFY(!m_index->open(m_path, &error));
        QVERIFY2(error.contains(QLatin1String("another application")), qPrintable(error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(m_index->searchMessages(QStringLiteral("red"), 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SearchIndex)
#include "tst_SearchIndex.moc"
