// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The message archive (XEP-0313) against a real prosody: paging through a long archive, the
// backend's catch-up of everything missed while the agent was away, and a reply whose earlier
// attempt reached the server found there instead of being sent twice.
#include "controllers/ConversationController.h"
#include "outbox/OutboxDispatcher.h"
#include "ProsodyInstance.h"
#include "services/BackendRegistry.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"
#include "TestStore.h"
#include "XmppArchive.h"
#include "XmppBackend.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;

namespace {

// More than the 50 pages of 100 the catch-up once stopped at.
constexpr int longAbsence = 5300;

} // namespace

class tst_XmppArchive : public QObject
{
    Q_OBJECT

    ProsodyInstance m_prosody{
        {QStringLiteral("agent:agent-pw"), QStringLiteral("ada:ada-pw"), QStringLiteral("bob:bob-pw")}};
    QTemporaryDir m_dir;

    XmppClient::Settings account(const QString &user, const QString &resource = QStringLiteral("desk")) const
    {
        return {m_prosody.webSocketUrl(), user + QStringLiteral("@localhost"), user + QStringLiteral("-pw"),
                resource};
    }

    bool signIn(XmppClient &client, const QString &user, const QString &resource = QStringLiteral("desk"))
    {
        client.connectToServer(account(user, resource));
        if (!QTest::qWaitFor([&] { return client.state() == XmppClient::State::Online; }, 20000))
            return false;
        client.send(XmppElement{QStringLiteral("presence"), {}, {}, {}, {}});
        return true;
    }

    // The customer writes n numbered messages; returns once the server confirmed all of them.
    bool write(XmppClient &customer, const QString &prefix, int n)
    {
        QSignalSpy acked(&customer, &XmppClient::acknowledged);
        QSet<QString> ids;
        for (int i = 0; i < n; ++i)
            ids.insert(customer.sendChat(QStringLiteral("agent@localhost"),
                                         QStringLiteral("%1 %2").arg(prefix).arg(i)));
        return QTest::qWaitFor(
            [&] {
                for (const auto &a : std::as_const(acked))
                    for (const QString &id : a.first().toStringList())
                        ids.remove(id);
                acked.clear();
                return ids.isEmpty();
            },
            120000);
    }

    struct Session
    {
        std::unique_ptr<Store> store;
        BackendRegistry registry;
        std::unique_ptr<SyncEngine> sync;
        std::unique_ptr<OutboxDispatcher> outbox;
        XmppBackend *backend = nullptr;
    };

    std::unique_ptr<Session> session(const QString &file)
    {
        auto s = std::make_unique<Session>();
        s->store = TestData::openStore(m_dir.filePath(file));
        if (!s->store)
            return nullptr;
        s->sync = std::make_unique<SyncEngine>(s->store.get());
        s->outbox = std::make_unique<OutboxDispatcher>(s->store.get(), &s->registry);
        s->outbox->setBackoff(100, 500);
        XmppBackend::Settings settings{QStringLiteral("xmpp"), {}, account(QStringLiteral("agent"))};
        settings.firstRetryMs = 200;
        s->backend = new XmppBackend(settings);
        s->registry.add(s->backend);
        s->sync->attach(s->backend);
        s->outbox->start();
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!ProsodyInstance::installed())
            QSKIP("prosody is not installed (installer/install-deps.sh --with-servers)");
        const QString error = m_prosody.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // A long absence: the app catches up with every message, however many pages that takes, and
    // stores the cursor after the last one; a restart then asks only for what came after it.
    void aLongAbsenceIsCaughtUpToTheEnd()
    {
        {
            auto first = session(QStringLiteral("long.sqlite3")); // knows the agent, then goes away
            QVERIFY(first);
            QTRY_COMPARE_WITH_TIMEOUT(first->backend->connectionState(), ConnectionState::Connected, 20000);
        }
        XmppClient customer;
        QVERIFY(signIn(customer, QStringLiteral("ada")));
        QVERIFY(write(customer, QStringLiteral("while away"), longAbsence));

        auto s = session(QStringLiteral("long.sqlite3"));
        QVERIFY(s);
        const auto stored = [&] {
            s->sync->flush();
            return TestData::scalar(
                *s->store, QStringLiteral("SELECT count(DISTINCT body) FROM messages WHERE body LIKE "
                                          "'while away %'"));
        };
        QTRY_COMPARE_WITH_TIMEOUT(stored(), qint64(longAbsence), 120000);
        // Now live: the next message is stored once and moves the cursor past everything.
        QVERIFY(write(customer, QStringLiteral("back"), 1));
        QTRY_COMPARE_WITH_TIMEOUT(TestData::scalar(*s->store, QStringLiteral("SELECT count(*) FROM messages "
                                                                             "WHERE body = 'back 0'")),
                                  qint64(1), 10000);
        QCOMPARE(
            TestData::scalar(*s->store,
                             QStringLiteral("SELECT count(*) FROM messages WHERE body LIKE 'while away %'")),
            qint64(longAbsence));
        std::optional<QString> cursor;
        s->store->fetchCursor(QStringLiteral("xmpp"), this, [&](const QString &c) { cursor = c; });
        QTRY_VERIFY(cursor.has_value());
        QVERIFY(!cursor->isEmpty());

        // The archive agrees: after the stored cursor there is no message (only receipts and the like).
        XmppClient agent;
        QVERIFY(signIn(agent, QStringLiteral("agent"), QStringLiteral("check")));
        XmppArchive archive(&agent);
        connect(&agent, &XmppClient::stanzaReceived, &archive,
                [&](const XmppElement &st) { archive.handle(st, QStringLiteral("agent@localhost")); });
        int after = 0;
        std::optional<XmppArchive::Outcome> outcome;
        archive.run(
            {{}, *cursor, {}},
            [&](const QString &, const XmppElement &m, const QDateTime &) {
                after += !!m.child(QStringLiteral("body"));
            },
            {}, [&](XmppArchive::Outcome o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QCOMPARE(*outcome, XmppArchive::Outcome::Complete);
        QCOMPARE(after, 0);
    }

    // The archive pages by itself: every message once, in order, each page's last id reported.
    void pagesThroughTheWholeArchive()
    {
        XmppClient bob;
        QVERIFY(signIn(bob, QStringLiteral("bob")));
        QVERIFY(write(bob, QStringLiteral("bob says"), 250));
        XmppClient agent;
        QVERIFY(signIn(agent, QStringLiteral("agent"), QStringLiteral("pages")));
        XmppArchive archive(&agent);
        connect(&agent, &XmppClient::stanzaReceived, &archive,
                [&](const XmppElement &st) { archive.handle(st, QStringLiteral("agent@localhost")); });
        QStringList bodies;
        QStringList pages;
        std::optional<XmppArchive::Outcome> outcome;
        XmppArchive::Query query;
        query.with = QStringLiteral("bob@localhost");
        archive.run(
            query,
            [&](const QString &, const XmppElement &m, const QDateTime &) {
                if (const XmppElement *body = m.child(QStringLiteral("body")))
                    bodies << body->text;
            },
            [&](const QString &last) { pages << last; }, [&](XmppArchive::Outcome o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QCOMPARE(*outcome, XmppArchive::Outcome::Complete);
        QCOMPARE(bodies.size(), 250);
        QCOMPARE(bodies.first(), QStringLiteral("bob says 0"));
        QCOMPARE(bodies.last(), QStringLiteral("bob says 249"));
        QVERIFY(pages.size() >= 3); // the archive also keeps the server's error answers to bob

        // An archive id the server does not know is said as such.
        outcome.reset();
        archive.run({{}, QStringLiteral("no-such-archive-id"), {}}, {}, {},
                    [&](XmppArchive::Outcome o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QCOMPARE(*outcome, XmppArchive::Outcome::UnknownCursor);
    }

    // The reply reached the server but the app died before it heard so; then the customer wrote,
    // which moved the stored cursor past the reply. The restarted app finds the reply in the
    // conversation's archive and marks it sent: the customer gets it once.
    void aReplyInDoubtIsFoundInTheArchiveNotSentTwice()
    {
        XmppClient customer;
        QVERIFY(signIn(customer, QStringLiteral("ada"), QStringLiteral("doubt")));
        const QString key = QStringLiteral("reply-in-doubt-1");
        const QString text = QStringLiteral("Yes, it left this morning.");
        QSignalSpy customerGot(&customer, &XmppClient::stanzaReceived);
        {
            // The app's store: the chat with Ada, and the reply, whose first attempt began a minute ago.
            auto store = TestData::openStore(m_dir.filePath(QStringLiteral("doubt.sqlite3")));
            QVERIFY(store);
            Customer ada = TestData::customer(QStringLiteral("ada@localhost"), QStringLiteral("ada"));
            Conversation chat =
                TestData::conversation(QStringLiteral("ada@localhost"), QStringLiteral("ada@localhost"),
                                       QDateTime::currentDateTimeUtc());
            store->applyBatch(EventBatch{QStringLiteral("xmpp"), {ada, chat}, {}});
            OutboxRequest r;
            r.idempotencyKey = key;
            r.conversationId = 0;
            QTRY_VERIFY((r.conversationId =
                             TestData::scalar(*store, QStringLiteral("SELECT id FROM conversations"))) > 0);
            r.text = text;
            std::optional<qint64> id;
            store->enqueue(r, this, [&](const OutboxItem &item, const QString &) { id = item.id; });
            QTRY_VERIFY(id.has_value() && *id > 0);
            std::optional<bool> marked;
            store->markSending(*id, QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs),
                               this, [&](bool ok) { marked = ok; });
            QTRY_VERIFY(marked.has_value() && *marked);

            // That attempt reached the server, which archived it; its confirmation never came back.
            XmppClient earlier;
            QVERIFY(signIn(earlier, QStringLiteral("agent"), QStringLiteral("earlier-attempt")));
            earlier.sendChat(QStringLiteral("ada@localhost"), text, key);
            QTRY_VERIFY_WITH_TIMEOUT(!earlier.isUnacknowledged(key), 10000);
            // The customer answers, live: the app stored that message with its archive id as the
            // cursor, which is past the reply.
            QSignalSpy agentGot(&earlier, &XmppClient::stanzaReceived);
            QVERIFY(write(customer, QStringLiteral("thanks"), 1));
            QString archiveId;
            const auto liveArchiveId = [&] {
                for (const auto &a : std::as_const(agentGot))
                    for (const XmppElement &c : a.first().value<XmppElement>().children)
                        if (c.name == QLatin1String("stanza-id"))
                            archiveId = c.attribute(QStringLiteral("id"));
                return !archiveId.isEmpty();
            };
            QTRY_VERIFY_WITH_TIMEOUT(liveArchiveId(), 10000);
            store->applyBatch(EventBatch{QStringLiteral("xmpp"), {}, archiveId});
            QTRY_COMPARE(TestData::scalar(*store, QStringLiteral("SELECT count(*) FROM sync_cursors")),
                         qint64(1));
            earlier.disconnectFromServer();
        }
        // The app starts again: the reply is in doubt, and the archive has it.
        auto s = session(QStringLiteral("doubt.sqlite3"));
        QVERIFY(s);
        QTRY_COMPARE_WITH_TIMEOUT(
            TestData::scalar(
                *s->store,
                QStringLiteral("SELECT state FROM outbox WHERE idempotency_key = 'reply-in-doubt-1'")),
            qint64(OutboxState::Sent), 90000); // the lookup reads the 5,300 of the first test too
        QTest::qWait(500);                     // a second copy would have arrived by now
        const auto copies =
            std::count_if(customerGot.cbegin(), customerGot.cend(), [&](const QList<QVariant> &a) {
                const XmppElement *body = a.first().value<XmppElement>().child(QStringLiteral("body"));
                return body && body->text == text;
            });
        QCOMPARE(copies, 1);
    }
};

QTEST_GUILESS_MAIN(tst_XmppArchive)
#include "tst_XmppArchive.moc"
