// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

class tst_SqliteDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bindsAndReadsEveryType()
    {
        SqliteDatabase db;
        db.open(QStringLiteral(":memory:"), true);
        db.exec("CREATE TABLE t (i INTEGER, s TEXT, d INTEGER)");
        const QDateTime at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        db.statement("INSERT INTO t VALUES (?1, ?2, ?3)")
            .bind(1, qint64(1) << 40)
            .bind(2, QStringLiteral("héllo 你好"))
            .bind(3, at)
            .exec();
        db.statement("INSERT INTO t VALUES (?1, ?2, ?3)")
            .bind(1, 7)
            .bind(2, QString())
            .bind(3, QDateTime())
            .exec();
        SqliteStatement &q = db.statement("SELECT i, s, d FROM t ORDER BY rowid");
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), qint64(1) << 40);
        QCOMPARE(q.text(1), QStringLiteral("héllo 你好"));
        QCOMPARE(q.dateTime(2), at);
        QVERIFY(q.step());
        QVERIFY(q.isNull(1));
        QVERIFY(!q.dateTime(2).isValid());
        QVERIFY(!q.step());
        q.reset();
    }

    // SQL built at run time is never served from the literal cache: two texts in temporaries that
    // may share an address each get their own answer.
    void runtimeSqlIsNotCached()
    {
        SqliteDatabase db;
        db.open(QStringLiteral(":memory:"), true);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(db.scalar(QStringLiteral("SELECT %1").arg(i).toUtf8()), qint64(i));
    }

    void errorsThrowWithTheMessage()
    {
        SqliteDatabase db;
        db.open(QStringLiteral(":memory:"), true);
        try {
            db.exec("SELECT * FROM missing_table");
            QFAIL("no exception");
        } catch (const SqliteError &e) {
            QVERIFY2(e.message().contains(QLatin1String("missing_table")), qPrintable(e.message()));
        }
    }

    void uncommittedTransactionRollsBack()
    {
        SqliteDatabase db;
        db.open(QStringLiteral(":memory:"), true);
        db.exec("CREATE TABLE t (i INTEGER)");
        {
            SqliteTransaction t(db);
            db.exec("INSERT INTO t VALUES (1)");
        }
        QCOMPARE(db.scalar("SELECT count(*) FROM t"), 0);
        {
            SqliteTransaction t(db);
            db.exec("INSERT INTO t VALUES (1)");
            t.commit();
        }
        QCOMPARE(db.scalar("SELECT count(*) FROM t"), 1);
    }

    void openingAMissingFileWithoutCreateFails()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        QVERIFY_THROWS_EXCEPTION(SqliteError, db.open(dir.filePath(QStringLiteral("nope.db")), false));
        QVERIFY(!db.isOpen());
    }
};

QTEST_GUILESS_MAIN(tst_SqliteDatabase)
#include "tst_SqliteDatabase.moc"
