// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RtBackend.h"

#include "RtFields.h"

#include "services/ServiceCall.h"
#include "text/HtmlText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRt, "agentdesk.backend.rt")

namespace AgentDesk {

using namespace Domain;

namespace {

const QString nobody = QStringLiteral("Nobody");

// TicketSQL quotes strings with single quotes.
QString sqlString(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// RT reads absolute dates in TicketSQL in the user's time zone, which the API does not reveal;
// a date relative to now is the same instant in every zone. Written "now - N seconds": its parser
// takes the N of "N seconds ago" for a year when N has four digits.
QString secondsAgo(const QDateTime &since, int margin)
{
    const qint64 seconds = qMax<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc())) + margin;
    return QStringLiteral("'now - %1 seconds'").arg(seconds);
}

QString ownerOf(const QString &owner)
{
    return owner == nobody ? QString() : owner;
}

QString systemLine(const RtTransaction &t)
{
    auto tr = [](const char *text) { return RtBackend::tr(text); };
    // RT's own scripts act as RT_System (a reply reopens a ticket): that is no one to name.
    const bool bySystem = t.creator.isEmpty() || t.creator == QLatin1String("RT_System");
    const auto line = [&](const char *byPerson, const char *bySelf, const QStringList &args) {
        QString text = tr(bySystem ? bySelf : byPerson);
        for (const QString &a : args)
            text = text.arg(a);
        return bySystem ? text : text.arg(t.creator);
    };
    if (t.type == QLatin1String("Status"))
        return line(QT_TRANSLATE_NOOP("AgentDesk::RtBackend", "Status changed from %1 to %2 by %3"),
                    QT_TRANSLATE_NOOP("AgentDesk::RtBackend", "Status changed from %1 to %2"),
                    {t.oldValue, t.newValue});
    if (t.field == QLatin1String("Owner") || t.type == QLatin1String("Take") ||
        t.type == QLatin1String("Give") || t.type == QLatin1String("Steal") ||
        t.type == QLatin1String("Untake"))
        return line(QT_TRANSLATE_NOOP("AgentDesk::RtBackend", "Owner changed from %1 to %2 by %3"),
                    QT_TRANSLATE_NOOP("AgentDesk::RtBackend", "Owner changed from %1 to %2"),
                    {t.oldValue, t.newValue});
    if (t.type == QLatin1String("Set") && !t.field.isEmpty())
        return line(QT_TRANSLATE_NOOP("AgentDesk::RtBackend", "%1 changed from %2 to %3 by %4"),
                    QT_TRANSLATE_NOOP("AgentDesk::RtBackend", "%1 changed from %2 to %3"),
                    {t.field, t.oldValue, t.newValue});
    if (t.type == QLatin1String("CustomField"))
        return line(QT_TRANSLATE_NOOP("AgentDesk::RtBackend", "A custom field changed from %1 to %2 by %3"),
                    QT_TRANSLATE_NOOP("AgentDesk::RtBackend", "A custom field changed from %1 to %2"),
                    {t.oldValue, t.newValue});
    return {};
}

} // namespace

struct RtBackend::TicketData
{
    ServiceRequest ticket;
    QList<RtTransaction> history;
    QList<RtAttachment> bodies;
    QList<RtAttachment> files;
    RtUser requestor;
    QDateTime fetchedAt; // the server's clock when it sent the ticket
};

RtBackend::Settings RtBackend::settingsFrom(const QString &id, const QVariantMap &map)
{
    Settings s;
    s.id = id;
    s.displayName = map.value(QStringLiteral("name")).toString();
    s.server.baseUrl = QUrl(map.value(QStringLiteral("url")).toString());
    s.server.user = map.value(QStringLiteral("user")).toString();
    s.server.secret = map.value(QStringLiteral("secret")).toString();
    const QString auth = map.value(QStringLiteral("auth")).toString();
    s.server.auth = auth == QLatin1String("basic")   ? RtClient::Auth::Basic
                    : auth == QLatin1String("token") ? RtClient::Auth::Token
                                                     : RtClient::Auth::SessionCookie;
    s.server.caFile = map.value(QStringLiteral("caFile")).toString();
    s.queue = map.value(QStringLiteral("queue")).toString();
    s.pollIntervalMs = map.value(QStringLiteral("pollIntervalMs"), s.pollIntervalMs).toInt();
    s.firstSyncDays = map.value(QStringLiteral("firstSyncDays"), s.firstSyncDays).toInt();
    return s;
}

RtBackend::RtBackend(const Settings &settings, QObject *parent)
    : Backend(parent)
    , m_settings(settings)
    , m_client(new RtClient(settings.server, this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RtBackend::poll);
}

QString RtBackend::displayName() const
{
    return m_settings.displayName.isEmpty() ? tr("Request Tracker (%1)").arg(m_settings.server.baseUrl.host())
                                            : m_settings.displayName;
}

Capabilities RtBackend::capabilities() const
{
    return Capability::Messaging | Capability::Tickets | Capability::Knowledge;
}

void RtBackend::start(const QString &cursor)
{
    ++m_generation;
    m_running = true;
    m_polling = false;
    m_seen.clear();
    m_since = QDateTime::fromString(cursor, Qt::ISODate);
    if (!m_since.isValid())
        m_since = QDateTime::currentDateTimeUtc().addDays(-m_settings.firstSyncDays);
    m_since.setTimeSpec(Qt::UTC);
    setConnectionState(ConnectionState::Connecting);
    poll();
    // Queues are the teams a ticket can be moved to; a failure here only leaves them unnamed.
    const int generation = m_generation;
    m_client->queues(this, [this, generation](const QList<Team> &queues, const QString &error) {
        if (generation != m_generation || !error.isEmpty() || queues.isEmpty())
            return;
        QList<BackendEvent> events;
        for (const Team &q : queues)
            events.append(q);
        Q_EMIT eventsReady(EventBatch{id(), events, cursorText()});
    });
}

void RtBackend::stop()
{
    ++m_generation;
    m_running = false;
    m_polling = false;
    m_timer.stop();
    setConnectionState(ConnectionState::Disconnected);
}

void RtBackend::pollSoon()
{
    if (!m_running)
        return;
    if (m_polling)
        m_pollAgain = true;
    else
        m_timer.start(0);
}

QString RtBackend::cursorText() const
{
    return m_since.toString(Qt::ISODate);
}

void RtBackend::poll()
{
    if (!m_running || m_polling)
        return;
    m_polling = true;
    m_pollAgain = false;
    QString sql = QStringLiteral("LastUpdated >= %1").arg(secondsAgo(m_since, m_settings.clockSkewSeconds));
    if (!m_settings.queue.isEmpty())
        sql += QStringLiteral(" AND Queue = %1").arg(sqlString(m_settings.queue));
    const int generation = m_generation;
    m_client->searchTickets(
        sql, this,
        [this, generation](const QList<ServiceRequest> &tickets, const QString &error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                finishPoll(error, m_client->lastFailureTransient());
                return;
            }
            if (connectionState() != ConnectionState::Connected)
                setConnectionState(ConnectionState::Connected);
            QList<ServiceRequest> changed;
            for (const ServiceRequest &t : tickets)
                if (m_seen.value(t.remoteId) != t.updatedAt)
                    changed.append(t);
            syncNext(changed, generation);
        },
        QStringLiteral("LastUpdated"));
}

void RtBackend::finishPoll(const QString &error, bool transient)
{
    m_polling = false;
    if (!error.isEmpty()) {
        qCInfo(lcRt) << id() << "poll failed:" << error;
        setConnectionState(transient ? ConnectionState::Reconnecting : ConnectionState::Failed, error);
    }
    Q_EMIT pollFinished(error);
    if (!m_running)
        return;
    m_timer.start(m_pollAgain ? 0 : m_settings.pollIntervalMs);
}

// One ticket at a time, oldest change first, each reported with the cursor that follows it.
void RtBackend::syncNext(QList<ServiceRequest> tickets, int generation)
{
    if (tickets.isEmpty()) {
        finishPoll({}, false);
        return;
    }
    const ServiceRequest listed = tickets.takeFirst();
    syncTicket(listed, generation, [this, listed, tickets, generation](const QString &error) {
        if (generation != m_generation)
            return;
        if (!error.isEmpty()) {
            finishPoll(error, m_client->lastFailureTransient());
            return;
        }
        syncNext(tickets, generation);
    });
}

void RtBackend::syncTicket(const ServiceRequest &listed, int generation, std::function<void(QString)> done)
{
    auto data = std::make_shared<TicketData>();
    auto remaining = std::make_shared<int>(4);
    auto firstError = std::make_shared<QString>();
    const QString ticketId = listed.remoteId;
    auto part = [this, data, remaining, firstError, generation, done](const QString &error) {
        if (generation != m_generation)
            return;
        if (!error.isEmpty() && firstError->isEmpty())
            *firstError = error;
        if (--*remaining > 0)
            return;
        if (!firstError->isEmpty()) {
            done(*firstError);
            return;
        }
        auto report = [this, data, done] {
            // The cursor only moves forward, and only once the ticket is reported.
            if (data->ticket.updatedAt > m_since)
                m_since = data->ticket.updatedAt;
            // RT's clock has whole seconds: a ticket read in the second it changed may change again
            // within that second without a new LastUpdated, so it is read again next time.
            if (data->fetchedAt.isValid() &&
                data->fetchedAt.toSecsSinceEpoch() > data->ticket.updatedAt.toSecsSinceEpoch())
                m_seen.insert(data->ticket.remoteId, data->ticket.updatedAt);
            Q_EMIT eventsReady(EventBatch{id(), eventsFor(*data), cursorText()});
            done({});
        };
        const QString requestor = data->ticket.requestorRemoteId;
        if (requestor.isEmpty() || m_users.contains(requestor)) {
            data->requestor = m_users.value(requestor);
            report();
            return;
        }
        m_client->fetchUser(
            requestor, this,
            [this, data, requestor, report, generation](const RtUser &user, const QString &error) {
                if (generation != m_generation)
                    return;
                // A requestor we may not look up is still a customer, named by address.
                data->requestor = error.isEmpty() ? user : RtUser{requestor, {}, {}};
                m_users.insert(requestor, data->requestor);
                report();
            });
    };
    m_client->fetchTicket(ticketId, this, [this, data, part](const ServiceRequest &t, const QString &error) {
        data->ticket = t;
        data->fetchedAt = m_client->lastServerTime();
        part(error);
    });
    m_client->history(ticketId, this, [data, part](const QList<RtTransaction> &h, const QString &error) {
        data->history = h;
        part(error);
    });
    m_client->attachments(ticketId, true, this,
                          [data, part](const QList<RtAttachment> &a, const QString &error) {
                              data->bodies = a;
                              part(error);
                          });
    m_client->attachments(ticketId, false, this,
                          [data, part](const QList<RtAttachment> &a, const QString &error) {
                              data->files = a;
                              part(error);
                          });
}

QList<BackendEvent> RtBackend::eventsFor(const TicketData &d) const
{
    const ServiceRequest &t = d.ticket;
    QList<BackendEvent> events;
    if (!t.requestorRemoteId.isEmpty()) {
        Customer c;
        c.remoteId = t.requestorRemoteId;
        c.name = d.requestor.realName.isEmpty() ? t.requestorRemoteId : d.requestor.realName;
        const QString email = d.requestor.email.isEmpty() && t.requestorRemoteId.contains(QLatin1Char('@'))
                                  ? t.requestorRemoteId
                                  : d.requestor.email;
        if (!email.isEmpty())
            c.handles.append({Channel::Email, email});
        events.append(c);
    }
    if (!ownerOf(t.ownerRemoteId).isEmpty())
        events.append(Agent{.remoteId = t.ownerRemoteId, .name = t.ownerRemoteId});

    Conversation c;
    c.remoteId = t.remoteId;
    c.customerRemoteId = t.requestorRemoteId;
    c.channel = Channel::Email; // RT is a mail-driven ticket system
    c.status = RtFields::statusFromRt(t.status);
    c.priority = RtFields::priorityFromRt(t.priority);
    c.assigneeRemoteId = ownerOf(t.ownerRemoteId);
    c.teamRemoteId = t.queue;
    c.subject = tr("#%1 %2").arg(t.remoteId, t.subject);
    c.slaDueAt = t.dueAt;
    c.createdAt = t.createdAt;
    c.updatedAt = t.updatedAt;
    events.append(c);

    ServiceRequest sr = t;
    sr.clientKey = m_sentKeys.value(QStringLiteral("ticket:") + t.remoteId);
    events.append(sr);

    // The text of each transaction: its plain part, or its HTML part made text.
    QHash<QString, QString> plain, html;
    for (const RtAttachment &b : d.bodies) {
        QHash<QString, QString> &into = b.contentType.startsWith(QLatin1String("text/html")) ? html : plain;
        if (!into.contains(b.transactionId))
            into.insert(b.transactionId, b.text);
    }
    QHash<QString, QList<Attachment>> files;
    for (const RtAttachment &f : d.files)
        files[f.transactionId].append(Attachment{f.id, f.fileName, f.contentType, f.size, {}});

    for (const RtTransaction &tx : d.history) {
        Message m;
        m.remoteId = tx.id;
        m.conversationRemoteId = t.remoteId;
        m.sentAt = tx.created;
        m.authorName = tx.creator;
        m.delivery = DeliveryState::Delivered;
        const bool isMessage = tx.type == QLatin1String("Create") || tx.type == QLatin1String("Correspond") ||
                               tx.type == QLatin1String("Comment");
        if (isMessage) {
            m.text = plain.contains(tx.id) ? plain.value(tx.id) : HtmlText::toPlainText(html.value(tx.id));
            m.text = m.text.trimmed();
            m.attachments = files.value(tx.id);
            m.internalNote = tx.type == QLatin1String("Comment");
            const bool fromRequestor = tx.creator.compare(t.requestorRemoteId, Qt::CaseInsensitive) == 0;
            m.direction = fromRequestor && !m.internalNote ? Direction::Inbound : Direction::Outbound;
            m.clientKey = m_sentKeys.value(tx.id);
        } else {
            m.text = systemLine(tx);
            m.direction = Direction::System;
        }
        if (m.text.isEmpty() && m.attachments.isEmpty())
            continue;
        events.append(m);
    }
    return events;
}

SendResult RtBackend::failure(const QString &error)
{
    if (!m_client->lastFailureUnreachable())
        return SendResult::failed(error, m_client->lastFailureTransient());
    // Not the item's fault: the server is away. Say so, and look again at once; the next poll that
    // answers reconnects, and what waited goes then.
    if (m_running && connectionState() == ConnectionState::Connected) {
        setConnectionState(ConnectionState::Reconnecting, error);
        pollSoon();
    }
    return SendResult::unreachable(error);
}

quint64 RtBackend::fetchAttachment(const Attachment &attachment, const QString &path, QObject *context,
                                   TransferProgress progress, std::function<void(QString error)> done)
{
    const quint64 id = m_nextFetch++;
    m_fetches.insert(id, std::move(done));
    if (progress)
        progress(0, attachment.size);
    QPointer<QObject> guard(context);
    m_client->downloadAttachment(attachment.remoteRef, path, this,
                                 [this, id, guard, progress, size = attachment.size](const QString &error) {
                                     const auto finish = m_fetches.take(id);
                                     if (!finish || !guard)
                                         return; // cancelled meanwhile
                                     if (error.isEmpty() && progress)
                                         progress(size, size);
                                     finish(error);
                                 });
    return id;
}

void RtBackend::cancelFetch(quint64 id)
{
    if (const auto finish = m_fetches.take(id))
        finish(tr("Cancelled."));
}

void RtBackend::perform(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done)
{
    const QPointer<QObject> guard(context);
    auto reply = [this, guard, done](const SendResult &result) {
        if (result.ok)
            pollSoon(); // bring the new ETag and the transaction into the store
        if (guard)
            deliverResult<SendResult>(guard, done, result);
    };
    switch (item.kind) {
    case OutboxKind::Reply:
    case OutboxKind::Note:
        sendMessage(item, reply);
        return;
    case OutboxKind::SetStatus:
    case OutboxKind::Assign:
    case OutboxKind::SetPriority:
    case OutboxKind::SetTeam: // the team is the ticket's queue
    case OutboxKind::SetField:
        sendEdit(item, reply);
        return;
    case OutboxKind::SetLabels: // RT has no labels: they live in AgentDesk only
        reply(SendResult::sent());
        return;
    case OutboxKind::CreateServiceRequest:
        createFromConversation(item, reply);
        return;
    }
    reply(SendResult::failed(tr("Request Tracker cannot do this."), false));
}

void RtBackend::prepareSend(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done)
{
    const QPointer<QObject> guard(context);
    auto noted = [this, guard, done](const QString &newest, const QString &error) {
        if (!guard)
            return;
        SendResult r = error.isEmpty() ? SendResult::sent() : failure(error);
        r.mark = newest;
        done(r);
    };
    // RT takes no idempotency key: what is there before the first attempt is the mark a retry
    // looks past (RT's ids only grow, and one conversation's items go one at a time).
    switch (item.kind) {
    case OutboxKind::Reply:
    case OutboxKind::Note:
        m_client->newestTransaction(item.conversationRemoteId, this, noted);
        return;
    case OutboxKind::CreateServiceRequest:
        m_client->newestTicket(this, noted);
        return;
    default: // edits compare the field's value, which is idempotent by itself
        deliverResult(context, std::move(done), SendResult::sent());
        return;
    }
}

// An interrupted attempt may have reached RT: a body of ours with this text in a transaction after
// the mark (the ticket's newest transaction before the first attempt) is it. Without a mark (an item
// queued by a version that kept none), the newest such body no other outbox item claimed this run.
void RtBackend::findSentMessage(const QString &ticketId, const QString &text, const QString &mark,
                                std::function<void(QString, QString)> done)
{
    m_client->attachments(ticketId, true, this,
                          [this, text, mark, done](const QList<RtAttachment> &bodies, const QString &error) {
                              if (!error.isEmpty()) {
                                  done({}, error);
                                  return;
                              }
                              bool numeric = false;
                              const qint64 after = mark.toLongLong(&numeric);
                              for (auto it = bodies.crbegin(); it != bodies.crend(); ++it) {
                                  if (it->creator != m_client->user() || it->text.trimmed() != text.trimmed())
                                      continue;
                                  if (numeric ? it->transactionId.toLongLong() > after
                                              : !m_sentKeys.contains(it->transactionId)) {
                                      done(it->transactionId, {});
                                      return;
                                  }
                              }
                              done({}, {});
                          });
}

void RtBackend::sendMessage(const OutboxItem &item, std::function<void(SendResult)> done)
{
    const QString ticket = item.conversationRemoteId;
    const QString text = item.payload.value(QStringLiteral("text")).toString();
    const bool comment = item.kind == OutboxKind::Note;
    // The reply's files, from the outbox's own copies.
    QList<MultipartPart> files;
    for (const QVariant &v : item.payload.value(QStringLiteral("attachments")).toList()) {
        const QVariantMap f = v.toMap();
        files.append({"Attachments",
                      f.value(QStringLiteral("mimeType")).toString().toLatin1(),
                      f.value(QStringLiteral("fileName")).toString(),
                      {},
                      f.value(QStringLiteral("path")).toString()});
    }
    auto post = [this, item, ticket, text, comment, files, done] {
        m_client->addMessage(ticket, text, comment, files, this,
                             [this, item, ticket, text, done](const QString &txn, const QString &error) {
                                 if (!error.isEmpty()) {
                                     done(failure(error));
                                     return;
                                 }
                                 if (!txn.isEmpty())
                                     m_sentKeys.insert(txn, item.idempotencyKey);
                                 done(SendResult::sent(txn)); // without an id, the poll links it
                             });
    };
    if (item.attempts == 0) {
        post();
        return;
    }
    // A retry: the earlier attempt may have reached RT before the connection broke.
    findSentMessage(ticket, text, item.sendMark,
                    [this, item, post, done](const QString &txn, const QString &error) {
                        if (!error.isEmpty()) {
                            done(failure(error));
                        } else if (!txn.isEmpty()) {
                            m_sentKeys.insert(txn, item.idempotencyKey);
                            done(SendResult::sent(txn));
                        } else {
                            post();
                        }
                    });
}

void RtBackend::sendEdit(const OutboxItem &item, std::function<void(SendResult)> done)
{
    m_client->fetchTicket(item.conversationRemoteId, this,
                          [this, item, done](const ServiceRequest &current, const QString &error) {
                              if (!error.isEmpty())
                                  done(failure(error));
                              else
                                  updateIfUnchanged(item, current, true, done);
                          });
}

// The agent changed a field from the value they saw. If somebody else changed that same field in
// the meantime, that is a conflict; any other change to the ticket is not.
void RtBackend::updateIfUnchanged(const OutboxItem &item, const ServiceRequest &current, bool mayRetry,
                                  std::function<void(SendResult)> done)
{
    const QVariantMap &p = item.payload;
    const QVariant from = p.value(QStringLiteral("from"));
    QString what, now, wanted;
    QVariantMap fields;
    bool unchanged = true;
    switch (item.kind) {
    case OutboxKind::SetStatus: {
        const auto target = ConversationStatus(p.value(QStringLiteral("status")).toInt());
        what = tr("status");
        now = current.status;
        wanted = RtFields::statusToRt(target);
        unchanged = int(RtFields::statusFromRt(current.status)) == from.toInt() ||
                    RtFields::statusFromRt(current.status) == target;
        fields.insert(QStringLiteral("Status"), wanted);
        break;
    }
    case OutboxKind::Assign:
        what = tr("owner");
        now = current.ownerRemoteId;
        wanted = p.value(QStringLiteral("assignee")).toString();
        unchanged = ownerOf(current.ownerRemoteId) == from.toString();
        fields.insert(QStringLiteral("Owner"), wanted.isEmpty() ? nobody : wanted);
        break;
    case OutboxKind::SetPriority: {
        const auto target = Priority(p.value(QStringLiteral("priority")).toInt());
        what = tr("priority");
        now = QString::number(current.priority);
        wanted = QString::number(RtFields::priorityToRt(target));
        unchanged = int(RtFields::priorityFromRt(current.priority)) == from.toInt();
        fields.insert(QStringLiteral("Priority"), RtFields::priorityToRt(target));
        break;
    }
    case OutboxKind::SetTeam:
        what = tr("queue");
        now = current.queue;
        wanted = p.value(QStringLiteral("team")).toString();
        unchanged = now == from.toString();
        fields.insert(QStringLiteral("Queue"), wanted);
        break;
    case OutboxKind::SetField: {
        const QString field = p.value(QStringLiteral("field")).toString();
        what = field;
        now = current.customFields.value(field).toString();
        wanted = p.value(QStringLiteral("value")).toString();
        unchanged = now == from.toString();
        fields.insert(QStringLiteral("CustomFields"), QVariantMap{{field, p.value(QStringLiteral("value"))}});
        break;
    }
    default:
        break;
    }
    if (!unchanged && now != wanted) {
        pollSoon(); // show the real value again
        done(SendResult::failed(
            tr("Someone else changed the %1 of service request #%2 to \"%3\" after you saw "
               "it; your change to \"%4\" was not made.")
                .arg(what, current.remoteId, now, wanted),
            false));
        return;
    }
    if (now == wanted) {
        done(SendResult::sent()); // already so (an earlier attempt, or the same change by another)
        return;
    }
    m_client->updateTicket(current.remoteId, fields, current.etag, this,
                           [this, item, mayRetry, done](const RtClient::Update &u) {
                               if (u.conflict && mayRetry) {
                                   sendEdit(item, [done](const SendResult &r) { done(r); });
                                   return;
                               }
                               if (!u.error.isEmpty()) {
                                   done(u.conflict ? SendResult::failed(u.error, false) : failure(u.error));
                                   return;
                               }
                               done(SendResult::sent());
                           });
}

void RtBackend::createFromConversation(const OutboxItem &item, std::function<void(SendResult)> done)
{
    const QVariantMap &p = item.payload;
    ServiceRequestDraft draft;
    draft.subject = p.value(QStringLiteral("subject")).toString();
    draft.queue = p.value(QStringLiteral("queue")).toString();
    if (draft.queue.isEmpty())
        draft.queue = m_settings.queue.isEmpty() ? QStringLiteral("General") : m_settings.queue;
    draft.requestorRemoteId = p.value(QStringLiteral("requestor")).toString();
    draft.content = p.value(QStringLiteral("content")).toString();
    draft.conversationId = item.conversationId;
    for (const QVariant &v : p.value(QStringLiteral("attachments")).toList()) {
        const QVariantMap a = v.toMap();
        draft.attachments.append(Attachment{
            a.value(QStringLiteral("remoteRef")).toString(), a.value(QStringLiteral("fileName")).toString(),
            a.value(QStringLiteral("mimeType")).toString(), a.value(QStringLiteral("size")).toLongLong(),
            a.value(QStringLiteral("localPath")).toString()});
    }
    auto create = [this, item, draft, done] {
        m_client->createTicket(
            draft, this, [this, item, done](const ServiceRequest &sr, const QString &error) {
                if (!error.isEmpty() && sr.remoteId.isEmpty()) {
                    done(failure(error));
                    return;
                }
                m_sentKeys.insert(QStringLiteral("ticket:") + sr.remoteId, item.idempotencyKey);
                done(SendResult::sent(sr.remoteId));
            });
    };
    if (item.attempts == 0) {
        create();
        return;
    }
    // A retry: RT has no idempotency key, so look for the ticket an interrupted attempt may have made:
    // after the newest ticket before the first attempt (the mark), or, without one, created lately.
    bool numeric = false;
    const qint64 after = item.sendMark.toLongLong(&numeric);
    QString sql =
        numeric ? QStringLiteral("Subject = %1 AND id > %2").arg(sqlString(draft.subject)).arg(after)
                : QStringLiteral("Subject = %1 AND Created >= %2")
                      .arg(sqlString(draft.subject), secondsAgo(item.createdAt, m_settings.clockSkewSeconds));
    sql += QStringLiteral(" AND Creator = %1").arg(sqlString(m_client->user()));
    if (!draft.requestorRemoteId.isEmpty())
        sql += QStringLiteral(" AND Requestor.EmailAddress = %1").arg(sqlString(draft.requestorRemoteId));
    m_client->searchTickets(
        sql, this, [this, item, create, done](const QList<ServiceRequest> &found, const QString &error) {
            if (!error.isEmpty()) {
                done(failure(error));
                return;
            }
            for (const ServiceRequest &sr : found)
                if (!item.sendMark.isEmpty() ||
                    !m_sentKeys.contains(QStringLiteral("ticket:") + sr.remoteId)) {
                    m_sentKeys.insert(QStringLiteral("ticket:") + sr.remoteId, item.idempotencyKey);
                    done(SendResult::sent(sr.remoteId));
                    return;
                }
            create();
        });
}

void RtBackend::search(const QString &ticketSql, QObject *context,
                       std::function<void(QList<ServiceRequest>, QString)> done)
{
    m_client->searchTickets(ticketSql, context, std::move(done));
}

void RtBackend::fetch(const QString &remoteId, QObject *context,
                      std::function<void(ServiceRequest, QString)> done)
{
    m_client->fetchTicket(remoteId, context, std::move(done));
}

void RtBackend::create(const ServiceRequestDraft &draft, QObject *context,
                       std::function<void(ServiceRequest, QString)> done)
{
    m_client->createTicket(draft, context, std::move(done));
}

void RtBackend::search(const QString &text, QObject *context,
                       std::function<void(QList<KbArticle>, QString)> done)
{
    m_client->searchArticles(text, context, [this, done](QList<KbArticle> articles, const QString &error) {
        for (KbArticle &a : articles)
            a.backendId = id();
        done(articles, error);
    });
}

void RtBackend::fetch(const QString &remoteId, QObject *context, std::function<void(KbArticle, QString)> done)
{
    m_client->fetchArticle(remoteId, context, [this, done](KbArticle article, const QString &error) {
        article.backendId = id();
        done(article, error);
    });
}

} // namespace AgentDesk
