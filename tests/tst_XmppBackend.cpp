// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// XmppBackend against a real prosody, wired as the app wires it; a second XMPP connection in the
// test plays the customer.
#include "controllers/AccountsController.h"
#include "controllers/ConversationController.h"
#include "net/HttpClient.h"
#include "outbox/OutboxDispatcher.h"
#include "ProsodyInstance.h"
#include "services/BackendRegistry.h"
#include "settings/FileSecretStore.h"
#include "store/Store.h"
#include "store/StoreDatabase.h"
#include "store/StoreReader.h"
#include "sync/SyncEngine.h"
#include "TestHelpers.h"
#include "TestStore.h"
#include "XmppBackend.h"
#include "XmppBackendFactory.h"
#include "XmppHttpUpload.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;

class tst_XmppBackend : public QObject
{
    Q_OBJECT

    ProsodyInstance m_prosody{{QStringLiteral("agent:agent-pw"), QStringLiteral("ada:ada-pw")}};
    QTemporaryDir m_dir;
    int m_n = 0;

    XmppClient::Settings account(const QString &user, const QString &password) const
    {
        return {m_prosody.webSocketUrl(), user + QStringLiteral("@localhost"), password,
                QStringLiteral("desk")};
    }

    // The customer online, as chat apps are (with presence, so messages reach this device).
    bool signIn(XmppClient &customer)
    {
        customer.connectToServer(account(QStringLiteral("ada"), QStringLiteral("ada-pw")));
        if (!QTest::qWaitFor([&] { return customer.state() == XmppClient::State::Online; }, 20000))
            return false;
        customer.send(XmppElement{QStringLiteral("presence"), {}, {}, {}, {}});
        return true;
    }

    // One session of the app with the XMPP backend, connected: store, sync engine, outbox, controller.
    struct Session
    {
        std::unique_ptr<Store> store;
        BackendRegistry registry;
        std::unique_ptr<SyncEngine> sync;
        std::unique_ptr<OutboxDispatcher> outbox;
        std::unique_ptr<ConversationController> controller;
        XmppBackend *backend = nullptr;
    };

    std::unique_ptr<Session> session(int firstRetryMs = 1000, int maxRetryMs = 60000)
    {
        auto s = std::make_unique<Session>();
        s->store = TestData::openStore(m_dir.filePath(QStringLiteral("x%1.sqlite3").arg(++m_n)));
        if (!s->store)
            return nullptr;
        s->sync = std::make_unique<SyncEngine>(s->store.get());
        s->outbox = std::make_unique<OutboxDispatcher>(s->store.get(), &s->registry);
        s->outbox->setBackoff(100, 500);
        s->controller = std::make_unique<ConversationController>(s->store.get());
        XmppBackend::Settings settings{
            QStringLiteral("xmpp"), {}, account(QStringLiteral("agent"), QStringLiteral("agent-pw"))};
        settings.firstRetryMs = firstRetryMs;
        settings.maxRetryMs = maxRetryMs;
        s->backend = new XmppBackend(settings);
        s->registry.add(s->backend);
        s->sync->attach(s->backend);
        s->outbox->start();
        if (!QTest::qWaitFor([&] { return s->backend->connectionState() == ConnectionState::Connected; },
                             20000))
            return nullptr;
        return s;
    }

    // How many messages with this text the client's own archive holds.
    int archived(XmppClient &client, const QString &text)
    {
        QSignalSpy received(&client, &XmppClient::stanzaReceived);
        const QString id = client.nextId();
        XmppElement iq{QStringLiteral("iq"), {}, {}, {}, {}};
        iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
        iq.setAttribute(QStringLiteral("id"), id);
        iq.addChild(QStringLiteral("query"), QStringLiteral("urn:xmpp:mam:2"));
        client.send(iq);
        const auto done = [&] {
            return std::any_of(received.cbegin(), received.cend(), [&](const QList<QVariant> &a) {
                return a.first().value<XmppElement>().attribute(QStringLiteral("id")) == id;
            });
        };
        if (!QTest::qWaitFor(done, 10000))
            return -1;
        int n = 0;
        for (const auto &a : received) {
            const XmppElement *result = a.first().value<XmppElement>().child(
                QStringLiteral("result"), QStringLiteral("urn:xmpp:mam:2"));
            const XmppElement *fwd =
                result ? result->child(QStringLiteral("forwarded"), QStringLiteral("urn:xmpp:forward:0"))
                       : nullptr;
            const XmppElement *inner = fwd ? fwd->child(QStringLiteral("message")) : nullptr;
            const XmppElement *body = inner ? inner->child(QStringLiteral("body")) : nullptr;
            n += body && body->text == text;
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!ProsodyInstance::installed())
            QSKIP("prosody is not installed (installer/install-deps.sh --with-servers)");
        const QString error = m_prosody.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // A customer's message becomes a conversation; the agent's reply reaches the customer and the
    // customer's receipt marks it delivered.
    void aChatWithTheCustomerEndToEnd()
    {
        auto s = session();
        QVERIFY(s);
        auto &store = s->store;
        SyncEngine &sync = *s->sync;
        ConversationController &controller = *s->controller;
        XmppBackend *backend = s->backend;

        XmppClient customer;
        QVERIFY(signIn(customer)); // online, as chat apps are
        QSignalSpy toCustomer(&customer, &XmppClient::stanzaReceived);
        const QString first =
            customer.sendChat(QStringLiteral("agent@localhost"), QStringLiteral("我的 NAS 红灯一直亮"));

        QVERIFY(QTest::qWaitFor(
            [&] {
                return TestData::scalar(
                           *store,
                           QStringLiteral("SELECT count(*) FROM messages m JOIN conversations c ON c.id = "
                                          "m.conversation_id WHERE c.remote_id = 'ada@localhost' AND "
                                          "m.body = '我的 NAS 红灯一直亮'")) == 1;
            },
            10000));
        // The agent's side acknowledged it with a receipt.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(toCustomer.cbegin(), toCustomer.cend(),
                                             [&](const QList<QVariant> &a) {
                                                 const XmppElement *r = a.first().value<XmppElement>().child(
                                                     QStringLiteral("received"));
                                                 return r && r->attribute(QStringLiteral("id")) == first;
                                             }),
                                 10000);

        const qint64 conv = TestData::scalar(
            *store, QStringLiteral("SELECT id FROM conversations WHERE remote_id = 'ada@localhost'"));
        // The customer types (XEP-0085): the conversation shows it until they pause.
        const auto chatState = [&](const QString &state) {
            XmppElement m{QStringLiteral("message"), {}, {}, {}, {}};
            m.setAttribute(QStringLiteral("to"), QStringLiteral("agent@localhost"));
            m.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
            m.addChild(state, QStringLiteral("http://jabber.org/protocol/chatstates"));
            customer.send(m);
        };
        const auto typing = [&] {
            sync.flush();
            return TestData::scalar(
                       *store,
                       QStringLiteral("SELECT customer_typing_at IS NOT NULL FROM conversations WHERE "
                                      "remote_id = 'ada@localhost'")) == 1;
        };
        chatState(QStringLiteral("composing"));
        QVERIFY(QTest::qWaitFor(typing, 10000));
        chatState(QStringLiteral("paused"));
        QVERIFY(QTest::qWaitFor([&] { return !typing(); }, 10000));

        // And the agent typing reaches the customer.
        backend->setTyping(QStringLiteral("ada@localhost"), true);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(toCustomer.cbegin(), toCustomer.cend(),
                                             [](const QList<QVariant> &a) {
                                                 return a.first().value<XmppElement>().child(
                                                     QStringLiteral("composing"),
                                                     QStringLiteral("http://jabber.org/protocol/chatstates"));
                                             }),
                                 10000);

        controller.sendReply(conv, QStringLiteral("Please hold the reset button for 5 s."));
        XmppElement reply;
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(toCustomer.cbegin(), toCustomer.cend(),
                        [&](const QList<QVariant> &a) {
                            const XmppElement m = a.first().value<XmppElement>();
                            const XmppElement *body = m.child(QStringLiteral("body"));
                            if (body &&
                                body->text == QLatin1String("Please hold the reset button for 5 s.")) {
                                reply = m;
                                return true;
                            }
                            return false;
                        }),
            10000);
        QVERIFY(reply.child(QStringLiteral("request"), QStringLiteral("urn:xmpp:receipts")));
        QCOMPARE(TestData::scalar(
                     *store, QStringLiteral("SELECT delivery FROM messages WHERE body LIKE 'Please hold%'")),
                 int(DeliveryState::Sent));

        // The customer's device confirms.
        XmppElement receipt{QStringLiteral("message"), {}, {}, {}, {}};
        receipt.setAttribute(QStringLiteral("to"), QStringLiteral("agent@localhost/desk"));
        receipt.addChild(QStringLiteral("received"), QStringLiteral("urn:xmpp:receipts"))
            .setAttribute(QStringLiteral("id"), reply.attribute(QStringLiteral("id")));
        customer.send(receipt);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return TestData::scalar(
                           *store,
                           QStringLiteral("SELECT delivery FROM messages WHERE body LIKE 'Please hold%'")) ==
                       int(DeliveryState::Delivered);
            },
            10000));
    }

    // The agent's connection is cut in the middle of a conversation; what the customer writes
    // meanwhile arrives after the reconnect, exactly once, and so does what was already there.
    void messagesSentWhileCutOffArriveExactlyOnce()
    {
        auto s = session(200);
        QVERIFY(s);
        auto &store = s->store;
        SyncEngine &sync = *s->sync;
        XmppBackend *backend = s->backend;

        XmppClient customer;
        QVERIFY(signIn(customer));
        const auto count = [&](const QString &text) {
            sync.flush();
            return TestData::scalar(
                *store, QStringLiteral("SELECT count(*) FROM messages WHERE body = '%1'").arg(text));
        };
        customer.sendChat(QStringLiteral("agent@localhost"), QStringLiteral("before the cut"));
        QVERIFY(QTest::qWaitFor([&] { return count(QStringLiteral("before the cut")) == 1; }, 10000));

        // A reply leaves just as the connection is cut: whether or not the server confirmed it
        // before the cut, it reaches the customer once.
        QSignalSpy toCustomer(&customer, &XmppClient::stanzaReceived);
        const qint64 conv = TestData::scalar(
            *store, QStringLiteral("SELECT id FROM conversations WHERE remote_id = 'ada@localhost'"));
        s->controller->sendReply(conv, QStringLiteral("cut mid-reply"));
        QTRY_VERIFY_WITH_TIMEOUT(
            TestData::scalar(*store, QStringLiteral("SELECT count(*) FROM outbox WHERE state "
                                                    ">= 1")) == 1,
            5000);
        backend->client()->abort();
        QTRY_COMPARE_WITH_TIMEOUT(backend->connectionState(), ConnectionState::Reconnecting, 10000);
        customer.sendChat(QStringLiteral("agent@localhost"), QStringLiteral("while cut off 1"));
        customer.sendChat(QStringLiteral("agent@localhost"), QStringLiteral("while cut off 2"));

        QTRY_COMPARE_WITH_TIMEOUT(backend->connectionState(), ConnectionState::Connected, 20000);
        QVERIFY(backend->client()->resumed()); // the server kept the session (XEP-0198)
        QVERIFY(QTest::qWaitFor(
            [&] {
                return count(QStringLiteral("while cut off 1")) == 1 &&
                       count(QStringLiteral("while cut off 2")) == 1;
            },
            10000));
        QTest::qWait(1000); // anything delivered twice would have arrived by now
        QCOMPARE(count(QStringLiteral("before the cut")), 1);
        QCOMPARE(count(QStringLiteral("while cut off 1")), 1);
        QCOMPARE(count(QStringLiteral("while cut off 2")), 1);
        const auto receivedReplies = [&] {
            return std::count_if(toCustomer.cbegin(), toCustomer.cend(), [](const QList<QVariant> &a) {
                const XmppElement *body = a.first().value<XmppElement>().child(QStringLiteral("body"));
                return body && body->text == QLatin1String("cut mid-reply");
            });
        };
        QTRY_COMPARE_WITH_TIMEOUT(receivedReplies(), 1, 10000);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return TestData::scalar(*store, QStringLiteral("SELECT delivery FROM messages WHERE body = "
                                                               "'cut mid-reply'")) >=
                       int(DeliveryState::Sent);
            },
            10000));
        QTest::qWait(1000); // an outbox retry that sent it again would have arrived by now
        QCOMPARE(receivedReplies(), 1);
        // And the cursor is stored: a restarted app asks only for what came after it.
        std::optional<QString> cursor;
        store->fetchCursor(QStringLiteral("xmpp"), this, [&](const QString &c) { cursor = c; });
        QTRY_VERIFY(cursor.has_value());
        QVERIFY(!cursor->isEmpty());
    }

    // The chat server restarts in the middle of a conversation: its sessions are gone, so the agent
    // binds afresh and catches up from the archive. What the customer wrote around the restart
    // arrives once, and the reply the agent wrote while the server was down reaches the customer
    // once (counted in the customer's own archive, which holds whatever was delivered to it).
    void aServerRestartLosesAndDuplicatesNothing()
    {
        auto s = session(200, 1000);
        QVERIFY(s);
        auto &store = s->store;
        SyncEngine &sync = *s->sync;
        ConversationController &controller = *s->controller;
        XmppBackend *backend = s->backend;
        const auto count = [&](const QString &text) {
            sync.flush();
            return TestData::scalar(
                *store, QStringLiteral("SELECT count(*) FROM messages WHERE body = '%1'").arg(text));
        };
        {
            XmppClient customer;
            QVERIFY(signIn(customer));
            customer.sendChat(QStringLiteral("agent@localhost"), QStringLiteral("before the restart"));
            QVERIFY(QTest::qWaitFor([&] { return count(QStringLiteral("before the restart")) == 1; }, 10000));
            m_prosody.stop();
            QTRY_COMPARE_WITH_TIMEOUT(backend->connectionState(), ConnectionState::Reconnecting, 10000);
        }
        const qint64 conv = TestData::scalar(
            *store, QStringLiteral("SELECT id FROM conversations WHERE remote_id = 'ada@localhost'"));
        controller.sendReply(conv, QStringLiteral("written while the server was down"));
        QTest::qWait(700); // the outbox tries, and is told to wait

        const QString error = m_prosody.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        XmppClient customer;
        QVERIFY(signIn(customer));
        customer.sendChat(QStringLiteral("agent@localhost"), QStringLiteral("after the restart"));
        QTRY_COMPARE_WITH_TIMEOUT(backend->connectionState(), ConnectionState::Connected, 20000);
        QVERIFY(!backend->client()->resumed());
        QVERIFY(QTest::qWaitFor([&] { return count(QStringLiteral("after the restart")) == 1; }, 15000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return TestData::scalar(
                           *store, QStringLiteral("SELECT delivery FROM messages WHERE body = 'written "
                                                  "while the server was down'")) >= int(DeliveryState::Sent);
            },
            15000));
        QTest::qWait(1000);
        QCOMPARE(count(QStringLiteral("before the restart")), 1);
        QCOMPARE(count(QStringLiteral("after the restart")), 1);
        QCOMPARE(count(QStringLiteral("written while the server was down")), 1);
        QCOMPARE(archived(customer, QStringLiteral("written while the server was down")), 1);
    }

    // An oversized message and a malformed one (nested deeper than the client accepts) reach the
    // agent through the real server: each is refused with a clear error to the customer and a line
    // in the conversation, and the connection carries on with the next message.
    void refusedStanzasLeaveTheConnectionUsable()
    {
        auto s = session();
        QVERIFY(s);
        auto &store = s->store;
        SyncEngine &sync = *s->sync;
        XmppBackend *backend = s->backend;
        QSignalSpy states(backend, &Backend::connectionStateChanged);

        XmppClient customer;
        QVERIFY(signIn(customer));
        QSignalSpy toCustomer(&customer, &XmppClient::stanzaReceived);
        const auto errorFor = [&](const QString &id) -> QString {
            for (const auto &a : toCustomer) {
                const XmppElement m = a.first().value<XmppElement>();
                if (m.attribute(QStringLiteral("id")) != id ||
                    m.attribute(QStringLiteral("type")) != QLatin1String("error"))
                    continue;
                const XmppElement *e = m.child(QStringLiteral("error"));
                const XmppElement *text = e ? e->child(QStringLiteral("text")) : nullptr;
                return text ? text->text : QStringLiteral("(no text)");
            }
            return {};
        };
        const auto systemLines = [&](const QString &like) {
            sync.flush();
            return TestData::scalar(
                *store, QStringLiteral("SELECT count(*) FROM messages m JOIN conversations c ON c.id = "
                                       "m.conversation_id WHERE c.remote_id = 'ada@localhost' AND "
                                       "m.direction = %1 AND m.body LIKE '%%2%'")
                            .arg(int(Direction::System))
                            .arg(like));
        };

        const QString big =
            customer.sendChat(QStringLiteral("agent@localhost"), QString(300 * 1024, QLatin1Char('x')));
        QTRY_VERIFY_WITH_TIMEOUT(!errorFor(big).isEmpty(), 10000);
        QVERIFY2(errorFor(big).contains(QLatin1String("larger than")), qPrintable(errorFor(big)));
        QVERIFY(QTest::qWaitFor([&] { return systemLines(QStringLiteral("larger than")) == 1; }, 10000));

        XmppElement deep{QStringLiteral("message"), {}, {}, {}, {}};
        const QString deepId = customer.nextId();
        deep.setAttribute(QStringLiteral("to"), QStringLiteral("agent@localhost"));
        deep.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
        deep.setAttribute(QStringLiteral("id"), deepId);
        deep.addChild(QStringLiteral("body")).text = QStringLiteral("look at this");
        XmppElement *level = &deep.addChild(QStringLiteral("x"), QStringLiteral("urn:example:nest"));
        for (int i = 0; i < 40; ++i)
            level = &level->addChild(QStringLiteral("x"));
        customer.send(deep);
        QTRY_VERIFY_WITH_TIMEOUT(!errorFor(deepId).isEmpty(), 10000);
        QVERIFY2(errorFor(deepId).contains(QLatin1String("nested too deeply")), qPrintable(errorFor(deepId)));
        QVERIFY(
            QTest::qWaitFor([&] { return systemLines(QStringLiteral("nested too deeply")) == 1; }, 10000));

        customer.sendChat(QStringLiteral("agent@localhost"), QStringLiteral("still there?"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                sync.flush();
                return TestData::scalar(
                           *store,
                           QStringLiteral("SELECT count(*) FROM messages WHERE body = 'still there?'")) == 1;
            },
            10000));
        QVERIFY(states.isEmpty()); // never dropped or reconnected
        QCOMPARE(backend->client()->state(), XmppClient::State::Online);
        QCOMPARE(TestData::scalar(
                     *store,
                     QStringLiteral(
                         "SELECT count(*) FROM messages WHERE body LIKE 'xxxx%' OR body = 'look at this'")),
                 0);
    }

    // Pictures travel both ways by HTTP upload (XEP-0363): the customer's becomes an attachment the
    // agent can download; the agent's file goes to the server's upload service and reaches the
    // customer as an address it can download, byte for byte.
    void anImageTravelsBothWays()
    {
        auto s = session();
        QVERIFY(s);
        auto &store = s->store;
        SyncEngine &sync = *s->sync;
        ConversationController &controller = *s->controller;
        XmppBackend *backend = s->backend;

        XmppClient customer;
        QVERIFY(signIn(customer));
        HttpClient http;
        XmppHttpUpload upload(&customer, &http);
        bool discovered = false;
        upload.discover(QStringLiteral("localhost"), [&] { discovered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(discovered, 10000);
        QCOMPARE(upload.service(), QStringLiteral("upload.localhost"));
        QVERIFY(upload.maxFileSize() > 0);

        // The customer's photo.
        QByteArray photo("\x89PNG\r\n\x1a\n", 8);
        for (int i = 0; i < 150000; ++i)
            photo.append(char(i * 31 + 7));
        const QString photoPath = TestData::writeFile(m_dir, QStringLiteral("red light.png"), photo);
        std::optional<XmppHttpUpload::Result> uploaded;
        upload.upload(photoPath, QStringLiteral("red light.png"), QStringLiteral("image/png"), photo.size(),
                      this, [&](const XmppHttpUpload::Result &r) { uploaded = r; });
        QTRY_VERIFY_WITH_TIMEOUT(uploaded.has_value(), 20000);
        QVERIFY2(!uploaded->getUrl.isEmpty(), qPrintable(uploaded->error));
        XmppElement oob{QStringLiteral("x"), QStringLiteral("jabber:x:oob"), {}, {}, {}};
        oob.addChild(QStringLiteral("url")).text = uploaded->getUrl;
        customer.sendChat(QStringLiteral("agent@localhost"), uploaded->getUrl, {}, {oob});

        std::optional<QList<Message>> messages;
        const auto fetchMessages = [&] {
            sync.flush();
            const qint64 conv = TestData::scalar(
                *store, QStringLiteral("SELECT id FROM conversations WHERE remote_id = 'ada@localhost'"));
            messages.reset();
            store->read<QList<Message>>(
                this, [conv](StoreDatabase &db) { return db.reader().messages(conv, 50); },
                [&](const QList<Message> &m) { messages = m; });
            if (!QTest::qWaitFor([&] { return messages.has_value(); }, 5000))
                qWarning("the store did not answer");
            return conv;
        };
        QVERIFY(QTest::qWaitFor(
            [&] {
                fetchMessages();
                return messages && !messages->isEmpty() && !messages->last().attachments.isEmpty();
            },
            10000));
        const Message received = messages->last();
        QCOMPARE(received.direction, Direction::Inbound);
        QVERIFY2(received.text.isEmpty(), qPrintable(received.text)); // the address is not text to show
        const Attachment a = received.attachments.first();
        QCOMPARE(a.fileName, QStringLiteral("red light.png"));
        QCOMPARE(a.mimeType, QStringLiteral("image/png"));
        QCOMPARE(a.remoteRef, uploaded->getUrl);
        std::optional<QString> fetchError;
        const QString downloaded = m_dir.filePath(QStringLiteral("downloaded.png"));
        qint64 fetchedBytes = 0;
        backend->fetchAttachment(
            a, downloaded, this, [&](qint64 done, qint64) { fetchedBytes = done; },
            [&](const QString &e) { fetchError = e; });
        QTRY_VERIFY_WITH_TIMEOUT(fetchError.has_value(), 20000);
        QVERIFY2(fetchError->isEmpty(), qPrintable(*fetchError));
        QCOMPARE(fetchedBytes, qint64(photo.size())); // progress, up to the whole file
        QFile got(downloaded);
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), photo);

        // The agent's diagram.
        QByteArray diagram("\xff\xd8\xff\xe0", 4);
        diagram.append(QByteArray(90000, 'd'));
        const QString diagramPath = TestData::writeFile(m_dir, QStringLiteral("wiring.jpg"), diagram);
        QSignalSpy toCustomer(&customer, &XmppClient::stanzaReceived);
        QSignalSpy uploading(backend, &Backend::uploadProgress);
        const qint64 conv = fetchMessages();
        controller.sendReply(conv, QStringLiteral("Here is the wiring diagram"), {diagramPath});
        XmppElement reply;
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(toCustomer.cbegin(), toCustomer.cend(),
                        [&](const QList<QVariant> &args) {
                            const XmppElement m = args.first().value<XmppElement>();
                            if (!m.child(QStringLiteral("x"), QStringLiteral("jabber:x:oob")))
                                return false;
                            reply = m;
                            return true;
                        }),
            20000);
        const QString url = reply.child(QStringLiteral("x"), QStringLiteral("jabber:x:oob"))
                                ->child(QStringLiteral("url"))
                                ->text;
        QVERIFY(reply.child(QStringLiteral("body"))
                    ->text.startsWith(QLatin1String("Here is the wiring diagram\n")));
        QVERIFY(reply.child(QStringLiteral("body"))->text.endsWith(url));
        // The upload reported its progress, up to the whole file.
        QVERIFY(!uploading.isEmpty());
        QCOMPARE(uploading.last().at(1).toLongLong(), qint64(diagram.size()));
        QCOMPARE(uploading.last().at(2).toLongLong(), qint64(diagram.size()));
        const QString fetched = m_dir.filePath(QStringLiteral("customer-got.jpg"));
        HttpRequest get = HttpRequest::get(QUrl(url));
        get.downloadPath = fetched;
        std::optional<HttpResponse> response;
        http.send(get, this, [&](const HttpResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 20000);
        QVERIFY(response->ok());
        QFile customerCopy(fetched);
        QVERIFY(customerCopy.open(QIODevice::ReadOnly));
        QCOMPARE(customerCopy.readAll(), diagram);
        QVERIFY(QTest::qWaitFor(
            [&] {
                fetchMessages();
                return messages && messages->last().delivery == DeliveryState::Sent;
            },
            10000));
        QCOMPARE(messages->last().attachments.size(), 1);
        QCOMPARE(messages->last().text, QStringLiteral("Here is the wiring diagram"));
    }

    // The settings page's test of an XMPP account, right and wrong.
    void anAccountIsTested()
    {
        auto store = TestData::openStore(m_dir.filePath(QStringLiteral("x%1.sqlite3").arg(++m_n)));
        QVERIFY(store);
        BackendRegistry registry;
        SyncEngine sync(store.get());
        QSettings ini(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        FileSecretStore secrets(m_dir.filePath(QStringLiteral("secrets.json")));
        XmppBackendFactory factory;
        AccountsController accounts(ini, &secrets, &registry, &sync);
        accounts.addFactory(&factory);
        const BackendAccount chat{{},
                                  QStringLiteral("xmpp"),
                                  QStringLiteral("Web chat"),
                                  {{QStringLiteral("url"), m_prosody.webSocketUrl().toString()},
                                   {QStringLiteral("user"), QStringLiteral("agent@localhost")}}};
        QSignalSpy tested(&accounts, &AccountsController::testFinished);
        accounts.test(chat, QStringLiteral("agent-pw"));
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.last().at(0).toBool(), qPrintable(tested.last().at(1).toString()));
        accounts.test(chat, QStringLiteral("wrong"));
        QVERIFY(tested.wait(20000));
        QVERIFY(!tested.last().at(0).toBool());
        QVERIFY(tested.last().at(1).toString().contains(QLatin1String("password")));
    }

    void aWrongPasswordFailsAndIsNotRetried()
    {
        XmppBackend backend(
            {QStringLiteral("xmpp"), {}, account(QStringLiteral("agent"), QStringLiteral("nope"))});
        QSignalSpy states(&backend, &Backend::connectionStateChanged);
        backend.start({});
        QTRY_COMPARE_WITH_TIMEOUT(backend.connectionState(), ConnectionState::Failed, 20000);
        QVERIFY(states.last().at(1).toString().contains(QLatin1String("password")));
        QTest::qWait(1500);
        QCOMPARE(backend.connectionState(), ConnectionState::Failed);
    }
};

QTEST_GUILESS_MAIN(tst_XmppBackend)
#include "tst_XmppBackend.moc"
