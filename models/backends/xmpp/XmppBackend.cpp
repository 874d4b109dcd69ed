#include "XmppBackend.h"

#include "services/ServiceCall.h"

namespace AgentDesk {

using namespace Domain;

namespace {

const QString receiptsNs = QStringLiteral("urn:xmpp:receipts");
const QString chatStatesNs = QStringLiteral("http://jabber.org/protocol/chatstates");
const QString delayNs = QStringLiteral("urn:xmpp:delay");
const QString stanzaIdNs = QStringLiteral("urn:xmpp:sid:0");

QString bare(const QString &jid)
{
    return jid.section(QLatin1Char('/'), 0, 0);
}

} // namespace

XmppBackend::XmppBackend(const Settings &settings, QObject *parent)
    : Backend(parent)
    , m_settings(settings)
    , m_client(new XmppClient(this))
    , m_retryMs(settings.firstRetryMs)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (m_running)
            m_client->connectToServer(m_settings.client);
    });
    connect(m_client, &XmppClient::stateChanged, this, &XmppBackend::onState);
    connect(m_client, &XmppClient::stanzaReceived, this, &XmppBackend::onStanza);
}

QString XmppBackend::displayName() const
{
    return m_settings.displayName.isEmpty() ? tr("Chat (%1)").arg(bare(m_settings.client.jid))
                                            : m_settings.displayName;
}

Capabilities XmppBackend::capabilities() const
{
    return Capability::Messaging | Capability::Directory;
}

QString XmppBackend::selfAgentId() const
{
    return bare(m_settings.client.jid);
}

void XmppBackend::start(const QString &)
{
    m_running = true;
    m_retryMs = m_settings.firstRetryMs;
    setConnectionState(ConnectionState::Connecting);
    m_client->connectToServer(m_settings.client);
}

void XmppBackend::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_client->disconnectFromServer();
    setConnectionState(ConnectionState::Disconnected);
}

void XmppBackend::scheduleReconnect()
{
    m_reconnect.start(m_retryMs);
    m_retryMs = qMin(m_retryMs * 2, m_settings.maxRetryMs);
}

void XmppBackend::onState(XmppClient::State state, const QString &detail)
{
    switch (state) {
    case XmppClient::State::Online:
        m_retryMs = m_settings.firstRetryMs;
        sendPresence();
        setConnectionState(ConnectionState::Connected);
        break;
    case XmppClient::State::Failed:
        // A refused password does not get better by retrying.
        setConnectionState(ConnectionState::Failed, detail);
        break;
    case XmppClient::State::Disconnected:
        if (!m_running)
            break;
        setConnectionState(ConnectionState::Reconnecting, detail);
        scheduleReconnect();
        break;
    default:
        break;
    }
}

void XmppBackend::onStanza(const XmppElement &s)
{
    if (s.name != QLatin1String("message"))
        return;
    const QString from = bare(s.attribute(QStringLiteral("from")));
    if (from.isEmpty() || from == selfAgentId())
        return;
    if (const XmppElement *received = s.child(QStringLiteral("received"), receiptsNs)) {
        Q_EMIT eventsReady(EventBatch{
            id(),
            {MessageStateChange{
                from, {}, received->attribute(QStringLiteral("id")), DeliveryState::Delivered, {}}},
            {}});
        return;
    }
    const XmppElement *body = s.child(QStringLiteral("body"));
    if (!body)
        return; // a chat state or something else without text
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (const XmppElement *delay = s.child(QStringLiteral("delay"), delayNs))
        at = QDateTime::fromString(delay->attribute(QStringLiteral("stamp")), Qt::ISODateWithMs);
    QString remoteId;
    for (const XmppElement &c : s.children) // the server's archive id is unique; the sender's may not be
        if (c.name == QLatin1String("stanza-id") && c.xmlns == stanzaIdNs &&
            c.attribute(QStringLiteral("by")) == selfAgentId())
            remoteId = c.attribute(QStringLiteral("id"));
    if (remoteId.isEmpty())
        remoteId = from + QLatin1Char('/') + s.attribute(QStringLiteral("id"));

    Customer customer;
    customer.remoteId = from;
    customer.name = from.section(QLatin1Char('@'), 0, 0);
    customer.handles = {{Channel::WebChat, from}};
    Conversation c;
    c.remoteId = from;
    c.customerRemoteId = from;
    c.channel = Channel::WebChat;
    c.subject = tr("Chat with %1").arg(from);
    c.createdAt = at;
    c.updatedAt = at;
    Message m;
    m.remoteId = remoteId;
    m.conversationRemoteId = from;
    m.direction = Direction::Inbound;
    m.authorName = customer.name;
    m.text = body->text;
    m.sentAt = at;
    Q_EMIT eventsReady(EventBatch{id(), {customer, c, m}, {}});

    if (s.child(QStringLiteral("request"), receiptsNs) && !s.attribute(QStringLiteral("id")).isEmpty()) {
        XmppElement receipt{QStringLiteral("message"), {}, {}, {}, {}};
        receipt.setAttribute(QStringLiteral("to"), s.attribute(QStringLiteral("from")));
        receipt.setAttribute(QStringLiteral("id"), m_client->nextId());
        receipt.addChild(QStringLiteral("received"), receiptsNs)
            .setAttribute(QStringLiteral("id"), s.attribute(QStringLiteral("id")));
        m_client->send(receipt);
    }
}

void XmppBackend::perform(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done)
{
    if (m_client->state() != XmppClient::State::Online) {
        deliverResult(context, std::move(done),
                      SendResult{false, {}, tr("The chat server is not connected."), true});
        return;
    }
    switch (item.kind) {
    case OutboxKind::Reply:
        // The idempotency key is the stanza id: the receipt names it, and a resend is recognisable.
        m_client->sendChat(item.conversationRemoteId, item.payload.value(QStringLiteral("text")).toString(),
                           item.idempotencyKey);
        deliverResult(context, std::move(done), SendResult{true, item.idempotencyKey, {}, true});
        return;
    case OutboxKind::Note:
    case OutboxKind::SetStatus:
    case OutboxKind::Assign:
    case OutboxKind::SetPriority:
        // XMPP has no notes or ticket fields: they live in AgentDesk only.
        deliverResult(context, std::move(done), SendResult{true, {}, {}, true});
        return;
    default:
        deliverResult(context, std::move(done),
                      SendResult{false, {}, tr("A chat server keeps no service requests."), false});
        return;
    }
}

void XmppBackend::setTyping(const QString &conversationRemoteId, bool typing)
{
    if (m_client->state() != XmppClient::State::Online)
        return;
    XmppElement m{QStringLiteral("message"), {}, {}, {}, {}};
    m.setAttribute(QStringLiteral("to"), conversationRemoteId);
    m.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
    m.addChild(typing ? QStringLiteral("composing") : QStringLiteral("paused"), chatStatesNs);
    m_client->send(m);
}

void XmppBackend::setPresence(Presence presence)
{
    m_presence = presence;
    if (m_client->state() == XmppClient::State::Online)
        sendPresence();
}

void XmppBackend::sendPresence()
{
    XmppElement p{QStringLiteral("presence"), {}, {}, {}, {}};
    switch (m_presence) {
    case Presence::Offline:
        p.setAttribute(QStringLiteral("type"), QStringLiteral("unavailable"));
        break;
    case Presence::Busy:
        p.addChild(QStringLiteral("show")).text = QStringLiteral("dnd");
        break;
    case Presence::Away:
        p.addChild(QStringLiteral("show")).text = QStringLiteral("away");
        break;
    case Presence::Available:
        break;
    }
    m_client->send(p);
}

} // namespace AgentDesk
