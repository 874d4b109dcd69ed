// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SearchIndex.h"
#include "store/SqliteDatabase.h"
#include "store/StoreDatabase.h"
#include "store/StoreSchema.h"
#include "TestStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Rows as an older version would have written them, with plain SQL of that version.
void seed(SqliteDatabase &db, int version)
{
    if (version >= 1) {
        db.exec("INSERT INTO customers (backend, remote_id, name, tier) VALUES ('demo', 'c1', 'Ada "
                "Lovelace', 3)");
        db.exec(
            "INSERT INTO conversations (backend, remote_id, customer_remote_id, channel, created_at, updated_at) "
            "VALUES ('demo', 'conv1', 'c1', 0, 1000, 1000)");
        db.exec(
            "INSERT INTO messages (conversation_id, backend, remote_id, direction, body, sent_at, delivery) "
            "VALUES (1, 'demo', 'm1', 0, 'the flux capacitor hums', 1000, 3)");
    }
    if (version >= 2) { // from version 2 on, the app indexed every row it wrote (messages: until 10)
        if (version < 10)
            db.exec("INSERT INTO message_fts (rowid, body) VALUES (1, 'the flux capacitor hums')");
        db.exec("INSERT INTO customer_fts (rowid, name, identity) VALUES (1, 'Ada Lovelace', '')");
    }
    if (version >= 3) // a reply that failed twice, as every version with an outbox queued it
        db.exec(
            "INSERT INTO outbox (idempotency_key, backend, conversation_id, kind, payload, state, attempts, "
            "next_attempt_at, created_at, updated_at) VALUES ('k1', 'demo', 1, 0, '{\"text\":\"hi\"}', 0, 2, "
            "1000, 1000, 1000)");
}

} // namespace

class tst_StoreSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < StoreSchema::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite3"));
        {
            SqliteDatabase db;
            db.open(path, true);
            QCOMPARE(StoreSchema::migrate(db, from), QString());
            QCOMPARE(StoreSchema::versionOf(db), from);
            seed(db, from);
        }
        StoreDatabase store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(StoreSchema::versionOf(store.sqlite()), StoreSchema::latestVersion());
        if (from >= 1) {
            // Data written by the older version is intact and searchable after the upgrade.
            QCOMPARE(store.reader().messageCount(), 1);
            SearchIndex index;
            QVERIFY2(index.open(path, &error), qPrintable(error));
            const auto hits = index.searchMessages(QStringLiteral("capacitor"), 10);
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.first().customerName, QStringLiteral("Ada Lovelace"));
            QCOMPARE(store.reader().searchCustomers(QStringLiteral("lovelace"), 5).size(), 1);
        }
        if (from >= 3) {
            // Its earlier attempts were failures (schema 11 counts them apart), and it has no mark.
            const OutboxItem queued = store.outbox().item(1);
            QCOMPARE(queued.idempotencyKey, QStringLiteral("k1"));
            QCOMPARE(queued.attempts, 2);
            QCOMPARE(queued.failures, from < 11 ? 2 : 0); // from 11 on they are counted apart as written
            QVERIFY(queued.sendMark.isEmpty());
        }
        // The upgraded store works as a new one does.
        EventBatch batch{
            QStringLiteral("demo"),
            {TestData::conversation(QStringLiteral("conv2"), QStringLiteral("c1"), TestData::t0()),
             TestData::inbound(QStringLiteral("m2"), QStringLiteral("conv2"), QStringLiteral("hello"),
                               TestData::t0())},
            QStringLiteral("cursor-1")};
        const StoreChanges changes = store.applyBatch(batch);
        QVERIFY(changes.rejected.isEmpty());
        QCOMPARE(store.cursor(QStringLiteral("demo")), QStringLiteral("cursor-1"));
    }

    void refusesAStoreFromANewerVersionAndLeavesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite3"));
        {
            StoreDatabase store;
            QString error;
            QVERIFY(store.open(path, &error));
            store.sqlite().exec("PRAGMA user_version = 99");
        }
        const QByteArray before = digest(path);
        StoreDatabase store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer AgentDesk")) && error.contains(QLatin1String("99")),
                 qPrintable(error));
        QCOMPARE(digest(path), before);
    }

    void refusesAForeignSqliteFileAndLeavesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            SqliteDatabase db;
            db.open(path, true);
            db.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES "
                    "(1, 9.5)");
        }
        const QByteArray before = digest(path);
        StoreDatabase store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("another application")), qPrintable(error));
        QCOMPARE(digest(path), before);
    }

    void refusesACorruptFileAndLeavesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite3"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not a database, it is a shopping list\n").repeated(200));
        f.close();
        const QByteArray before = digest(path);
        StoreDatabase store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("not an AgentDesk store")) ||
                     error.contains(QLatin1String("not a database")),
                 qPrintable(error));
        QCOMPARE(digest(path), before);
    }

    void newStoreUsesWalAndCarriesTheApplicationId()
    {
        QTemporaryDir dir;
        StoreDatabase store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite3")), &error));
        QCOMPARE(store.sqlite().scalar("PRAGMA application_id"), qint64(StoreSchema::applicationId));
        SqliteStatement &q = store.sqlite().statement("PRAGMA journal_mode");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("wal"));
        q.reset();
    }
};

QTEST_GUILESS_MAIN(tst_StoreSchema)
#include "tst_StoreSchema.moc"
