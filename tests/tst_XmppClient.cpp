// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// XmppClient against a real prosody started from tests/xmpp/prosody-instance.sh on 127.0.0.1.
#include "ProsodyInstance.h"
#include "XmppClient.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>
#include <QWebSocketServer>

using namespace AgentDesk;

class tst_XmppClient : public QObject
{
    Q_OBJECT

    ProsodyInstance m_prosody{{QStringLiteral("agent:agent-pw"), QStringLiteral("ada:ada-pw")}};

    XmppClient::Settings settings(const QString &user, const QString &password) const
    {
        return {m_prosody.webSocketUrl(), user + QStringLiteral("@localhost"), password,
                QStringLiteral("desk")};
    }

    bool online(XmppClient &client, const XmppClient::Settings &s)
    {
        client.connectToServer(s);
        return QTest::qWaitFor(
                   [&] {
                       return client.state() == XmppClient::State::Online ||
                              client.state() == XmppClient::State::Failed;
                   },
                   20000) &&
               client.state() == XmppClient::State::Online;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!ProsodyInstance::installed())
            QSKIP("prosody is not installed (installer/install-deps.sh --with-servers)");
        const QString error = m_prosody.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void signsInWithScramAndBinds()
    {
        XmppClient client;
        QSignalSpy states(&client, &XmppClient::stateChanged);
        QVERIFY(online(client, settings(QStringLiteral("agent"), QStringLiteral("agent-pw"))));
        QCOMPARE(client.boundJid(), QStringLiteral("agent@localhost/desk"));
        QList<XmppClient::State> seen;
        for (const auto &args : states)
            seen << args.first().value<XmppClient::State>();
        QCOMPARE(seen,
                 (QList<XmppClient::State>{XmppClient::State::Connecting, XmppClient::State::Authenticating,
                                           XmppClient::State::Binding, XmppClient::State::Online}));
        client.disconnectFromServer();
        QCOMPARE(client.state(), XmppClient::State::Disconnected);
    }

    void aWrongPasswordIsAClearFailure()
    {
        XmppClient client;
        QSignalSpy states(&client, &XmppClient::stateChanged);
        QVERIFY(!online(client, settings(QStringLiteral("agent"), QStringLiteral("wrong"))));
        QCOMPARE(client.state(), XmppClient::State::Failed);
        QVERIFY2(states.last().at(1).toString().contains(
                     QLatin1String("did not accept the user name or password")),
                 qPrintable(states.last().at(1).toString()));
    }

    void nothingListeningIsReported()
    {
        XmppClient client;
        client.connectToServer({QUrl(QStringLiteral("ws://127.0.0.1:9/xmpp-websocket")),
                                QStringLiteral("agent@localhost"), QStringLiteral("x")});
        QSignalSpy states(&client, &XmppClient::stateChanged);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), XmppClient::State::Disconnected, 10000);
        QVERIFY(!states.isEmpty() && !states.last().at(1).toString().isEmpty());
    }

    // A wss server whose certificate the system does not trust: a failure that says why, not a
    // reconnect loop; with its authority named as the CA file, the connection is made.
    void anUntrustedCertificateFailsAndACaFileTrustsIt()
    {
        QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::SecureMode);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QFile cert(QStringLiteral(TEST_DATA_DIR "/tls/server.pem"));
        QFile key(QStringLiteral(TEST_DATA_DIR "/tls/server.key"));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        tls.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QSignalSpy accepted(&server, &QWebSocketServer::newConnection);
        const QUrl url(QStringLiteral("wss://127.0.0.1:%1/xmpp-websocket").arg(server.serverPort()));

        XmppClient untrusting;
        QSignalSpy states(&untrusting, &XmppClient::stateChanged);
        untrusting.connectToServer({url, QStringLiteral("agent@localhost"), QStringLiteral("x")});
        QTRY_COMPARE_WITH_TIMEOUT(untrusting.state(), XmppClient::State::Failed, 10000);
        QVERIFY2(states.last().at(1).toString().contains(QLatin1String("not trusted")),
                 qPrintable(states.last().at(1).toString()));
        QCOMPARE(accepted.size(), 0);

        XmppClient trusting;
        XmppClient::Settings s{url, QStringLiteral("agent@localhost"), QStringLiteral("x")};
        s.caFile = QStringLiteral(TEST_DATA_DIR "/tls/ca.pem");
        trusting.connectToServer(s);
        QVERIFY(accepted.wait(10000)); // through TLS and the WebSocket handshake
        QVERIFY(trusting.state() != XmppClient::State::Failed);
    }

    // A customer writes; the agent receives it, with the receipt request and the chat state.
    void aCustomerMessageArrives()
    {
        XmppClient agent, customer;
        QVERIFY(online(agent, settings(QStringLiteral("agent"), QStringLiteral("agent-pw"))));
        QVERIFY(online(customer, settings(QStringLiteral("ada"), QStringLiteral("ada-pw"))));
        QSignalSpy received(&agent, &XmppClient::stanzaReceived);
        const QString id = customer.sendChat(QStringLiteral("agent@localhost/desk"),
                                             QStringLiteral("My NAS <beeps> & 闪烁"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(received.cbegin(), received.cend(), [&](const QList<QVariant> &args) {
                    return args.first().value<XmppElement>().attribute(QStringLiteral("id")) == id;
                });
            },
            10000));
        const auto it = std::find_if(received.cbegin(), received.cend(), [&](const QList<QVariant> &args) {
            return args.first().value<XmppElement>().attribute(QStringLiteral("id")) == id;
        });
        const XmppElement m = it->first().value<XmppElement>();
        QCOMPARE(m.name, QStringLiteral("message"));
        QCOMPARE(m.attribute(QStringLiteral("from")), QStringLiteral("ada@localhost/desk"));
        QCOMPARE(m.child(QStringLiteral("body"))->text, QStringLiteral("My NAS <beeps> & 闪烁"));
        QVERIFY(m.child(QStringLiteral("request"), QStringLiteral("urn:xmpp:receipts")));
    }

    // Stream management: the server confirms what the agent sent; a cut connection resumes its
    // session, the server hands over what came meanwhile (once), and what the agent sent while cut
    // off goes out after the resume.
    void aCutSessionResumes()
    {
        XmppClient agent, customer;
        QVERIFY(online(agent, settings(QStringLiteral("agent"), QStringLiteral("agent-pw"))));
        QVERIFY(online(customer, settings(QStringLiteral("ada"), QStringLiteral("ada-pw"))));
        QVERIFY(agent.streamManagement());
        QVERIFY(!agent.resumed());
        QSignalSpy acked(&agent, &XmppClient::acknowledged);
        QSignalSpy unconfirmed(&agent, &XmppClient::unconfirmed);
        const QString first = agent.sendChat(QStringLiteral("ada@localhost/desk"), QStringLiteral("hello"));
        QVERIFY(agent.isUnacknowledged(first));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(acked.cbegin(), acked.cend(),
                        [&](const QList<QVariant> &a) { return a.first().toStringList().contains(first); }),
            10000);
        QVERIFY(!agent.isUnacknowledged(first));

        const auto ids = [](const QSignalSpy &spy, const QString &text) {
            int n = 0;
            for (const auto &a : spy) {
                const XmppElement *body = a.first().value<XmppElement>().child(QStringLiteral("body"));
                n += body && body->text == text;
            }
            return n;
        };
        QSignalSpy toAgent(&agent, &XmppClient::stanzaReceived);
        QSignalSpy toCustomer(&customer, &XmppClient::stanzaReceived);
        agent.abort();
        QTRY_COMPARE_WITH_TIMEOUT(agent.state(), XmppClient::State::Disconnected, 10000);
        customer.sendChat(QStringLiteral("agent@localhost/desk"), QStringLiteral("are you there?"));
        const QString late =
            agent.sendChat(QStringLiteral("ada@localhost/desk"), QStringLiteral("back soon"));
        QVERIFY(agent.isUnacknowledged(late));
        QTest::qWait(300);

        agent.connectToServer(settings(QStringLiteral("agent"), QStringLiteral("agent-pw")));
        QTRY_COMPARE_WITH_TIMEOUT(agent.state(), XmppClient::State::Online, 20000);
        QVERIFY(agent.resumed());
        QCOMPARE(agent.boundJid(), QStringLiteral("agent@localhost/desk"));
        QTRY_COMPARE_WITH_TIMEOUT(ids(toAgent, QStringLiteral("are you there?")), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(ids(toCustomer, QStringLiteral("back soon")), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!agent.isUnacknowledged(late), 10000);
        QTest::qWait(500);
        QCOMPARE(ids(toAgent, QStringLiteral("are you there?")), 1);
        QCOMPARE(ids(toCustomer, QStringLiteral("back soon")), 1);
        QVERIFY(unconfirmed.isEmpty());

        // A goodbye ends the session: the next connect binds afresh.
        agent.disconnectFromServer();
        QVERIFY(online(agent, settings(QStringLiteral("agent"), QStringLiteral("agent-pw"))));
        QVERIFY(!agent.resumed());
        QVERIFY(agent.streamManagement());
    }
};

QTEST_GUILESS_MAIN(tst_XmppClient)
#include "tst_XmppClient.moc"
