// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/InboxFilterModel.h"
#include "itemmodels/InboxModel.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QAbstractItemModelTester>
#include <QSettings>
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
    void savedViewsRoundTrip()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("views.ini")), QSettings::IniFormat);
        QVERIFY(InboxView::loadSaved(settings).isEmpty());
        InboxView vipChats;
        vipChats.name = QStringLiteral("WeChat of billing");
        vipChats.channel = Channel::WeChat;
        vipChats.assignee = InboxView::Assignee::Unassigned;
        vipChats.teamBackendId = QStringLiteral("demo");
        vipChats.teamRemoteId = QStringLiteral("billing");
        vipChats.text = QStringLiteral("refund");
        vipChats.label = QStringLiteral("warranty");
        InboxView resolved = InboxView::builtIn().last();
        InboxView::saveSaved(settings, {vipChats, resolved});
        settings.sync();
        QSettings again(settings.fileName(), QSettings::IniFormat);
        QCOMPARE(InboxView::loadSaved(again), (QList<InboxView>{vipChats, resolved}));
        // A hand-edited entry with nonsense falls back to sane values; a nameless one is skipped.
        again.beginWriteArray(QStringLiteral("views"), 3);
        again.setArrayIndex(2);
        again.setValue(QStringLiteral("channel"), 99);
        again.endArray();
        again.beginWriteArray(QStringLiteral("views"), 4);
        again.setArrayIndex(3);
        again.setValue(QStringLiteral("name"), QStringLiteral("odd"));
        again.setValue(QStringLiteral("channel"), 99);
        again.setValue(QStringLiteral("statuses"), QStringList{QStringLiteral("x")});
        again.endArray();
        const QList<InboxView> loaded = InboxView::loadSaved(again);
        QCOMPARE(loaded.size(), 3);
        QCOMPARE(loaded[2].name, QStringLiteral("odd"));
        QVERIFY(!loaded[2].channel);
        QCOMPARE(loaded[2].statuses, InboxView::activeStatuses());
    }

    // The order follows what is owed: a waiting customer before work owed a resolution, whoever is
    // due first before the rest; tier and priority set the targets, so an urgent alert of a
    // standard customer is never below a routine chat of a VIP that came in at the same time.
    void precedenceFollowsWhatIsOwed()
    {
        const auto row = [](Tier tier, Priority priority, const QDateTime &waiting, qint64 id) {
            InboxRow r;
            r.id = id;
            r.tier = tier;
            r.priority = priority;
            r.createdAt = t0().addSecs(-7200);
            r.waitingSince = waiting;
            SlaPolicy::apply(r);
            return r;
        };
        const InboxRow urgentAlert = row(Tier::Standard, Priority::Urgent, t0(), 1);
        const InboxRow vipChat = row(Tier::Vip, Priority::Normal, t0(), 2);
        const InboxRow vipUrgent = row(Tier::Vip, Priority::Urgent, t0(), 3);
        const InboxRow answered = row(Tier::Vip, Priority::Urgent, {}, 4); // owed a resolution only
        QCOMPARE(urgentAlert.owed, SlaPolicy::Owed::FirstResponse);
        QVERIFY(InboxFilterModel::precedes(urgentAlert, vipChat));
        QVERIFY(!InboxFilterModel::precedes(vipChat, urgentAlert));
        QVERIFY(InboxFilterModel::precedes(vipUrgent, urgentAlert));
        QVERIFY(InboxFilterModel::precedes(vipChat, answered));
        // A customer who wrote long ago is due before the VIP who wrote just now.
        const InboxRow longWaiting = row(Tier::Standard, Priority::Normal, t0().addSecs(-5 * 3600), 5);
        QVERIFY(InboxFilterModel::precedes(longWaiting, vipChat));
        // Nothing owed (pending: waiting for the customer) comes last.
        InboxRow pending = row(Tier::Vip, Priority::Urgent, {}, 6);
        pending.status = ConversationStatus::Pending;
        SlaPolicy::apply(pending);
        QCOMPARE(pending.owed, SlaPolicy::Owed::Nothing);
        QVERIFY(InboxFilterModel::precedes(answered, pending));
    }

    // The quick filter looks in the row's folded text: any case, any script, any of its fields.
    void quickFilterFindsInAnyCaseAndField()
    {
        InboxRow row;
        row.customerName = QStringLiteral("Émile Zola");
        row.subject = QStringLiteral("路由器 keeps rebooting");
        row.lastPreview = QStringLiteral("Serial SN-ORN4-1");
        row.labels = {QStringLiteral("Refund")};
        row.updateFilterText();
        InboxFilterModel proxy;
        for (const char *found : {"éMILE", "路由", "REBOOT", "sn-orn4", "refu", "zola"}) {
            proxy.setText(QString::fromUtf8(found));
            QVERIFY2(proxy.accepts(row), found);
        }
        for (const char *absent : {"emile", "硬盘", "zola\nrouter", "refunded"}) {
            proxy.setText(QString::fromUtf8(absent));
            QVERIFY2(!proxy.accepts(row), absent);
        }
        proxy.setText({});
        InboxView view;
        view.text = QStringLiteral("ZOLA");
        proxy.setView(view);
        QVERIFY(proxy.accepts(row));
        proxy.setText(QStringLiteral("硬盘"));
        QVERIFY(!proxy.accepts(row)); // both apply
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
        standard.teamRemoteId = QStringLiteral("billing");
        Conversation vip = conversation(QStringLiteral("k2"), QStringLiteral("vip"), t0(), Channel::WeChat);
        vip.subject = QStringLiteral("vip");
        vip.assigneeRemoteId = QStringLiteral("me");
        Conversation resolved = conversation(QStringLiteral("k3"), QStringLiteral("vip"), t0());
        resolved.subject = QStringLiteral("resolved");
        resolved.status = ConversationStatus::Resolved;
        Conversation recent = conversation(QStringLiteral("k4"), QStringLiteral("std"),
                                           QDateTime::currentDateTimeUtc().addSecs(-3600));
        recent.subject = QStringLiteral("recent");
        recent.status = ConversationStatus::Resolved;
        store.applyBatch({QStringLiteral("demo"),
                          {customer(QStringLiteral("std"), QStringLiteral("Sam Standard")),
                           customer(QStringLiteral("vip"), QStringLiteral("Vera Vip"), Tier::Vip), standard,
                           vip, resolved, recent},
                          {}});
        InboxModel model(&store);
        InboxFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_COMPARE(proxy.rowCount(), 2);
        QCOMPARE(order(proxy), (QStringList{QStringLiteral("vip"), QStringLiteral("standard")}));
        // Resolved long ago: archived, read only for a view of resolved conversations.
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.archiveFilter());

        proxy.setSelfAgents({{QStringLiteral("demo"), QStringLiteral("me")}});
        InboxView view;
        view.assignee = InboxView::Assignee::Me;
        proxy.setView(view);
        QCOMPARE(order(proxy), QStringList{QStringLiteral("vip")});
        // "Me" is per backend: the same id on another backend is someone else.
        proxy.setSelfAgents({{QStringLiteral("rt"), QStringLiteral("me")}});
        QCOMPARE(order(proxy), QStringList());
        view.assignee = InboxView::Assignee::Unassigned;
        proxy.setView(view);
        QCOMPARE(order(proxy), QStringList{QStringLiteral("standard")});
        view.assignee = InboxView::Assignee::Anyone;
        view.channel = Channel::WeChat;
        proxy.setView(view);
        QCOMPARE(order(proxy), QStringList{QStringLiteral("vip")});
        view.channel.reset();
        view.teamBackendId = QStringLiteral("demo");
        view.teamRemoteId = QStringLiteral("billing");
        proxy.setView(view);
        QCOMPARE(order(proxy), QStringList{QStringLiteral("standard")});
        view.teamBackendId.clear();
        view.teamRemoteId.clear();
        proxy.setView(view);
        proxy.setText(QStringLiteral("sam"));
        QCOMPARE(order(proxy), QStringList{QStringLiteral("standard")});
        // A saved view's own text and the quick filter both apply.
        view.text = QStringLiteral("vera");
        proxy.setView(view);
        QCOMPARE(order(proxy), QStringList());
        proxy.setText({});
        QCOMPARE(order(proxy), QStringList{QStringLiteral("vip")});
        view.text.clear();
        view.statuses = {ConversationStatus::Resolved};
        proxy.setView(view);
        QVERIFY(model.archiveFilter());
        QTRY_VERIFY(model.isArchiveComplete());
        // Nothing owed: the latest first (the order the archive is paged in, after the active ones).
        QCOMPARE(order(proxy), (QStringList{QStringLiteral("recent"), QStringLiteral("resolved")}));
        proxy.setText(QStringLiteral("vera"));
        QTRY_COMPARE(order(proxy), QStringList{QStringLiteral("resolved")});
        QCOMPARE(model.archiveFilter()->texts, QStringList{QStringLiteral("vera")});
        proxy.setText({});

        // A conversation that becomes more urgent moves up as the data changes.
        view.statuses = {ConversationStatus::Open};
        proxy.setView(view);
        Conversation urgentStandard = standard;
        urgentStandard.priority = Priority::Urgent;
        urgentStandard.updatedAt = t0().addSecs(10);
        store.applyBatch(
            {QStringLiteral("demo"),
             {customer(QStringLiteral("std"), QStringLiteral("Sam Standard"), Tier::Vip), urgentStandard},
             {}});
        QTRY_COMPARE(order(proxy), (QStringList{QStringLiteral("standard"), QStringLiteral("vip")}));

        // Labels: listed by the model, a view of their own, and found by the quick filter.
        QSignalSpy labelsChanged(&model, &InboxModel::labelsChanged);
        const qint64 standardId =
            model.index(model.rowOf(proxy.index(0, 0).data(InboxModel::IdRole).toLongLong()))
                .data(InboxModel::IdRole)
                .toLongLong();
        store.enqueue({.idempotencyKey = QStringLiteral("l"),
                       .conversationId = standardId,
                       .kind = OutboxKind::SetLabels,
                       .labels = {QStringLiteral("Refund")}},
                      this, [](const OutboxItem &, const QString &) {});
        QTRY_COMPARE(model.labels(), QStringList{QStringLiteral("Refund")});
        QCOMPARE(labelsChanged.size(), 1);
        view.label = QStringLiteral("refund");
        proxy.setView(view);
        QCOMPARE(order(proxy), QStringList{QStringLiteral("standard")});
        view.label.clear();
        proxy.setView(view);
        proxy.setText(QStringLiteral("refu"));
        QCOMPARE(order(proxy), QStringList{QStringLiteral("standard")});
        proxy.setText({});
        store.enqueue({.idempotencyKey = QStringLiteral("l2"),
                       .conversationId = standardId,
                       .kind = OutboxKind::SetLabels},
                      this, [](const OutboxItem &, const QString &) {});
        QTRY_COMPARE(model.labels(), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_InboxFilterModel)
#include "tst_InboxFilterModel.moc"
