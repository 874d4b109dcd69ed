// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/InboxModel.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

class tst_InboxModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    // A screen reader says a row as the eye reads it: who, tier, what, unread, what is owed.
    void aRowIsSpokenAsItReads()
    {
        InboxRow r;
        r.customerName = QStringLiteral("Priya Young");
        r.tier = Tier::Vip;
        r.subject = QStringLiteral("Helix Router issue");
        r.unreadCount = 2;
        r.createdAt = t0();
        r.waitingSince = t0();
        SlaPolicy::apply(r);
        QCOMPARE(
            InboxModel::spokenSummary(r, r.owedBy.addSecs(4 * 3600)),
            QStringLiteral("Priya Young, VIP, Helix Router issue, 2 unread, First reply 4 h 0 min over"));
        r.tier = Tier::Standard;
        r.unreadCount = 0;
        r.status = Domain::ConversationStatus::Resolved;
        SlaPolicy::apply(r);
        QCOMPARE(InboxModel::spokenSummary(r, t0()), QStringLiteral("Priya Young, Helix Router issue"));
    }

    void init()
    {
        m_store = openStore(m_dir.filePath(QStringLiteral("i%1.sqlite3").arg(++m_n)));
        QVERIFY(m_store);
    }

    void loadsAndFollowsTheStore()
    {
        m_store->applyBatch({QStringLiteral("demo"),
                             {customer(QStringLiteral("c1"), QStringLiteral("Ada"), Tier::Vip),
                              conversation(QStringLiteral("k1"), QStringLiteral("c1"), t0())},
                             {}});
        InboxModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &InboxModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(InboxModel::CustomerNameRole).toString(), QStringLiteral("Ada"));
        QCOMPARE(first.data(InboxModel::TierRole).toInt(), int(Tier::Vip));
        QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Ada"));

        // A new conversation arrives: inserted, nothing reset.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_store->applyBatch(
            {QStringLiteral("demo"),
             {conversation(QStringLiteral("k2"), QStringLiteral("c1"), t0().addSecs(5)),
              inbound(QStringLiteral("m"), QStringLiteral("k2"), QStringLiteral("hello?"), t0().addSecs(6))},
             {}});
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        const int row = model.rowOf(model.index(1).data(InboxModel::IdRole).toLongLong());
        QCOMPARE(model.index(row).data(InboxModel::PreviewRole).toString(), QStringLiteral("hello?"));

        // A change to an existing one updates that row in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_store->applyBatch({QStringLiteral("demo"),
                             {inbound(QStringLiteral("m2"), QStringLiteral("k1"),
                                      QStringLiteral("still there?"), t0().addSecs(9))},
                             {}});
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), 0);
        QCOMPARE(model.index(0).data(InboxModel::UnreadRole).toInt(), 1);
    }

    // Resolved a week ago or more: archived, read only when asked, and never announced as new.
    void archivedConversationsAreReadOnDemand()
    {
        Conversation old = conversation(QStringLiteral("old"), QStringLiteral("c1"), t0());
        old.status = ConversationStatus::Resolved;
        Conversation older = conversation(QStringLiteral("older"), QStringLiteral("c2"), t0().addSecs(-60));
        older.status = ConversationStatus::Resolved;
        Conversation today = conversation(QStringLiteral("today"), QStringLiteral("c1"),
                                          QDateTime::currentDateTimeUtc().addSecs(-60));
        today.status = ConversationStatus::Resolved;
        m_store->applyBatch({QStringLiteral("demo"),
                             {customer(QStringLiteral("c1"), QStringLiteral("Ada")),
                              customer(QStringLiteral("c2"), QStringLiteral("Bob")), old, older, today,
                              conversation(QStringLiteral("open"), QStringLiteral("c2"), t0())},
                             {}});
        InboxModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &InboxModel::loaded);
        QSignalSpy announced(&model, &InboxModel::rowUpdated);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 2); // open, and resolved today
        const qint64 oldId =
            scalar(*m_store, QStringLiteral("SELECT id FROM conversations WHERE remote_id = 'old'"));
        QVERIFY(!model.rowById(oldId));

        model.ensureRow(oldId);
        model.ensureRow(oldId); // asked twice, read once
        QTRY_VERIFY(model.rowById(oldId));
        QCOMPARE(model.rowCount(), 3);
        model.ensureCustomer(QStringLiteral("demo"), QStringLiteral("c2"));
        QTRY_COMPARE(model.rowCount(), 4); // Bob's old one joins his open one
        QSignalSpy page(&model, &InboxModel::archivePageLoaded);
        model.setArchiveFilter(ArchiveFilter{});
        QVERIFY(page.wait(5000));
        QCOMPARE(model.rowCount(), 4); // nothing twice
        QVERIFY(model.isArchiveComplete());
        QCOMPARE(model.archivedRowCount(), 0); // both were asked for by themselves
        model.setArchiveFilter(std::nullopt);
        QCOMPARE(model.rowCount(), 4); // and stay
        QCOMPARE(announced.size(), 0);

        // Once it is live again, it is news like any other change.
        m_store->applyBatch({QStringLiteral("demo"),
                             {inbound(QStringLiteral("m"), QStringLiteral("old"), QStringLiteral("again"),
                                      QDateTime::currentDateTimeUtc())},
                             {}});
        QTRY_COMPARE(announced.size(), 1);
    }

    // A view of resolved conversations pages the archive in, newest first, a page each time the
    // list asks; another filter replaces those rows, none gives their memory back.
    // The first paint waits only for what is not resolved; the week's resolved conversations follow
    // in a second read, and a message stored between the two reads is not lost.
    void unresolvedComeFirstThenTheWeeksResolved()
    {
        const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-600);
        Conversation done = conversation(QStringLiteral("done"), QStringLiteral("c1"), recent);
        done.status = ConversationStatus::Resolved;
        m_store->applyBatch({QStringLiteral("demo"),
                             {customer(QStringLiteral("c1"), QStringLiteral("Ada")),
                              conversation(QStringLiteral("open"), QStringLiteral("c1"), recent), done},
                             {}});
        const qint64 open =
            scalar(*m_store, QStringLiteral("SELECT id FROM conversations WHERE remote_id = 'open'"));
        InboxModel model(m_store.get());
        QSignalSpy loaded(&model, &InboxModel::loaded);
        std::optional<int> firstRows;
        connect(
            &model, &QAbstractItemModel::modelReset, this,
            [&] {
                firstRows = model.rowCount();
                QVERIFY(!model.isLoaded());
                m_store->applyBatch({QStringLiteral("demo"),
                                     {inbound(QStringLiteral("m1"), QStringLiteral("open"),
                                              QStringLiteral("still there?"), recent.addSecs(60))},
                                     {}});
            },
            Qt::SingleShotConnection);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(firstRows, 1);
        QCOMPARE(model.rowCount(), 2);
        QTRY_COMPARE(model.rowById(open)->lastPreview, QStringLiteral("still there?"));
    }

    void theArchiveComesInPages()
    {
        QList<BackendEvent> events{customer(QStringLiteral("c1"), QStringLiteral("Ada")),
                                   customer(QStringLiteral("c2"), QStringLiteral("Bob")),
                                   conversation(QStringLiteral("open"), QStringLiteral("c1"), t0())};
        const int archived = 250;
        for (int i = 0; i < archived; ++i) {
            Conversation c =
                conversation(QStringLiteral("old%1").arg(i),
                             i % 5 ? QStringLiteral("c1") : QStringLiteral("c2"), t0().addSecs(-3600 * i));
            c.status = ConversationStatus::Resolved;
            events << c;
        }
        m_store->applyBatch({QStringLiteral("demo"), events, {}});
        const auto idOf = [this](int i) {
            return scalar(*m_store,
                          QStringLiteral("SELECT id FROM conversations WHERE remote_id = 'old%1'").arg(i));
        };
        const qint64 newest = idOf(0), lastOfPage = idOf(99), firstOfNext = idOf(100);
        InboxModel model(m_store.get());
        // No QAbstractItemModelTester here: it calls fetchMore() by itself.
        QSignalSpy loaded(&model, &InboxModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore({}));

        QSignalSpy page(&model, &InboxModel::archivePageLoaded);
        model.setArchiveFilter(ArchiveFilter{});
        QVERIFY(model.isArchiveLoading());
        QVERIFY(page.wait(5000));
        QCOMPARE(model.rowCount(), 1 + InboxModel::archivePageSize);
        QCOMPARE(model.archivedRowCount(), InboxModel::archivePageSize);
        // Newest first: old0 .. old99.
        QVERIFY(model.rowById(newest));
        QVERIFY(model.rowById(lastOfPage));
        QVERIFY(!model.rowById(firstOfNext));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({}); // asked twice while reading: one page
        QVERIFY(page.wait(5000));
        QCOMPARE(model.archivedRowCount(), 2 * InboxModel::archivePageSize);
        model.fetchMore({});
        QVERIFY(page.wait(5000));
        QCOMPARE(model.archivedRowCount(), archived);
        QVERIFY(model.isArchiveComplete());
        QVERIFY(!model.canFetchMore({}));

        // Bob's only (every fifth): the rows of the last filter that this one does not show go.
        ArchiveFilter bob;
        bob.texts = {QStringLiteral("BOB")};
        model.setArchiveFilter(bob);
        QVERIFY(page.wait(5000));
        QCOMPARE(model.archivedRowCount(), archived / 5);
        QCOMPARE(model.rowCount(), 1 + archived / 5);
        QVERIFY(model.isArchiveComplete());
        for (int i = 0; i < model.rowCount(); ++i)
            if (model.rowAt(i).status == ConversationStatus::Resolved)
                QCOMPARE(model.rowAt(i).customerName, QStringLiteral("Bob"));

        model.setArchiveFilter(std::nullopt);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.archivedRowCount(), 0);
    }

    void roleNamesCoverEveryRole()
    {
        InboxModel model(m_store.get());
        const auto names = model.roleNames();
        for (int role = InboxModel::IdRole; role <= InboxModel::RowRole; ++role)
            QVERIFY2(names.contains(role), qPrintable(QString::number(role)));
    }
};

QTEST_GUILESS_MAIN(tst_InboxModel)
#include "tst_InboxModel.moc"
