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

    QHash<int, QByteArray> m_explained; // the database keeps statements by the text's address

    QString plan(InboxScope scope)
    {
        QByteArray &sql = m_explained[int(scope)];
        if (sql.isEmpty())
            sql = QByteArray("EXPLAIN QUERY PLAN ") + StoreReader::inboxQuery(scope);
        return plan(sql);
    }

    QString plan(const QByteArray &sql)
    {
        QStringList lines;
        SqliteStatement &q = m_db.sqlite().statement(sql.constData());
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
        QCOMPARE(ids(m_db.reader().inboxRows(InboxScope::Unresolved, m_cutoff)),
                 QStringList{QStringLiteral("o")});
        QCOMPARE(ids(m_db.reader().inboxRows(InboxScope::RecentlyResolved, m_cutoff)),
                 QStringList{QStringLiteral("r")});
        QCOMPARE(m_db.reader().inboxRows(InboxScope::Archived, m_cutoff).size(), 10);
        // Not a scan of every conversation: the start reads only the active ones, those not resolved
        // from an index that holds all they show (no page of the table per conversation).
        const QString unresolvedPlan = plan(InboxScope::Unresolved);
        QVERIFY2(unresolvedPlan.contains(QLatin1String("USING COVERING INDEX conversations_unresolved")),
                 qPrintable(unresolvedPlan));
        const QString resolvedPlan = plan(InboxScope::RecentlyResolved);
        QVERIFY2(resolvedPlan.contains(QLatin1String("USING INDEX conversations_activity")),
                 qPrintable(resolvedPlan));
        // Scanned: the small index of what is not resolved, never the table.
        const auto scansTheTable = [](const QString &plan) {
            const QStringList lines = plan.split(QLatin1Char('\n'));
            return std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
                return (line == QLatin1String("SCAN c") || line.startsWith(QLatin1String("SCAN c "))) &&
                       !line.contains(QLatin1String("conversations_unresolved"));
            });
        };
        QVERIFY2(!scansTheTable(unresolvedPlan), qPrintable(unresolvedPlan));
        QVERIFY2(!scansTheTable(resolvedPlan), qPrintable(resolvedPlan));
        QVERIFY2(!scansTheTable(plan(InboxScope::Archived)), qPrintable(plan(InboxScope::Archived)));
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
