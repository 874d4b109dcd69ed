// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmppClient.h"

#include <QFuture>
#include <QPromise>
#include <QSslConfiguration>
#include <QThreadPool>

#include "ScramSha1.h"
#include "XmppNamespaces.h"

#include <QLoggingCategory>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

Q_LOGGING_CATEGORY(lcXmpp, "agentdesk.backend.xmpp")

namespace AgentDesk {

using namespace XmppNs;

namespace {

bool isStanza(const XmppElement &e)
{
    return e.xmlns == clientNs && (e.name == QLatin1String("message") ||
                                   e.name == QLatin1String("presence") || e.name == QLatin1String("iq"));
}

QString domainOf(const QString &jid)
{
    const QString bare = jid.section(QLatin1Char('/'), 0, 0);
    return bare.contains(QLatin1Char('@')) ? bare.section(QLatin1Char('@'), 1) : bare;
}

QString userOf(const QString &jid)
{
    return jid.section(QLatin1Char('@'), 0, 0);
}

} // namespace

XmppClient::XmppClient(QObject *parent)
    : QObject(parent)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    connect(m_socket, &QWebSocket::connected, this, &XmppClient::openStream);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &XmppClient::onFrame);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_smEnabled = false;
        if (m_smId.isEmpty()) // nothing to resume: what was not confirmed is lost with the session
            dropSession();
        if (m_state != State::Failed && m_state != State::Disconnected)
            setState(State::Disconnected,
                     m_socket->closeReason().isEmpty() ? m_socket->errorString() : m_socket->closeReason());
    });
    // An untrusted certificate does not get better by retrying: a failure with the reason, as for
    // a refused password. Verification is never turned off; a CA file can be named instead.
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &e : errors)
            reasons << e.errorString();
        reasons.removeDuplicates();
        const QString error = tr("The certificate of %1 is not trusted: %2")
                                  .arg(m_settings.url.host(), reasons.join(QStringLiteral("; ")));
        qCWarning(lcXmpp) << error;
        dropSession();
        setState(State::Failed, error);
        // Not from inside the socket's own signal: closing there makes it report the errors again.
        QMetaObject::invokeMethod(m_socket, &QWebSocket::abort, Qt::QueuedConnection);
    });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                qCInfo(lcXmpp) << "socket:" << m_socket->errorString();
                if (m_state == State::Connecting) // never connected: no disconnected() follows (Failed stays)
                    setState(State::Disconnected, m_socket->errorString());
            });
}

XmppClient::~XmppClient() = default;

void XmppClient::setState(State state, const QString &detail)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

void XmppClient::connectToServer(const Settings &settings)
{
    if (settings.url != m_settings.url || settings.jid != m_settings.jid)
        dropSession(); // another account: the old session cannot be resumed
    m_settings = settings;
    m_authenticated = false;
    m_resumed = false;
    m_resuming = false;
    m_smOffered = false;
    if (m_smId.isEmpty())
        m_boundJid.clear(); // a resumed session keeps its full JID
    setState(State::Connecting);
    ++m_connection;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!settings.caFile.isEmpty()) { // a server with its own authority: trusted besides the system's
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(settings.caFile, QSsl::Pem);
        if (ca.isEmpty()) {
            fail(tr("The CA file %1 holds no certificate.").arg(settings.caFile));
            return;
        }
        tls.addCaCertificates(ca);
    }
    m_socket->setSslConfiguration(tls);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QStringLiteral("xmpp")});
    m_socket->open(QNetworkRequest(settings.url), options);
}

void XmppClient::disconnectFromServer()
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendTextMessage(QStringLiteral("<close xmlns=\"%1\"/>").arg(framingNs));
    m_socket->close();
    dropSession(); // a goodbye ends the session on the server too
    setState(State::Disconnected);
}

void XmppClient::abort()
{
    m_socket->abort();
}

QString XmppClient::nextId()
{
    return QStringLiteral("ad-%1-%2").arg(m_nextId++).arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

void XmppClient::openStream()
{
    XmppElement open{QStringLiteral("open"), framingNs, {}, {}, {}};
    open.setAttribute(QStringLiteral("to"), domainOf(m_settings.jid));
    open.setAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    m_socket->sendTextMessage(open.toXml());
}

void XmppClient::send(XmppElement stanza)
{
    if (stanza.xmlns.isEmpty())
        stanza.xmlns = clientNs;
    const bool connected = m_socket->state() == QAbstractSocket::ConnectedState;
    // While a session waits to be resumed, stanzas queue with the unconfirmed ones and go out
    // when it resumes (or are reported unconfirmed when it cannot be).
    if (m_smEnabled || (!connected && !m_smId.isEmpty()))
        m_unacked.append(stanza);
    if (!connected)
        return;
    m_socket->sendTextMessage(stanza.toXml());
    if (m_smEnabled && !m_ackRequested) { // one <r/> for everything sent in this turn of the loop
        m_ackRequested = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_ackRequested = false;
                if (m_smEnabled && m_socket->state() == QAbstractSocket::ConnectedState)
                    sendNonza(XmppElement{QStringLiteral("r"), smNs, {}, {}, {}});
            },
            Qt::QueuedConnection);
    }
}

void XmppClient::sendNonza(const XmppElement &e)
{
    m_socket->sendTextMessage(e.toXml());
}

bool XmppClient::isUnacknowledged(const QString &id) const
{
    return std::any_of(m_unacked.cbegin(), m_unacked.cend(),
                       [&](const XmppElement &e) { return e.attribute(QStringLiteral("id")) == id; });
}

void XmppClient::sendIq(XmppElement iq, QObject *context, std::function<void(const XmppElement &)> done)
{
    QString id = iq.attribute(QStringLiteral("id"));
    if (id.isEmpty()) {
        id = nextId();
        iq.setAttribute(QStringLiteral("id"), id);
    }
    m_iqs.insert(id, PendingIq{context, std::move(done)});
    send(std::move(iq));
}

void XmppClient::dropSession()
{
    // Answers cannot come any more: whoever waits is told now, later in the event loop.
    for (const PendingIq &p : std::exchange(m_iqs, {}))
        if (p.context)
            QMetaObject::invokeMethod(
                p.context.data(), [done = p.done] { done(XmppElement{}); }, Qt::QueuedConnection);
    QStringList ids;
    for (const XmppElement &e : std::as_const(m_unacked))
        if (const QString id = e.attribute(QStringLiteral("id")); !id.isEmpty())
            ids << id;
    m_unacked.clear();
    m_smId.clear();
    m_smEnabled = false;
    m_inbound = 0;
    m_acked = 0;
    if (!ids.isEmpty())
        Q_EMIT unconfirmed(ids);
}

void XmppClient::onAcknowledged(quint32 h)
{
    quint32 count = h - m_acked; // the counters wrap at 2^32 (XEP-0198)
    if (count > quint32(m_unacked.size())) {
        Q_EMIT protocolError(tr("The chat server confirmed %1 stanzas but only %2 were waiting.")
                                 .arg(count)
                                 .arg(m_unacked.size()));
        count = quint32(m_unacked.size());
    }
    QStringList ids;
    for (quint32 i = 0; i < count; ++i)
        if (const QString id = m_unacked.takeFirst().attribute(QStringLiteral("id")); !id.isEmpty())
            ids << id;
    m_acked = h;
    if (!ids.isEmpty())
        Q_EMIT acknowledged(ids);
}

void XmppClient::onStreamManagement(const XmppElement &e)
{
    if (e.name == QLatin1String("r")) {
        XmppElement a{QStringLiteral("a"), smNs, {}, {}, {}};
        a.setAttribute(QStringLiteral("h"), QString::number(m_inbound));
        sendNonza(a);
    } else if (e.name == QLatin1String("a")) {
        onAcknowledged(e.attribute(QStringLiteral("h")).toUInt());
    } else if (e.name == QLatin1String("enabled")) {
        m_inbound = 0;
        if (e.attribute(QStringLiteral("resume")) == QLatin1String("true") ||
            e.attribute(QStringLiteral("resume")) == QLatin1String("1"))
            m_smId = e.attribute(QStringLiteral("id"));
    } else if (e.name == QLatin1String("resumed")) {
        m_resuming = false;
        m_smEnabled = true;
        onAcknowledged(e.attribute(QStringLiteral("h")).toUInt());
        for (const XmppElement &stanza : std::as_const(m_unacked)) // what the server missed
            m_socket->sendTextMessage(stanza.toXml());
        if (!m_unacked.isEmpty())
            sendNonza(XmppElement{QStringLiteral("r"), smNs, {}, {}, {}});
        m_resumed = true;
        setState(State::Online);
    } else if (e.name == QLatin1String("failed")) {
        if (m_resuming) { // the session expired on the server, or the server restarted
            m_resuming = false;
            qCInfo(lcXmpp) << "session not resumed:"
                           << (e.children.isEmpty() ? QStringLiteral("?") : e.children.first().name);
            dropSession();
            bindResource();
        } else { // <enable/> refused: go on without
            dropSession();
        }
    }
}

QString XmppClient::sendChat(const QString &to, const QString &body, const QString &id,
                             const QList<XmppElement> &extra)
{
    XmppElement m{QStringLiteral("message"), clientNs, {}, {}, {}};
    const QString messageId = id.isEmpty() ? nextId() : id;
    m.setAttribute(QStringLiteral("to"), to);
    m.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
    m.setAttribute(QStringLiteral("id"), messageId);
    m.addChild(QStringLiteral("body")).text = body;
    m.addChild(QStringLiteral("request"), QStringLiteral("urn:xmpp:receipts"));
    m.addChild(QStringLiteral("active"), QStringLiteral("http://jabber.org/protocol/chatstates"));
    m.children << extra;
    send(m);
    return messageId;
}

void XmppClient::fail(const QString &error)
{
    qCWarning(lcXmpp) << error;
    dropSession();
    setState(State::Failed, error);
    m_socket->close();
}

void XmppClient::onFrame(const QString &frame)
{
    QString error;
    XmppElement head;
    const XmppElement e = m_parser.parse(frame, &error, &head);
    if (e.isNull()) {
        if (m_smEnabled) // the server counted it as a stanza it sent; so do we, or h would drift
            ++m_inbound;
        if (!head.isNull())
            Q_EMIT stanzaRefused(head, error);
        else
            Q_EMIT protocolError(
                tr("The chat server sent something unusable, which was dropped: %1").arg(error));
        return;
    }
    if (e.xmlns == framingNs) {
        if (e.name == QLatin1String("close"))
            setState(State::Disconnected, tr("The chat server closed the connection."));
        return; // <open/>: the features follow
    }
    if (e.name == QLatin1String("features") && e.xmlns == streamNs) {
        onFeatures(e);
        return;
    }
    if (e.name == QLatin1String("error") && e.xmlns == streamNs) {
        const QString condition = e.children.isEmpty() ? QStringLiteral("error") : e.children.first().name;
        fail(condition == QLatin1String("conflict")
                 ? tr("%1 signed in somewhere else as %2, which ended this connection.")
                       .arg(m_settings.jid, m_settings.resource)
                 : tr("The chat server ended the stream: %1").arg(condition));
        return;
    }
    if (e.xmlns == saslNs) {
        onSasl(e);
        return;
    }
    if (e.xmlns == smNs) {
        onStreamManagement(e);
        return;
    }
    if (m_smEnabled && isStanza(e))
        ++m_inbound;
    if (e.name == QLatin1String("iq") && !m_iqs.isEmpty()) {
        const QString type = e.attribute(QStringLiteral("type"));
        const auto it = m_iqs.constFind(e.attribute(QStringLiteral("id")));
        if (it != m_iqs.cend() && (type == QLatin1String("result") || type == QLatin1String("error"))) {
            const PendingIq p = *it;
            m_iqs.erase(it);
            if (p.context)
                p.done(e);
            return;
        }
    }
    if (m_state == State::Binding && e.name == QLatin1String("iq") &&
        e.attribute(QStringLiteral("id")) == m_bindId) {
        const XmppElement *bind = e.child(QStringLiteral("bind"), bindNs);
        const XmppElement *jid = bind ? bind->child(QStringLiteral("jid")) : nullptr;
        if (e.attribute(QStringLiteral("type")) != QLatin1String("result") || !jid) {
            fail(tr("The chat server refused the resource %1.").arg(m_settings.resource));
            return;
        }
        m_boundJid = jid->text;
        if (m_smOffered) {
            dropSession(); // leftovers of a session that could not be resumed are reported there
            m_smEnabled = true;
            XmppElement enable{QStringLiteral("enable"), smNs, {}, {}, {}};
            enable.setAttribute(QStringLiteral("resume"), QStringLiteral("true"));
            sendNonza(enable);
        }
        setState(State::Online);
        return;
    }
    Q_EMIT stanzaReceived(e);
}

void XmppClient::onFeatures(const XmppElement &features)
{
    if (!m_authenticated) {
        const XmppElement *mechanisms = features.child(QStringLiteral("mechanisms"), saslNs);
        QStringList offered;
        if (mechanisms)
            for (const XmppElement &m : mechanisms->children)
                offered << m.text.trimmed();
        const bool tls = m_settings.url.scheme() == QLatin1String("wss");
        setState(State::Authenticating);
        XmppElement auth{QStringLiteral("auth"), saslNs, {}, {}, {}};
        if (offered.contains(QLatin1String("SCRAM-SHA-1"))) {
            m_scram = std::make_shared<ScramSha1>(userOf(m_settings.jid), m_settings.password);
            auth.setAttribute(QStringLiteral("mechanism"), QStringLiteral("SCRAM-SHA-1"));
            auth.text = QString::fromLatin1(m_scram->clientFirst().toBase64());
        } else if (tls && offered.contains(QLatin1String("PLAIN"))) {
            auth.setAttribute(QStringLiteral("mechanism"), QStringLiteral("PLAIN"));
            const QByteArray plain = QByteArray(1, '\0') + userOf(m_settings.jid).toUtf8() +
                                     QByteArray(1, '\0') + m_settings.password.toUtf8();
            auth.text = QString::fromLatin1(plain.toBase64());
        } else {
            fail(
                tr("The chat server offers no sign-in this client trusts here (%1); PLAIN is used only over TLS.")
                    .arg(offered.join(QStringLiteral(", "))));
            return;
        }
        m_socket->sendTextMessage(auth.toXml());
        return;
    }
    m_smOffered = features.child(QStringLiteral("sm"), smNs) != nullptr;
    if (m_smOffered && !m_smId.isEmpty()) {
        setState(State::Binding);
        XmppElement resume{QStringLiteral("resume"), smNs, {}, {}, {}};
        resume.setAttribute(QStringLiteral("previd"), m_smId);
        resume.setAttribute(QStringLiteral("h"), QString::number(m_inbound));
        m_resuming = true;
        sendNonza(resume);
        return;
    }
    if (!m_smId.isEmpty())
        dropSession(); // the server no longer offers to resume
    if (features.child(QStringLiteral("bind"), bindNs))
        bindResource();
}

void XmppClient::bindResource()
{
    setState(State::Binding);
    m_boundJid.clear();
    m_bindId = nextId();
    XmppElement iq{QStringLiteral("iq"), clientNs, {}, {}, {}};
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    iq.setAttribute(QStringLiteral("id"), m_bindId);
    iq.addChild(QStringLiteral("bind"), bindNs).addChild(QStringLiteral("resource")).text =
        m_settings.resource;
    send(iq);
}

void XmppClient::onSasl(const XmppElement &e)
{
    if (e.name == QLatin1String("challenge") && m_scram) {
        // The key derivation takes tens of milliseconds: on a worker, never on the GUI thread. The
        // answer is dropped if this connection ended meanwhile.
        using Answer = std::pair<QByteArray, QString>;
        std::shared_ptr<ScramSha1> scram = m_scram;
        auto promise = std::make_shared<QPromise<Answer>>();
        promise->future().then(this, [this, scram, connection = m_connection](const Answer &answer) {
            if (connection != m_connection || scram != m_scram)
                return;
            if (answer.first.isEmpty()) {
                fail(answer.second);
                return;
            }
            XmppElement response{
                QStringLiteral("response"), saslNs, {}, QString::fromLatin1(answer.first.toBase64()), {}};
            m_socket->sendTextMessage(response.toXml());
        });
        QThreadPool::globalInstance()->start(
            [promise, scram, challenge = QByteArray::fromBase64(e.text.toLatin1())] {
                promise->start();
                QString error;
                const QByteArray final = scram->clientFinal(challenge, &error);
                promise->addResult(Answer{final, error});
                promise->finish();
            });
    } else if (e.name == QLatin1String("success")) {
        if (m_scram && !m_scram->verifyServerFinal(QByteArray::fromBase64(e.text.toLatin1()))) {
            fail(tr("The chat server could not prove it knows the password; the connection was closed."));
            return;
        }
        m_authenticated = true;
        openStream(); // RFC 7395: the stream restarts after authentication
    } else if (e.name == QLatin1String("failure")) {
        const QString condition = e.children.isEmpty() ? QString() : e.children.first().name;
        fail(condition == QLatin1String("not-authorized")
                 ? tr("The chat server did not accept the user name or password of %1.").arg(m_settings.jid)
                 : tr("The chat server refused the sign-in (%1).").arg(condition));
    }
}

} // namespace AgentDesk
