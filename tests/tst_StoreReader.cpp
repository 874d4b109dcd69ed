// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreDatabase.h"
#include "store/StoreReader.h"
#include "store/TextMatch.h"
#include "TestStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

// The inbox's reads at the scale of years: the active conversations through an index, the archived
// ones a page at a time with the view's filter in the query.
class tst_StoreReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    StoreDatabase m_db;
    qint64 m_cutoff = 0;

    QString plan(const char *sql)
    {
        QStringList lines;
        SqliteStatement &q = m_db.sqlite().statement(sql);
        q.bind(1, m_cutoff).bind(2, int(ConversationStatus::Resolved));
        while (q.step())
            lines << q.text(3);
        q.reset();
        return lines.join(QLatin1Char('\n'));
    }

    static QStringList list(std::initializer_list<const char *> items)
    {
        QStringList out;
        for (const char *i : items)
            out << QString::fromUtf8(i);
        return out;
    }

    QStringList ids(const QList<InboxRow> &rows)
    {
        QStringList out;
        for (const InboxRow &r : rows)
            out << r.remoteId;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("r.sqlite3")), &error), qPrintable(error));
        TextMatch::registerFunctions(m_db.sqlite().handle());
        m_cutoff = t0().addDays(-7).toMSecsSinceEpoch();
        QList<BackendEvent> events{customer(QStringLiteral("c1"), QStringLiteral("Ada Lovelace")),
                                   customer(QStringLiteral("c2"), QStringLiteral("Émile Zola"))};
        // a0..a9 archived (one an hour before the cut-off, a0 the newest; a4 and a5 at the same
        // instant), r resolved yesterday (active), o open.
        for (int i = 0; i < 10; ++i) {
            Conversation c = conversation(
                QStringLiteral("a%1").arg(i), i % 2 ? QStringLiteral("c2") : QStringLiteral("c1"),
                t0().addDays(-8).addSecs(-3600 * (i == 5 ? 4 : i)), i < 3 ? Channel::Email : Channel::WeChat);
            c.status = ConversationStatus::Resolved;
            c.assigneeRemoteId = i == 1 ? QStringLiteral("me") : i == 2 ? QStringLiteral("other") : QString();
            c.teamRemoteId = i == 3 ? QStringLiteral("billing") : QString();
            events << c;
        }
        Conversation r = conversation(QStringLiteral("r"), QStringLiteral("c1"), t0().addDays(-1));
        r.status = ConversationStatus::Resolved;
        events << r << conversation(QStringLiteral("o"), QStringLiteral("c2"), t0().addDays(-30));
        m_db.applyBatch({QStringLiteral("demo"), events, {}});
        m_db.sqlite().exec(
            "UPDATE conversations SET labels = 'Refund' || char(10) || 'VIP' WHERE remote_id = 'a6'");
        m_db.sqlite().exec("ANALYZE");
    }

    void activeAndArchivedAreReadThroughTheIndex()
    {
        QStringList active = ids(m_db.reader().inboxRows(InboxScope::Active, m_cutoff));
        active.sort();
        QCOMPARE(active, (QStringList{QStringLiteral("o"), QStringLiteral("r")}));
        QCOMPARE(m_db.reader().inboxRows(InboxScope::Archived, m_cutoff).size(), 10);
        // Not a scan of every conversation: the start reads only the active ones.
        const QString active_plan =
            plan("EXPLAIN QUERY PLAN SELECT c.id FROM conversations c WHERE c.status < ?2 OR c.status > ?2 "
                 "UNION ALL SELECT c.id FROM conversations c WHERE c.status = ?2 AND "
                 "coalesce(c.last_message_at, c.created_at, 0) >= ?1");
        QVERIFY2(active_plan.contains(QLatin1String("conversations_activity")), qPrintable(active_plan));
        QVERIFY2(!active_plan.contains(QLatin1String("SCAN c")), qPrintable(active_plan));
    }

    void archivePagesNewestFirstWithoutGapsOrRepeats()
    {
        StoreReader reader = m_db.reader();
        QStringList seen;
        ArchiveKey after;
        for (int page = 0; page < 5; ++page) {
            const QList<InboxRow> rows = reader.archivePage({}, m_cutoff, after, 3);
            seen << ids(rows);
            if (rows.size() < 3)
                break;
            after = StoreReader::archiveKey(rows.last());
        }
        // a4 and a5 share an instant: the newer id first, and neither lost at a page's edge.
        QCOMPARE(seen, (list({"a0", "a1", "a2", "a3", "a5", "a4", "a6", "a7", "a8", "a9"})));
    }

    void archivePagesTestTheWholeFilter_data()
    {
        QTest::addColumn<int>("channel"); // -1: any
        QTest::addColumn<int>("assignee");
        QTest::addColumn<QString>("team");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        QTest::newRow("channel") << int(Channel::Email) << 0 << QString() << QString() << none
                                 << list({"a0", "a1", "a2"});
        QTest::newRow("mine") << -1 << 1 << QString() << QString() << none << list({"a1"});
        QTest::newRow("unassigned") << -1 << 2 << QString() << QString() << list({"ada"})
                                    << list({"a0", "a4", "a6", "a8"});
        QTest::newRow("team") << -1 << 0 << QStringLiteral("billing") << QString() << none << list({"a3"});
        QTest::newRow("label, any case")
            << -1 << 0 << QString() << QStringLiteral("vip") << none << list({"a6"});
        QTest::newRow("accented name, any case")
            << -1 << 0 << QString() << QString() << list({"ÉMILE"}) << list({"a1", "a3", "a5", "a7", "a9"});
        QTest::newRow("subject and a second text")
            << -1 << 0 << QString() << QString() << list({"subject of a", "7"}) << list({"a7"});
        QTest::newRow("label text") << -1 << 0 << QString() << QString() << list({"refu"}) << list({"a6"});
        QTest::newRow("nothing") << -1 << 0 << QString() << QString() << list({"zzz"}) << none;
    }

    void archivePagesTestTheWholeFilter()
    {
        QFETCH(int, channel);
        QFETCH(int, assignee);
        QFETCH(QString, team);
        QFETCH(QString, label);
        QFETCH(QStringList, texts);
        QFETCH(QStringList, expected);
        ArchiveFilter f;
        if (channel >= 0)
            f.channel = channel;
        f.assignee = ArchiveFilter::Assignee(assignee);
        f.selfAgents = {{QStringLiteral("demo"), QStringLiteral("me")},
                        {QStringLiteral("rt"), QStringLiteral("x")}};
        if (!team.isEmpty()) {
            f.teamBackendId = QStringLiteral("demo");
            f.teamRemoteId = team;
        }
        f.label = label;
        f.texts = texts;
        QCOMPARE(ids(m_db.reader().archivePage(f, m_cutoff, {}, 50)), expected);
    }
};

QTEST_GUILESS_MAIN(tst_StoreReader)
#include "tst_StoreReader.moc"
