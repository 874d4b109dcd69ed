// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteDatabase.h"
#include "store/TextMatch.h"

#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

// The archive's filter in SQL finds what the quick filter finds in memory (QString, any case).
class tst_TextMatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SqliteDatabase m_db;

    qint64 contains(const QString &needle, const QString &a, const QString &b = {})
    {
        SqliteStatement &q = m_db.statement("SELECT agentdesk_contains(?1, ?2, ?3)");
        q.bind(1, needle).bind(2, a).bind(3, b);
        q.step();
        const qint64 v = q.int64(0);
        q.reset();
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db.open(m_dir.filePath(QStringLiteral("t.sqlite3")), true);
        TextMatch::registerFunctions(m_db.handle());
    }

    void findsInAnyCase_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QString>("haystack");
        QTest::addColumn<bool>("found");
        QTest::newRow("ascii, other case") << "ADA"
                                           << "Ada Lovelace" << true;
        QTest::newRow("ascii inside") << "love"
                                      << "Ada Lovelace" << true;
        QTest::newRow("ascii absent") << "bob"
                                      << "Ada Lovelace" << false;
        QTest::newRow("ascii after non-ascii") << "sn-4"
                                               << "序列号 SN-4471" << true;
        QTest::newRow("accented, other case") << "émile"
                                              << "Cher ÉMILE" << true; // LIKE misses this
        QTest::newRow("chinese") << "路由"
                                 << "我的路由器坏了" << true;
        QTest::newRow("chinese absent") << "硬盘"
                                        << "我的路由器坏了" << false;
        QTest::newRow("needle longer than text") << "lovelace!"
                                                 << "Love" << false;
        QTest::newRow("at the very end") << "ce"
                                         << "Lovelace" << true;
    }

    void findsInAnyCase()
    {
        QFETCH(QString, needle);
        QFETCH(QString, haystack);
        QFETCH(bool, found);
        QCOMPARE(contains(needle, haystack) != 0, found);
        QCOMPARE(haystack.contains(needle, Qt::CaseInsensitive), found); // the quick filter's test
        QCOMPARE(contains(needle, QStringLiteral("nothing"), haystack) != 0, found); // any argument
    }

    void nullNeedleMatchesEverythingNullTextNothing()
    {
        SqliteStatement &q =
            m_db.statement("SELECT agentdesk_contains(NULL, 'x'), agentdesk_contains('x', NULL)");
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), 1);
        QCOMPARE(q.int64(1), 0);
        q.reset();
    }

    void labelsAreWholeAndAnyCase()
    {
        SqliteStatement &q = m_db.statement("SELECT agentdesk_has_label(?1, ?2)");
        const auto has = [&](const QString &labels, const QString &label) {
            q.bind(1, labels).bind(2, label);
            q.step();
            const bool v = q.int64(0) != 0;
            q.reset();
            return v;
        };
        QVERIFY(has(QStringLiteral("billing\nVIP"), QStringLiteral("vip")));
        QVERIFY(!has(QStringLiteral("billing\nVIP"), QStringLiteral("bill")));
        QVERIFY(!has(QString(), QStringLiteral("vip")));
        QVERIFY(has(QString(), QString())); // no label asked: any
    }
};

QTEST_GUILESS_MAIN(tst_TextMatch)
#include "tst_TextMatch.moc"
