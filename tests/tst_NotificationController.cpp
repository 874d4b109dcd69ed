// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/ConversationController.h"
#include "controllers/NotificationController.h"
#include "FakeBackend.h"
#include "itemmodels/InboxModel.h"
#include "services/BackendRegistry.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

using Notification = NotificationController::Notification;

class tst_NotificationController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    struct Rig
    {
        std::unique_ptr<Store> store;
        BackendRegistry registry;
        std::unique_ptr<InboxModel> inbox;
        std::unique_ptr<ConversationController> controller;
        std::unique_ptr<NotificationController> notifications;
    };

    std::unique_ptr<Rig> rig()
    {
        auto r = std::make_unique<Rig>();
        r->store = openStore(m_dir.filePath(QStringLiteral("n%1.sqlite3").arg(++m_n)));
        if (!r->store)
            return nullptr;
        r->registry.add(new FakeBackend(QStringLiteral("chat"))); // the agent there is "me"
        r->inbox = std::make_unique<InboxModel>(r->store.get());
        r->controller = std::make_unique<ConversationController>(r->store.get());
        r->notifications = std::make_unique<NotificationController>(r->inbox.get(), &r->registry);
        r->notifications->setController(r->controller.get());
        r->notifications->setAgentName(QStringLiteral("Alex"));
        return r;
    }

    static EventBatch newChat(const QString &id, const QString &text, Tier tier = Tier::Standard)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return {QStringLiteral("chat"),
                {customer(id + QStringLiteral("-c"), QStringLiteral("Ada ") + id, tier),
                 conversation(id, id + QStringLiteral("-c"), now),
                 inbound(id + QStringLiteral("-m"), id, text, now)},
                {}};
    }

private Q_SLOTS:
    void countsUnreadOfWorkToDo()
    {
        auto r = rig();
        QVERIFY(r);
        QSignalSpy count(r->notifications.get(), &NotificationController::unreadCountChanged);
        r->store->applyBatch(newChat(QStringLiteral("a"), QStringLiteral("hi")));
        r->inbox->reload(); // history at start: counted, not announced
        QTRY_COMPARE(r->notifications->unreadCount(), 1);
        r->store->applyBatch({QStringLiteral("chat"),
                              {inbound(QStringLiteral("a-m2"), QStringLiteral("a"), QStringLiteral("again"),
                                       QDateTime::currentDateTimeUtc())},
                              {}});
        QTRY_COMPARE(r->notifications->unreadCount(), 2);
        const qint64 id = r->inbox->rowAt(0).id;
        r->controller->markRead(id);
        QTRY_COMPARE(r->notifications->unreadCount(), 0);
        QVERIFY(count.size() >= 3);
        // A resolved conversation's unread messages are not work to do.
        r->store->applyBatch({QStringLiteral("chat"),
                              {inbound(QStringLiteral("a-m3"), QStringLiteral("a"), QStringLiteral("thanks"),
                                       QDateTime::currentDateTimeUtc())},
                              {}});
        QTRY_COMPARE(r->notifications->unreadCount(), 1);
        r->controller->setStatus(id, ConversationStatus::Resolved);
        QTRY_COMPARE(r->notifications->unreadCount(), 0);
    }

    void announcesNewsOnly()
    {
        auto r = rig();
        QVERIFY(r);
        r->inbox->reload();
        QTRY_VERIFY(r->inbox->isLoaded());
        QSignalSpy notified(r->notifications.get(), &NotificationController::notify);
        r->store->applyBatch(newChat(QStringLiteral("vip"), QStringLiteral("router down"), Tier::Vip));
        QTRY_COMPARE(notified.size(), 1);
        auto n = notified.last().first().value<Notification>();
        QCOMPARE(n.kind, Notification::Kind::NewConversation);
        QCOMPARE(n.title, QStringLiteral("VIP · New conversation: Ada vip"));
        QCOMPARE(n.body, QStringLiteral("router down"));
        QVERIFY(n.sound);
        const qint64 vip = n.conversationId;

        // Someone else (the backend) assigns another conversation to the agent: news.
        r->store->applyBatch(newChat(QStringLiteral("b"), QStringLiteral("hello")));
        QTRY_COMPARE(notified.size(), 2);
        const qint64 b = notified.last().first().value<Notification>().conversationId;
        Conversation assigned =
            conversation(QStringLiteral("b"), QStringLiteral("b-c"), QDateTime::currentDateTimeUtc());
        assigned.assigneeRemoteId = QStringLiteral("me");
        assigned.updatedAt = QDateTime::currentDateTimeUtc().addSecs(1);
        r->store->applyBatch({QStringLiteral("chat"), {assigned}, {}});
        QTRY_COMPARE(notified.size(), 3);
        QCOMPARE(notified.last().first().value<Notification>().kind, Notification::Kind::Assigned);
        QCOMPARE(notified.last().first().value<Notification>().conversationId, b);

        // The agent assigning it to themselves is not.
        r->controller->assign(vip, QStringLiteral("me"));
        QTRY_COMPARE(r->inbox->rowById(vip)->assigneeRemoteId, QStringLiteral("me"));
        QTest::qWait(100);
        QCOMPARE(notified.size(), 3);

        // A mention of the agent by name.
        r->store->applyBatch(
            {QStringLiteral("chat"),
             {inbound(QStringLiteral("b-m2"), QStringLiteral("b"), QStringLiteral("@alex can you look?"),
                      QDateTime::currentDateTimeUtc())},
             {}});
        QTRY_COMPARE(notified.size(), 4);
        QCOMPARE(notified.last().first().value<Notification>().kind, Notification::Kind::Mention);

        // A plain follow-up is just unread, not a notification.
        r->store->applyBatch({QStringLiteral("chat"),
                              {inbound(QStringLiteral("b-m3"), QStringLiteral("b"), QStringLiteral("ok"),
                                       QDateTime::currentDateTimeUtc())},
                              {}});
        QTest::qWait(100);
        QCOMPARE(notified.size(), 4);
    }

    void respectsPresenceDoNotDisturbAndTheOpenConversation()
    {
        auto r = rig();
        QVERIFY(r);
        r->inbox->reload();
        QTRY_VERIFY(r->inbox->isLoaded());
        QSignalSpy notified(r->notifications.get(), &NotificationController::notify);
        r->notifications->setPresence(Presence::Busy);
        r->store->applyBatch(newChat(QStringLiteral("a"), QStringLiteral("one")));
        QTRY_COMPARE(r->inbox->rowCount(), 1);
        r->notifications->setPresence(Presence::Available);
        r->notifications->setDoNotDisturb(true);
        r->store->applyBatch(newChat(QStringLiteral("b"), QStringLiteral("two")));
        QTRY_COMPARE(r->inbox->rowCount(), 2);
        QTest::qWait(50);
        QCOMPARE(notified.size(), 0);
        QCOMPARE(r->notifications->unreadCount(), 2); // counted all the same
        r->notifications->setDoNotDisturb(false);
        r->notifications->setSoundEnabled(false);
        r->store->applyBatch(newChat(QStringLiteral("c"), QStringLiteral("three")));
        QTRY_COMPARE(notified.size(), 1);
        QVERIFY(!notified.last().first().value<Notification>().sound);
        // Assigned while the agent is looking at it: no need to tell them.
        const qint64 c = notified.last().first().value<Notification>().conversationId;
        r->notifications->setWatchedConversation(c);
        Conversation assigned =
            conversation(QStringLiteral("c"), QStringLiteral("c-c"), QDateTime::currentDateTimeUtc());
        assigned.assigneeRemoteId = QStringLiteral("me");
        assigned.updatedAt = QDateTime::currentDateTimeUtc().addSecs(1);
        r->store->applyBatch({QStringLiteral("chat"), {assigned}, {}});
        QTRY_COMPARE(r->inbox->rowById(c)->assigneeRemoteId, QStringLiteral("me"));
        QTest::qWait(50);
        QCOMPARE(notified.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_NotificationController)
#include "tst_NotificationController.moc"
