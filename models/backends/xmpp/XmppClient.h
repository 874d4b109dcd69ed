// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "XmppElement.h"
#include "XmppStanzaParser.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QWebSocket;

namespace AgentDesk {

class ScramSha1;

// An XMPP client connection over WebSocket (RFC 7395): opens the stream, authenticates with
// SCRAM-SHA-1 (PLAIN only over TLS), binds a resource and then exchanges stanzas. Malformed or
// oversized stanzas from the server are reported and dropped; the connection goes on.
// With stream management (XEP-0198) the server confirms what it received, and after a cut the
// next connect resumes the session: the server hands over what it queued meanwhile and the
// client sends again what the server had not confirmed.
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
        QString caFile; // wss: a PEM file of an authority to trust besides the system's
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
    // Stream management is on for this session: acknowledged() follows every stanza sent.
    bool streamManagement() const { return m_smEnabled; }
    // The last connect resumed the previous session (nothing was lost; no fresh presence needed).
    bool resumed() const { return m_resumed; }
    // A stanza with this id was sent in this session and the server has not confirmed it yet.
    bool isUnacknowledged(const QString &id) const;

    // Sends a stanza as it is (the client namespace is added when missing).
    void send(XmppElement stanza);
    // A chat message asking for a delivery receipt; returns its id.
    QString sendChat(const QString &to, const QString &body, const QString &id = {},
                     const QList<XmppElement> &extra = {});
    QString nextId();
    // An iq get or set whose answer (result or error) goes to done on the context, not to
    // stanzaReceived. done gets a null element if the session ends first.
    void sendIq(XmppElement iq, QObject *context, std::function<void(const XmppElement &)> done);

Q_SIGNALS:
    void stateChanged(AgentDesk::XmppClient::State state, const QString &detail);
    void stanzaReceived(const AgentDesk::XmppElement &stanza);
    // Something the server sent that could not be used; the connection stays up.
    void protocolError(const QString &error);
    // A stanza refused as malformed or oversized; head is its start tag (who sent it, its id).
    // The connection stays up.
    void stanzaRefused(const AgentDesk::XmppElement &head, const QString &error);
    // Stream management: the server has these stanzas (by id; stanzas without an id are left out).
    void acknowledged(const QStringList &ids);
    // Stream management: these were sent but the session they were sent in is gone without the
    // server confirming them; the server may or may not have them.
    void unconfirmed(const QStringList &ids);

private:
    void setState(State state, const QString &detail = {});
    void openStream();
    void onFrame(const QString &frame);
    void onFeatures(const XmppElement &features);
    void onSasl(const XmppElement &element);
    void fail(const QString &error);
    void bindResource();
    void onStreamManagement(const XmppElement &e);
    void onAcknowledged(quint32 h);
    void sendNonza(const XmppElement &e);
    // Ends the stream-management session: what it had not confirmed is reported unconfirmed.
    void dropSession();

    Settings m_settings;
    QWebSocket *m_socket;
    XmppStanzaParser m_parser;
    std::shared_ptr<ScramSha1> m_scram; // shared with the worker that derives its key
    quint64 m_connection = 0;           // bumped by every connect: late answers of an earlier one are dropped
    State m_state = State::Disconnected;
    bool m_authenticated = false;
    QString m_boundJid;
    QString m_bindId;
    quint64 m_nextId = 1;

    // Stream management (XEP-0198)
    bool m_smOffered = false; // the current stream's features offer it
    bool m_smEnabled = false;
    bool m_resumed = false;
    bool m_resuming = false;      // <resume/> sent, answer pending
    QString m_smId;               // the server's id of a resumable session
    quint32 m_inbound = 0;        // stanzas handled since <enabled/> (our h)
    quint32 m_acked = 0;          // outbound stanzas the server confirmed (its h)
    QList<XmppElement> m_unacked; // sent since <enable/>, not confirmed yet, in order
    bool m_ackRequested = false;

    struct PendingIq
    {
        QPointer<QObject> context;
        std::function<void(const XmppElement &)> done;
    };
    QHash<QString, PendingIq> m_iqs; // by id; answered, or failed when the session ends
};

} // namespace AgentDesk
