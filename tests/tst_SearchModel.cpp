// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/SearchModel.h"
#include "store/Store.h"
#include "TestStore.h"

#include <optional>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

namespace {

// How many messages a search finds now: searches read what the index has committed, a moment
// after the store did.
int hitsNow(Store &store, const QString &query)
{
    std::optional<int> found;
    QObject context;
    store.search(query, 100, &context, [&](const QList<SearchHit> &hits) { found = int(hits.size()); });
    QTest::qWaitFor([&] { return found.has_value(); }, 5000);
    return found.value_or(-1);
}

} // namespace

class tst_SearchModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void findsAcrossBackendsAndInOneConversation()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("s.sqlite3")));
        QVERIFY(store);
        store->applyBatch({QStringLiteral("demo"),
                           {customer(QStringLiteral("c"), QStringLiteral("Ada")),
                            conversation(QStringLiteral("k"), QStringLiteral("c"), t0(), Channel::WeChat),
                            inbound(QStringLiteral("m1"), QStringLiteral("k"),
                                    QStringLiteral("my 打印机 is broken"), t0())},
                           {}});
        store->applyBatch({QStringLiteral("xmpp"),
                           {conversation(QStringLiteral("k"), QStringLiteral("bob@x"), t0()),
                            inbound(QStringLiteral("m1"), QStringLiteral("k"),
                                    QStringLiteral("printer broken again"), t0().addSecs(60))},
                           {}});
        QTRY_COMPARE(hitsNow(*store, QStringLiteral("broken")), 2); // searches read what is indexed
        SearchModel model(store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &SearchModel::finished);
        model.search(QStringLiteral("broken"));
        QVERIFY(finished.wait(5000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(SearchModel::CustomerNameRole).toString(), QStringLiteral("bob@x"));
        QCOMPARE(model.index(1).data(SearchModel::CustomerNameRole).toString(), QStringLiteral("Ada"));
        QCOMPARE(model.index(1).data(SearchModel::ChannelRole).toInt(), int(Channel::WeChat));
        QCOMPARE(model.index(1).data(SearchModel::TermsRole).toStringList(),
                 QStringList{QStringLiteral("broken")});
        QVERIFY(model.index(1).data(SearchModel::MessageIdRole).toLongLong() > 0);

        // Chinese is found per character; a later search wins over an earlier one still running.
        model.search(QStringLiteral("nothing-like-this"));
        model.search(QStringLiteral("打印"));
        QTRY_COMPARE(model.query(), QStringLiteral("打印"));
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data(SearchModel::ExcerptRole).toString().contains(QStringLiteral("打印机")));

        const qint64 ada = model.index(0).data(SearchModel::ConversationIdRole).toLongLong();
        finished.clear();
        model.search(QStringLiteral("broken"), ada);
        QVERIFY(finished.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        model.search(QStringLiteral("   "));
        QCOMPARE(model.rowCount(), 0);
        // Search syntax typed by a person never fails.
        model.search(QStringLiteral("\"AND ("));
        QTRY_COMPARE(finished.last().first().toInt(), 0);
    }

    // More hits than a page: the next page when the list asks, older ones, none twice; also in one
    // conversation.
    void pagesPastTheFirstHits()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("p.sqlite3")));
        QVERIFY(store);
        QList<BackendEvent> events{conversation(QStringLiteral("k"), QStringLiteral("c"), t0()),
                                   conversation(QStringLiteral("other"), QStringLiteral("c"), t0())};
        for (int i = 0; i < 25; ++i)
            events << inbound(QStringLiteral("m%1").arg(i),
                              i % 5 ? QStringLiteral("k") : QStringLiteral("other"),
                              QStringLiteral("reboot number %1").arg(i), t0().addSecs(i));
        store->applyBatch({QStringLiteral("demo"), events, {}});
        QTRY_COMPARE(hitsNow(*store, QStringLiteral("reboot")), 25);
        SearchModel model(store.get()); // no QAbstractItemModelTester: it fetches more by itself
        model.setLimit(10);
        QSignalSpy finished(&model, &SearchModel::finished);
        model.search(QStringLiteral("reboo"));
        QVERIFY(finished.wait(5000));
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({}); // asked again while the page is read: one page
        QVERIFY(finished.wait(5000));
        QCOMPARE(model.rowCount(), 20);
        model.fetchMore({});
        QVERIFY(finished.wait(5000));
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));
        QSet<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r) {
            ids.insert(model.hitAt(r).messageId);
            if (r)
                QVERIFY(model.hitAt(r).messageId < model.hitAt(r - 1).messageId); // newest first
        }
        QCOMPARE(ids.size(), 25);

        const qint64 k = model.hitAt(0).conversationId; // m24 is in k
        model.setLimit(8);
        model.search(QStringLiteral("reboot"), k);
        QVERIFY(finished.wait(5000));
        QCOMPARE(model.rowCount(), 8);
        model.fetchMore({});
        QVERIFY(finished.wait(5000));
        QCOMPARE(model.rowCount(), 16);
        model.fetchMore({});
        QVERIFY(finished.wait(5000));
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(tst_SearchModel)
#include "tst_SearchModel.moc"
