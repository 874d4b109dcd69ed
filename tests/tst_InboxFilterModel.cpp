#include "itemmodels/InboxFilterModel.h"
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

class tst_InboxFilterModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QStringList order(const QAbstractItemModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, 0).data(InboxModel::SubjectRole).toString();
        return out;
    }

private Q_SLOTS:
    void precedenceIsTierThenSlaThenWaiting()
    {
        InboxRow vip, gold, goldSoon, goldWaiting, noSla;
        vip.tier = Tier::Vip;
        gold.tier = goldSoon.tier = goldWaiting.tier = noSla.tier = Tier::Gold;
        gold.slaDueAt = t0().addSecs(3600);
        goldSoon.slaDueAt = t0().addSecs(60);
        goldWaiting.slaDueAt = gold.slaDueAt;
        goldWaiting.waitingSince = t0();
        QVERIFY(InboxFilterModel::precedes(vip, goldSoon));
        QVERIFY(InboxFilterModel::precedes(goldSoon, gold));
        QVERIFY(InboxFilterModel::precedes(goldWaiting, gold));
        QVERIFY(InboxFilterModel::precedes(gold, noSla));
        QVERIFY(!InboxFilterModel::precedes(noSla, gold));
    }

    void sortsAndFiltersALiveInbox()
    {
        Store store;
        QSignalSpy opened(&store, &Store::opened);
        store.open(m_dir.filePath(QStringLiteral("f.sqlite3")));
        QVERIFY(opened.wait(5000));
        Conversation standard =
            conversation(QStringLiteral("k1"), QStringLiteral("std"), t0(), Channel::Email);
        standard.subject = QStringLiteral("standard");
        Conversation vip = conversation(QStringLiteral("k2"), QStringLiteral("vip"), t0(), Channel::WeChat);
        vip.subject = QStringLiteral("vip");
        vip.assigneeRemoteId = QStringLiteral("me");
        Conversation resolved = conversation(QStringLiteral("k3"), QStringLiteral("vip"), t0());
        resolved.subject = QStringLiteral("resolved");
        resolved.status = ConversationStatus::Resolved;
        store.applyBatch({QStringLiteral("demo"),
                          {customer(QStringLiteral("std"), QStringLiteral("Sam Standard")),
                           customer(QStringLiteral("vip"), QStringLiteral("Vera Vip"), Tier::Vip), standard,
                           vip, resolved},
                          {}});
        InboxModel model(&store);
        InboxFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_COMPARE(proxy.rowCount(), 2);
        QCOMPARE(order(proxy), (QStringList{QStringLiteral("vip"), QStringLiteral("standard")}));

        proxy.setAssignee(QStringLiteral("me"));
        QCOMPARE(order(proxy), QStringList{QStringLiteral("vip")});
        proxy.setAssignee(QString()); // unassigned
        QCOMPARE(order(proxy), QStringList{QStringLiteral("standard")});
        proxy.setAssignee(std::nullopt);
        proxy.setChannel(Channel::WeChat);
        QCOMPARE(order(proxy), QStringList{QStringLiteral("vip")});
        proxy.setChannel(std::nullopt);
        proxy.setText(QStringLiteral("sam"));
        QCOMPARE(order(proxy), QStringList{QStringLiteral("standard")});
        proxy.setText({});
        proxy.setStatuses({ConversationStatus::Resolved});
        QCOMPARE(order(proxy), QStringList{QStringLiteral("resolved")});

        // A conversation that becomes more urgent moves up as the data changes.
        proxy.setStatuses({ConversationStatus::Open});
        Conversation urgentStandard = standard;
        urgentStandard.priority = Priority::Urgent;
        urgentStandard.updatedAt = t0().addSecs(10);
        store.applyBatch(
            {QStringLiteral("demo"),
             {customer(QStringLiteral("std"), QStringLiteral("Sam Standard"), Tier::Vip), urgentStandard},
             {}});
        QTRY_COMPARE(order(proxy), (QStringList{QStringLiteral("standard"), QStringLiteral("vip")}));
    }
};

QTEST_GUILESS_MAIN(tst_InboxFilterModel)
#include "tst_InboxFilterModel.moc"
