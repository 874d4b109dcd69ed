// XmppClient against a real prosody started from tests/xmpp/prosody-instance.sh on 127.0.0.1.
#include "ProsodyInstance.h"
#include "XmppClient.h"

#include <QSignalSpy>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(tst_XmppClient)
#include "tst_XmppClient.moc"
