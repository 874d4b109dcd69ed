// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReadConnection.h"
#include "store/StoreDatabase.h"
#include "store/StoreReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

class tst_ReadConnection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    // The quick filter's next key supersedes the read of the last one: it stops at once, never
    // answers, and the newest read answers.
    void aNewerReadInterruptsTheOneRunning()
    {
        const QString path = m_dir.filePath(QStringLiteral("s.sqlite3"));
        {
            StoreDatabase db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
        }
        ReadConnection reads(QStringLiteral("test reader"));
        reads.open(path);
        QObject context;
        bool slowAnswered = false;
        bool started = false;
        std::optional<qint64> answer;
        std::atomic<bool> running{false};
        reads.read<qint64>(
            ReadConnection::Lane::Archive, &context,
            [&running](StoreReader &reader) {
                running = true;
                // Minutes of work unless interrupted.
                return reader.database().scalar(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000) "
                    "SELECT count(*) FROM n");
            },
            [&](qint64) { slowAnswered = true; });
        QTRY_VERIFY(running.load());
        started = true;
        reads.read<qint64>(
            ReadConnection::Lane::Archive, &context,
            [](StoreReader &reader) { return reader.database().scalar("SELECT 42"); },
            [&](qint64 v) { answer = v; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
        QCOMPARE(*answer, 42);
        QVERIFY(started);
        QCOMPARE(reads.interrupted(), 1);
        QTest::qWait(50);
        QVERIFY(!slowAnswered);
    }

    // It reads what the store committed, and writes nothing.
    void readsCommittedDataAndWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("w.sqlite3"));
        StoreDatabase db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        db.sqlite().exec("INSERT INTO search_identity VALUES (7)");
        ReadConnection reads(QStringLiteral("test reader"));
        reads.open(path);
        QObject context;
        std::optional<qint64> count;
        reads.read<qint64>(
            ReadConnection::Lane::Archive, &context,
            [](StoreReader &reader) {
                return reader.database().scalar("SELECT count(*) FROM search_identity");
            },
            [&](qint64 v) { count = v; });
        QTRY_VERIFY(count.has_value());
        QCOMPARE(*count, 2);
        std::optional<qint64> written;
        reads.read<qint64>(
            ReadConnection::Lane::Archive, &context,
            [](StoreReader &reader) {
                reader.database().exec("DELETE FROM search_identity");
                return qint64(1);
            },
            [&](qint64 v) { written = v; });
        QTRY_VERIFY(written.has_value());
        QCOMPARE(*written, 0); // failed: answered with nothing
        QCOMPARE(db.sqlite().scalar("SELECT count(*) FROM search_identity"), 2);
    }

    // Searches supersede nothing (two panes may search at once), read the store attached to
    // another file, and answer even before a connection is open.
    void searchesEachAnswerAndReadTheAttachedStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.sqlite3"));
        const QString other = m_dir.filePath(QStringLiteral("a-other.sqlite3"));
        {
            StoreDatabase db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            db.sqlite().exec("INSERT INTO search_identity VALUES (9)");
            SqliteDatabase side;
            side.open(other, true);
            side.exec("CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (5)");
        }
        ReadConnection reads(QStringLiteral("test reader"));
        QObject context;
        std::optional<qint64> early;
        reads.read<qint64>(
            ReadConnection::Lane::Search, &context,
            [](StoreReader &reader) { return reader.database().isOpen() ? qint64(1) : qint64(-1); },
            [&](qint64 v) { early = v; });
        QTRY_VERIFY(early.has_value());
        QCOMPARE(*early, -1);
        reads.open(other, path);
        QList<qint64> answers;
        for (int i = 0; i < 3; ++i)
            reads.read<qint64>(
                ReadConnection::Lane::Search, &context,
                [i](StoreReader &reader) {
                    return reader.database().scalar(
                               "SELECT (SELECT v FROM t) + (SELECT count(*) FROM store.search_identity)") +
                           100 * i;
                },
                [&](qint64 v) { answers.append(v); });
        QTRY_COMPARE(answers.size(), 3);
        QCOMPARE(answers, (QList<qint64>{7, 107, 207}));
        QCOMPARE(reads.interrupted(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ReadConnection)
#include "tst_ReadConnection.moc"
