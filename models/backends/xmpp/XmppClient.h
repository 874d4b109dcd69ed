#pragma once

#include "XmppElement.h"
#include "XmppStanzaParser.h"

#include <memory>
#include <QObject>
#include <QUrl>

class QWebSocket;

namespace AgentDesk {

class ScramSha1;

// An XMPP client connection over WebSocket (RFC 7395): opens the stream, authenticates with
// SCRAM-SHA-1 (PLAIN only over TLS), binds a resource and then exchanges stanzas. Malformed or
// oversized stanzas from the server are reported and dropped; the connection goes on.
class XmppClient final : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl url;    // ws://host:port/xmpp-websocket or wss://...
        QString jid; // bare JID, user@domain
        QString password;
        QString resource = QStringLiteral("agentdesk");
    };

    enum class State
    {
        Disconnected,
        Connecting,
        Authenticating,
        Binding,
        Online,
        Failed // authentication refused or protocol broken; see the detail of stateChanged
    };
    Q_ENUM(State)

    explicit XmppClient(QObject *parent = nullptr);
    ~XmppClient() override;

    void connectToServer(const Settings &settings);
    void disconnectFromServer();
    // Drops the connection without a goodbye, as a network cut does.
    void abort();
    State state() const { return m_state; }
    QString boundJid() const { return m_boundJid; }

    // Sends a stanza as it is (the client namespace is added when missing).
    void send(XmppElement stanza);
    // A chat message asking for a delivery receipt; returns its id.
    QString sendChat(const QString &to, const QString &body, const QString &id = {});
    QString nextId();

Q_SIGNALS:
    void stateChanged(AgentDesk::XmppClient::State state, const QString &detail);
    void stanzaReceived(const AgentDesk::XmppElement &stanza);
    // Something the server sent that could not be used; the connection stays up.
    void protocolError(const QString &error);

private:
    void setState(State state, const QString &detail = {});
    void openStream();
    void onFrame(const QString &frame);
    void onFeatures(const XmppElement &features);
    void onSasl(const XmppElement &element);
    void fail(const QString &error);

    Settings m_settings;
    QWebSocket *m_socket;
    XmppStanzaParser m_parser;
    std::unique_ptr<ScramSha1> m_scram;
    State m_state = State::Disconnected;
    bool m_authenticated = false;
    QString m_boundJid;
    QString m_bindId;
    quint64 m_nextId = 1;
};

} // namespace AgentDesk
