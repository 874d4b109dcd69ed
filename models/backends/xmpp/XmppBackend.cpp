// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmppBackend.h"
#include "text/MimeName.h"

#include "services/ServiceCall.h"
#include "XmppNamespaces.h"

#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QUrl>

Q_LOGGING_CATEGORY(lcXmppBackend, "agentdesk.backend.xmpp.chat")

namespace AgentDesk {

using namespace XmppNs;

using namespace Domain;

namespace {

// A reply in doubt is looked for in its conversation's archive from the time of its first attempt
// on, less this much: the server stamps the archive by its own clock, which may differ from ours.
constexpr int clockSkewSeconds = 15 * 60;

QString bare(const QString &jid)
{
    return jid.section(QLatin1Char('/'), 0, 0);
}

} // namespace

XmppBackend::XmppBackend(const Settings &settings, QObject *parent)
    : Backend(parent)
    , m_settings(settings)
    , m_client(new XmppClient(this))
    , m_http(new HttpClient({}, this))
    , m_upload(new XmppHttpUpload(m_client, m_http, this))
    , m_archive(new XmppArchive(m_client, this))
    , m_retryMs(settings.firstRetryMs)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (m_running)
            m_client->connectToServer(m_settings.client);
    });
    connect(m_client, &XmppClient::stateChanged, this, &XmppBackend::onState);
    connect(m_client, &XmppClient::stanzaReceived, this, &XmppBackend::onStanza);
    connect(m_client, &XmppClient::acknowledged, this, &XmppBackend::onAcknowledged);
    connect(m_client, &XmppClient::stanzaRefused, this, &XmppBackend::onStanzaRefused);
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

void XmppBackend::start(const QString &cursor)
{
    m_running = true;
    m_cursor = cursor;
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
        if (m_client->resumed()) { // the server kept the session and hands over what it queued
            setConnectionState(ConnectionState::Connected, tr("%1: connection resumed.").arg(displayName()));
            if (!m_caughtUp && !m_catchingUp)
                catchUp(); // a catch-up cut short by the drop goes on where it got to
            break;
        }
        m_archive->clear(); // a new session: queries of the old one are never answered
        m_catchingUp = false;
        sendPresence();
        setConnectionState(ConnectionState::Connected);
        catchUp();
        m_discovering = true;
        m_upload->discover(selfAgentId().section(QLatin1Char('@'), 1), [this] {
            m_discovering = false;
            runDeferred();
        });
        break;
    case XmppClient::State::Failed:
        failWaiting(detail);
        // A refused password does not get better by retrying.
        setConnectionState(ConnectionState::Failed, detail);
        break;
    case XmppClient::State::Disconnected:
        m_caughtUp = false; // until the next catch-up, live messages do not move the cursor
        failWaiting(tr("The connection to the chat server dropped before it confirmed the message."));
        if (!m_running)
            break;
        setConnectionState(ConnectionState::Reconnecting, detail);
        scheduleReconnect();
        break;
    default:
        break;
    }
}

void XmppBackend::catchUp()
{
    m_catchingUp = true;
    XmppArchive::Query query;
    query.after = m_cursor;
    if (query.after.isEmpty()) // a first start: the last week
        query.start = QDateTime::currentDateTimeUtc().addDays(-7);
    m_archive->run(
        query,
        [this](const QString &archiveId, const XmppElement &message, const QDateTime &at) {
            if (bare(message.attribute(QStringLiteral("from"))) == selfAgentId())
                m_archivedOwn.insert(message.attribute(QStringLiteral("id")));
            const QList<BackendEvent> events = eventsFor(message, archiveId, at);
            if (!events.isEmpty())
                Q_EMIT eventsReady(EventBatch{id(), events, {}});
        },
        [this](const QString &lastId) {
            // The page's messages went before, in order: the store takes the cursor after them.
            m_cursor = lastId;
            Q_EMIT eventsReady(EventBatch{id(), {}, m_cursor});
        },
        [this](XmppArchive::Outcome outcome) {
            m_catchingUp = false;
            switch (outcome) {
            case XmppArchive::Outcome::Complete:
                m_caughtUp = true;
                break;
            case XmppArchive::Outcome::UnknownCursor:
                // The archive no longer has the cursor (expired): the last week, rather than stall.
                qCWarning(lcXmppBackend)
                    << id() << "archive cursor" << m_cursor << "unknown; reading the last week";
                m_cursor.clear();
                catchUp();
                return;
            case XmppArchive::Outcome::Refused:
                // No archive to catch up from (a server without MAM): replies need not wait for it.
                qCWarning(lcXmppBackend) << id() << "the server refused the archive query";
                break;
            case XmppArchive::Outcome::Interrupted:
                return; // the next session starts it again from the cursor
            }
            runDeferred();
        });
}

void XmppBackend::runDeferred()
{
    if (busy())
        return;
    const auto deferred = std::exchange(m_deferred, {});
    for (const auto &run : deferred)
        run(true);
}

void XmppBackend::failWaiting(const QString &reason)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const Waiting &w : waiting)
        if (w.context)
            deliverResult(w.context.data(), w.done, SendResult::unreachable(reason));
    const auto deferred = std::exchange(m_deferred, {});
    for (const auto &run : deferred)
        run(false);
}

void XmppBackend::onAcknowledged(const QStringList &ids)
{
    for (const QString &id : ids) {
        // Remembered even with nobody waiting: a reply whose wait ended with a cut and that the
        // resumed session then delivered must not be sent again by the outbox's retry.
        m_confirmed.insert(id);
        const auto it = m_waiting.constFind(id);
        if (it == m_waiting.cend())
            continue;
        const Waiting w = *it;
        m_waiting.erase(it);
        if (w.context)
            deliverResult(w.context.data(), w.done, SendResult::sent(id));
    }
}

QList<BackendEvent> XmppBackend::conversationEvents(const QString &customerJid, const QDateTime &at) const
{
    Customer customer;
    customer.remoteId = customerJid;
    customer.name = customerJid.section(QLatin1Char('@'), 0, 0);
    customer.handles = {{Channel::WebChat, customerJid}};
    Conversation c;
    c.remoteId = customerJid;
    c.customerRemoteId = customerJid;
    c.channel = Channel::WebChat;
    c.subject = tr("Chat with %1").arg(customerJid);
    c.createdAt = at;
    c.updatedAt = at;
    return {customer, c};
}

void XmppBackend::onStanzaRefused(const XmppElement &head, const QString &error)
{
    qCWarning(lcXmppBackend) << "refused a" << head.name << "from" << head.attribute(QStringLiteral("from"))
                             << ":" << error;
    const QString fullFrom = head.attribute(QStringLiteral("from"));
    const QString from = bare(fullFrom);
    const QString type = head.attribute(QStringLiteral("type"));
    const QString stanzaId = head.attribute(QStringLiteral("id"));
    if (from.isEmpty() || from == selfAgentId() || type == QLatin1String("error"))
        return; // never answer an error with an error
    // The sender learns that it did not arrive, and why (RFC 6120 stanza error).
    XmppElement reply{head.name, {}, {}, {}, {}};
    reply.setAttribute(QStringLiteral("to"), fullFrom);
    reply.setAttribute(QStringLiteral("type"), QStringLiteral("error"));
    if (!stanzaId.isEmpty())
        reply.setAttribute(QStringLiteral("id"), stanzaId);
    XmppElement &e = reply.addChild(QStringLiteral("error"));
    e.setAttribute(QStringLiteral("type"), QStringLiteral("modify"));
    e.addChild(head.name == QLatin1String("iq") ? QStringLiteral("bad-request")
                                                : QStringLiteral("not-acceptable"),
               stanzasNs);
    e.addChild(QStringLiteral("text"), stanzasNs).text = error;
    if (head.name == QLatin1String("message") ||
        (head.name == QLatin1String("iq") && (type == QLatin1String("get") || type == QLatin1String("set"))))
        m_client->send(reply);
    if (head.name != QLatin1String("message"))
        return;
    // And the agent sees in the conversation that something was refused.
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QList<BackendEvent> events = conversationEvents(from, at);
    Message m;
    m.remoteId = QStringLiteral("refused:%1/%2")
                     .arg(fullFrom, stanzaId.isEmpty() ? at.toString(Qt::ISODateWithMs) : stanzaId);
    m.conversationRemoteId = from;
    m.direction = Direction::System;
    m.text = tr("A message from %1 was refused and not shown: %2").arg(from, error);
    m.sentAt = at;
    events.append(m);
    Q_EMIT eventsReady(EventBatch{id(), events, {}});
}

QList<BackendEvent> XmppBackend::eventsFor(const XmppElement &s, const QString &archiveId,
                                           const QDateTime &at)
{
    const XmppElement *body = s.child(QStringLiteral("body"));
    const QString from = bare(s.attribute(QStringLiteral("from")));
    const bool outbound = from == selfAgentId();
    const QString customerJid = outbound ? bare(s.attribute(QStringLiteral("to"))) : from;
    if (!body || customerJid.isEmpty() || customerJid == selfAgentId())
        return {};
    QList<BackendEvent> events = conversationEvents(customerJid, at);
    Message m;
    m.remoteId =
        archiveId.isEmpty() ? from + QLatin1Char('/') + s.attribute(QStringLiteral("id")) : archiveId;
    m.conversationRemoteId = customerJid;
    m.direction = outbound ? Direction::Outbound : Direction::Inbound;
    m.authorName = outbound ? QString() : customerJid.section(QLatin1Char('@'), 0, 0);
    m.text = body->text;
    // Files (XEP-0363 uploads, announced as out-of-band URLs): attachments; their addresses in
    // the body are not text to show.
    for (const XmppElement &x : s.children) {
        const XmppElement *url =
            x.name == QLatin1String("x") && x.xmlns == oobNs ? x.child(QStringLiteral("url")) : nullptr;
        if (!url || url->text.trimmed().isEmpty())
            continue;
        const QString address = url->text.trimmed();
        Attachment a;
        a.remoteRef = address;
        a.fileName = QUrl(address).fileName(QUrl::FullyDecoded);
        if (a.fileName.isEmpty())
            a.fileName = tr("file");
        a.mimeType = mimeTypeOfName(QMimeDatabase(), a.fileName).name();
        m.attachments << a;
        QStringList lines = m.text.split(QLatin1Char('\n'));
        lines.removeAll(address);
        m.text = lines.join(QLatin1Char('\n')).trimmed();
    }
    m.sentAt = at;
    if (outbound) { // our own reply: its stanza id is the outbox key, which merges it with the stored row
        m.clientKey = s.attribute(QStringLiteral("id"));
        m.delivery = DeliveryState::Sent; // the receipt, if any, says delivered
    }
    events.append(m);
    return events;
}

void XmppBackend::onStanza(const XmppElement &s)
{
    if (m_archive->handle(s, selfAgentId()))
        return;
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
    if (!s.child(QStringLiteral("body"))) {
        // Chat states (XEP-0085): "composing" until paused, active, inactive or gone.
        for (const XmppElement &c : s.children)
            if (c.xmlns == chatStatesNs)
                Q_EMIT eventsReady(EventBatch{id(),
                                              {TypingChange{from, c.name == QLatin1String("composing"),
                                                            QDateTime::currentDateTimeUtc()}},
                                              {}});
        return;
    }
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (const XmppElement *delay = s.child(QStringLiteral("delay"), delayNs))
        at = QDateTime::fromString(delay->attribute(QStringLiteral("stamp")), Qt::ISODateWithMs);
    QString archiveId; // the server's archive id is unique; the sender's id may not be
    for (const XmppElement &c : s.children)
        if (c.name == QLatin1String("stanza-id") && c.xmlns == stanzaIdNs &&
            c.attribute(QStringLiteral("by")) == selfAgentId())
            archiveId = c.attribute(QStringLiteral("id"));
    // Live messages move the cursor only while the archive is caught up: before that, what came
    // before them may not be stored yet, and a cursor past it would skip it for good.
    const bool moveCursor = m_caughtUp && !archiveId.isEmpty();
    if (moveCursor)
        m_cursor = archiveId;
    Q_EMIT eventsReady(EventBatch{id(), eventsFor(s, archiveId, at), moveCursor ? archiveId : QString()});

    if (s.child(QStringLiteral("request"), receiptsNs) && !s.attribute(QStringLiteral("id")).isEmpty()) {
        XmppElement receipt{QStringLiteral("message"), {}, {}, {}, {}};
        receipt.setAttribute(QStringLiteral("to"), s.attribute(QStringLiteral("from")));
        receipt.setAttribute(QStringLiteral("id"), m_client->nextId());
        receipt.addChild(QStringLiteral("received"), receiptsNs)
            .setAttribute(QStringLiteral("id"), s.attribute(QStringLiteral("id")));
        m_client->send(receipt);
    }
}

void XmppBackend::prepareSend(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done)
{
    Q_UNUSED(item)
    // When the first attempt began: a retry looks for the reply in the archive from then on.
    SendResult r = SendResult::sent();
    r.mark = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    deliverResult(context, std::move(done), r);
}

void XmppBackend::perform(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done)
{
    if (m_client->state() != XmppClient::State::Online) {
        deliverResult(context, std::move(done),
                      SendResult::unreachable(tr("The chat server is not connected.")));
        return;
    }
    switch (item.kind) {
    case OutboxKind::Reply:
        if (busy()) { // after the catch-up we know whether the server has it
            m_deferred.append([this, item, context = QPointer<QObject>(context), done](bool go) {
                if (!context)
                    return;
                if (go)
                    sendReply(item, context, done);
                else
                    deliverResult(context.data(), done,
                                  SendResult::unreachable(tr("The chat server is not connected.")));
            });
            return;
        }
        sendReply(item, context, std::move(done));
        return;
    case OutboxKind::Note:
    case OutboxKind::SetStatus:
    case OutboxKind::Assign:
    case OutboxKind::SetPriority:
    case OutboxKind::SetTeam:
    case OutboxKind::SetLabels:
        // XMPP has no notes, teams, labels or ticket fields: they live in AgentDesk only.
        deliverResult(context, std::move(done), SendResult::sent());
        return;
    default:
        deliverResult(context, std::move(done),
                      SendResult::failed(tr("A chat server keeps no service requests."), false));
        return;
    }
}

void XmppBackend::sendReply(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done)
{
    // The idempotency key is the stanza id: the receipt names it, and a resend is recognisable.
    const QString key = item.idempotencyKey;
    if (m_confirmed.contains(key) || m_archivedOwn.contains(key)) { // a retry of what arrived
        deliverResult(context, std::move(done), SendResult::sent(key));
        return;
    }
    if (m_client->isUnacknowledged(key)) { // on its way again after the resume
        m_waiting.insert(key, Waiting{context, std::move(done)});
        return;
    }
    if (item.attempts > 0 && !m_lookedUp.contains(key)) {
        lookUpInArchive(item, context, std::move(done));
        return;
    }
    const QVariantList files = item.payload.value(QStringLiteral("attachments")).toList();
    if (!files.isEmpty() && !m_uploaded.contains(key)) {
        uploadFiles(item, 0, {}, context, std::move(done));
        return;
    }
    sendMessage(item, m_uploaded.value(key), context, std::move(done));
}

// An earlier attempt may have reached the server with its confirmation lost (a cut, a kill): the
// conversation's archive from that attempt on says whether the server has the reply. The stored
// catch-up cursor cannot tell: a customer's message archived after the reply moves it past.
void XmppBackend::lookUpInArchive(const OutboxItem &item, QObject *context,
                                  std::function<void(SendResult)> done)
{
    QDateTime since = QDateTime::fromString(item.sendMark, Qt::ISODateWithMs);
    if (!since.isValid())
        since = item.createdAt; // queued by a version that kept no mark
    XmppArchive::Query query;
    query.with = item.conversationRemoteId;
    query.start = since.addSecs(-clockSkewSeconds);
    const QString key = item.idempotencyKey;
    auto found = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    m_archive->run(
        query,
        [this, key, found](const QString &, const XmppElement &message, const QDateTime &) {
            if (bare(message.attribute(QStringLiteral("from"))) == selfAgentId() &&
                message.attribute(QStringLiteral("id")) == key)
                *found = true;
        },
        {},
        [this, item, key, found, guard, done](XmppArchive::Outcome outcome) {
            if (!guard)
                return;
            if (*found) {
                m_archivedOwn.insert(key);
                done(SendResult::sent(key));
                return;
            }
            if (outcome == XmppArchive::Outcome::Interrupted) {
                done(SendResult::unreachable(tr("The connection to the chat server dropped.")));
                return;
            }
            // Not in the archive (or no archive to ask): the server does not have it; send it.
            m_lookedUp.insert(key);
            sendReply(item, guard.data(), done);
        });
}

void XmppBackend::uploadFiles(const OutboxItem &item, int index, QStringList urls, QPointer<QObject> context,
                              std::function<void(SendResult)> done)
{
    const QVariantList files = item.payload.value(QStringLiteral("attachments")).toList();
    if (index == files.size()) {
        m_uploaded.insert(item.idempotencyKey, urls); // a retry does not upload them again
        if (context)
            sendMessage(item, urls, context, std::move(done));
        return;
    }
    const QVariantMap f = files.at(index).toMap();
    // Progress over all of the reply's files: what the earlier ones took, plus this one's.
    qint64 before = 0;
    qint64 total = 0;
    for (int i = 0; i < files.size(); ++i) {
        const qint64 size = files.at(i).toMap().value(QStringLiteral("size")).toLongLong();
        total += size;
        if (i < index)
            before += size;
    }
    m_upload->upload(
        f.value(QStringLiteral("path")).toString(), f.value(QStringLiteral("fileName")).toString(),
        f.value(QStringLiteral("mimeType")).toString(), f.value(QStringLiteral("size")).toLongLong(), this,
        [this, item, index, urls, context, done](const XmppHttpUpload::Result &r) mutable {
            if (!context)
                return;
            if (r.getUrl.isEmpty()) {
                done(SendResult::failed(r.error, !r.permanent));
                return;
            }
            urls << r.getUrl;
            m_uploadHosts.insert(QUrl(r.getUrl).host().toLower());
            uploadFiles(item, index + 1, urls, context, std::move(done));
        },
        [this, key = item.idempotencyKey, before, total](qint64 sent, qint64) {
            Q_EMIT uploadProgress(key, before + sent, total);
        });
}

void XmppBackend::sendMessage(const OutboxItem &item, const QStringList &urls, QObject *context,
                              std::function<void(SendResult)> done)
{
    const QString key = item.idempotencyKey;
    if (m_client->state() != XmppClient::State::Online) { // it dropped while uploading
        deliverResult(context, std::move(done),
                      SendResult::unreachable(tr("The chat server is not connected.")));
        return;
    }
    // Files go as their addresses in the body and as out-of-band URLs (XEP-0066), which chat apps
    // show inline when the body is just the address.
    QStringList lines;
    if (const QString text = item.payload.value(QStringLiteral("text")).toString(); !text.trimmed().isEmpty())
        lines << text;
    lines << urls;
    QList<XmppElement> oob;
    for (const QString &url : urls) {
        XmppElement x{QStringLiteral("x"), oobNs, {}, {}, {}};
        x.addChild(QStringLiteral("url")).text = url;
        oob << x;
    }
    m_client->sendChat(item.conversationRemoteId, lines.join(QLatin1Char('\n')), key, oob);
    m_lookedUp.remove(key);
    if (!m_client->streamManagement()) { // nothing will confirm it: sent is as far as we can know
        deliverResult(context, std::move(done), SendResult::sent(key));
        return;
    }
    m_waiting.insert(key, Waiting{context, std::move(done)});
}

quint64 XmppBackend::fetchAttachment(const Attachment &attachment, const QString &path, QObject *context,
                                     TransferProgress progress, std::function<void(QString error)> done)
{
    const QUrl url(attachment.remoteRef);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        deliverResult(context, std::move(done),
                      tr("%1 has no web address to download it from.").arg(attachment.fileName));
        return 0;
    }
    HttpRequest r = HttpRequest::get(url);
    r.downloadPath = path;
    r.resumable = true; // XEP-0363 files are plain HTTP: ranges work
    return m_http->send(
        r, context,
        [done, name = attachment.fileName](const HttpResponse &response) {
            if (response.ok())
                done({});
            else
                done(tr("Downloading %1 failed: %2")
                         .arg(name, response.errorString.isEmpty()
                                        ? QStringLiteral("HTTP %1").arg(response.status)
                                        : response.errorString));
        },
        std::move(progress));
}

QString XmppBackend::foreignHost(const Attachment &attachment) const
{
    const QString host = QUrl(attachment.remoteRef).host().toLower();
    if (host.isEmpty())
        return {}; // nothing to fetch from anywhere: fetchAttachment says so
    const QString domain = selfAgentId().section(QLatin1Char('@'), 1).toLower();
    const auto within = [&host](const QString &own) {
        return !own.isEmpty() && (host == own || host.endsWith(QLatin1Char('.') + own));
    };
    if (within(domain) || within(m_settings.client.url.host().toLower()) ||
        within(m_upload->service().toLower()) || m_uploadHosts.contains(host))
        return {};
    return host;
}

qint64 XmppBackend::maxAttachmentSize() const
{
    if (!m_upload->discovered() || m_upload->service().isEmpty())
        return 0; // no upload service: files cannot be sent
    return m_upload->maxFileSize() > 0 ? m_upload->maxFileSize() : unlimited;
}

void XmppBackend::cancelFetch(quint64 id)
{
    m_http->cancel(id);
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
