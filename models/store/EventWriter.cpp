// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventWriter.h"

#include "SearchText.h"
#include "SqliteDatabase.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace AgentDesk {

using namespace Domain;

namespace {

// NOT NULL text columns take "" for what an event leaves out.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString key(const QString &backendId, const QString &remoteId)
{
    return backendId + QChar(0x1f) + remoteId;
}

QString handlesJson(const QList<ChannelHandle> &handles)
{
    QJsonArray array;
    for (const ChannelHandle &h : handles)
        array.append(QJsonObject{{QStringLiteral("channel"), channelName(h.channel)},
                                 {QStringLiteral("handle"), h.handle}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString customerIdentity(const Customer &customer)
{
    QStringList parts{customer.siteId};
    for (const Product &p : customer.products)
        parts << p.serialNumber << p.siteId << p.model;
    for (const ChannelHandle &h : customer.handles)
        parts << h.handle;
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QString preview(const QString &body, const QString &attachment)
{
    QString text = body.left(300).simplified();
    if (text.isEmpty() && !attachment.isEmpty())
        text = QCoreApplication::translate("EventWriter", "[%1]").arg(attachment);
    return text.left(140);
}

// Delivery only moves forward; Failed is accepted until the message was delivered.
bool deliveryAdvances(int current, int next)
{
    if (next == int(DeliveryState::Failed))
        return current < int(DeliveryState::Delivered);
    if (current == int(DeliveryState::Failed))
        return true; // a retry or a late receipt clears the failure
    return next > current;
}

} // namespace

void EventWriter::apply(const QString &backendId, const BackendEvent &event, StoreChanges &changes)
{
    std::visit(
        [&](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Customer>)
                applyCustomer(backendId, e, changes);
            else if constexpr (std::is_same_v<T, Agent>)
                applyAgent(backendId, e, changes);
            else if constexpr (std::is_same_v<T, Team>)
                applyTeam(backendId, e, changes);
            else if constexpr (std::is_same_v<T, Conversation>)
                applyConversation(backendId, e, changes);
            else if constexpr (std::is_same_v<T, Message>)
                applyMessage(backendId, e, changes);
            else if constexpr (std::is_same_v<T, MessageStateChange>)
                applyMessageState(backendId, e, changes);
            else if constexpr (std::is_same_v<T, PresenceChange>)
                applyPresence(backendId, e, changes);
            else if constexpr (std::is_same_v<T, Alert>)
                applyAlert(backendId, e, changes);
            else if constexpr (std::is_same_v<T, ServiceRequest>)
                applyServiceRequest(backendId, e, changes);
            else if constexpr (std::is_same_v<T, TypingChange>)
                applyTyping(backendId, e, changes);
        },
        event);
}

void EventWriter::forgetIds()
{
    m_conversationIds.clear();
}

void EventWriter::clearCaches()
{
    m_conversationIds.clear();
    m_summaries.clear();
    m_searchIds.clear();
}

qint64 EventWriter::conversationId(const QString &backendId, const QString &remoteId)
{
    const QString k = key(backendId, remoteId);
    if (const auto it = m_conversationIds.constFind(k); it != m_conversationIds.cend())
        return it.value();
    SqliteStatement &q = m_db.statement("SELECT id FROM conversations WHERE backend = ?1 AND remote_id = ?2");
    q.bind(1, backendId).bind(2, remoteId);
    const qint64 id = q.step() ? q.int64(0) : 0;
    q.reset();
    if (id)
        m_conversationIds.insert(k, id);
    return id;
}

void EventWriter::applyCustomer(const QString &backendId, const Customer &c, StoreChanges &changes)
{
    SqliteStatement &up = m_db.statement(
        "INSERT INTO customers (backend, remote_id, name, tier, site_id, verified, language, handles, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (backend, remote_id) DO UPDATE SET name = excluded.name, tier = excluded.tier, "
        "site_id = excluded.site_id, verified = excluded.verified, language = excluded.language, "
        "handles = excluded.handles, updated_at = excluded.updated_at "
        "WHERE name IS NOT excluded.name OR tier IS NOT excluded.tier OR site_id IS NOT excluded.site_id "
        "OR verified IS NOT excluded.verified OR language IS NOT excluded.language "
        "OR handles IS NOT excluded.handles "
        "RETURNING id");
    up.bind(1, backendId).bind(2, c.remoteId).bind(3, c.name).bind(4, int(c.tier)).bind(5, c.siteId);
    up.bind(6, c.verified).bind(7, c.language).bind(8, handlesJson(c.handles)).bind(9, c.updatedAt);
    qint64 id = up.step() ? up.int64(0) : 0;
    up.reset();
    bool changed = id != 0;
    if (!id) {
        SqliteStatement &q = m_db.statement("SELECT id FROM customers WHERE backend = ?1 AND remote_id = ?2");
        q.bind(1, backendId).bind(2, c.remoteId);
        id = q.step() ? q.int64(0) : 0;
        q.reset();
    }

    // Products: replaced as a whole when they differ.
    QList<Product> stored;
    SqliteStatement &pq = m_db.statement("SELECT model, serial, site_id, installed_on, warranty_until FROM "
                                         "products WHERE customer_id = ?1 ORDER BY id");
    pq.bind(1, id);
    while (pq.step())
        stored.append({pq.text(0), pq.text(1), pq.text(2), QDate::fromString(pq.text(3), Qt::ISODate),
                       QDate::fromString(pq.text(4), Qt::ISODate)});
    pq.reset();
    auto normalised = c.products;
    for (Product &p : normalised) { // the store keeps empty strings as NULL, and a model always
        p.serialNumber = p.serialNumber.isEmpty() ? QString() : p.serialNumber;
        p.siteId = p.siteId.isEmpty() ? QString() : p.siteId;
        p.model = nonNull(p.model);
    }
    if (stored != normalised) {
        m_db.statement("DELETE FROM products WHERE customer_id = ?1").bind(1, id).exec();
        for (const Product &p : normalised) {
            SqliteStatement &ins =
                m_db.statement("INSERT INTO products (customer_id, model, serial, site_id, "
                               "installed_on, warranty_until) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            ins.bind(1, id).bind(2, nonNull(p.model)).bind(3, p.serialNumber).bind(4, p.siteId);
            ins.bind(5, p.installedOn.isValid() ? p.installedOn.toString(Qt::ISODate) : QString());
            ins.bind(6, p.warrantyUntil.isValid() ? p.warrantyUntil.toString(Qt::ISODate) : QString());
            ins.exec();
        }
        changed = true;
    }
    if (!changed)
        return;
    m_db.statement("DELETE FROM customer_fts WHERE rowid = ?1").bind(1, id).exec();
    m_db.statement("INSERT INTO customer_fts (rowid, name, identity) VALUES (?1, ?2, ?3)")
        .bind(1, id)
        .bind(2, SearchText::forIndex(c.name))
        .bind(3, customerIdentity(c))
        .exec();
    changes.customers = true;
    // Inbox rows show the customer's name and tier.
    SqliteStatement &conv =
        m_db.statement("SELECT id FROM conversations WHERE backend = ?1 AND customer_remote_id = ?2");
    conv.bind(1, backendId).bind(2, c.remoteId);
    while (conv.step())
        changes.conversations.insert(conv.int64(0));
    conv.reset();
}

void EventWriter::applyAgent(const QString &backendId, const Agent &a, StoreChanges &changes)
{
    SqliteStatement &up = m_db.statement(
        "INSERT INTO agents (backend, remote_id, name, team_remote_id, presence) VALUES (?1, ?2, "
        "coalesce(?3, ?2), ?4, ?5) "
        "ON CONFLICT (backend, remote_id) DO UPDATE SET name = excluded.name, "
        "team_remote_id = excluded.team_remote_id, presence = excluded.presence "
        "WHERE name IS NOT excluded.name OR team_remote_id IS NOT excluded.team_remote_id "
        "OR presence IS NOT excluded.presence RETURNING id");
    // A backend that knows no name for an agent (or team) gets it shown by its id.
    up.bind(1, backendId)
        .bind(2, a.remoteId)
        .bind(3, a.name.trimmed().isEmpty() ? QString() : a.name)
        .bind(4, a.teamRemoteId)
        .bind(5, int(a.presence));
    if (up.stepAndReset())
        changes.agents = true;
}

void EventWriter::applyTeam(const QString &backendId, const Team &t, StoreChanges &changes)
{
    SqliteStatement &up =
        m_db.statement("INSERT INTO teams (backend, remote_id, name) VALUES (?1, ?2, coalesce(?3, ?2)) "
                       "ON CONFLICT (backend, remote_id) DO UPDATE SET name = excluded.name "
                       "WHERE name IS NOT excluded.name RETURNING id");
    up.bind(1, backendId).bind(2, t.remoteId).bind(3, t.name.trimmed().isEmpty() ? QString() : t.name);
    if (up.stepAndReset())
        changes.agents = true;
}

void EventWriter::applyConversation(const QString &backendId, const Conversation &c, StoreChanges &changes)
{
    const QDateTime updated = c.updatedAt.isValid() ? c.updatedAt : c.createdAt;
    const auto bindAll = [&](SqliteStatement &q) {
        q.bind(1, backendId).bind(2, c.remoteId).bind(3, c.customerRemoteId).bind(4, int(c.channel));
        q.bind(5, int(c.status)).bind(6, int(c.priority));
        q.bind(7, c.assigneeRemoteId.isEmpty() ? QString() : c.assigneeRemoteId);
        q.bind(8, c.teamRemoteId.isEmpty() ? QString() : c.teamRemoteId);
        q.bind(9, c.subject).bind(10, c.slaDueAt).bind(11, c.createdAt).bind(12, updated);
    };
    // New conversations are the common case in a catch-up: a plain insert, no upsert machinery.
    SqliteStatement &insert = m_db.statement(
        "INSERT OR IGNORE INTO conversations (backend, remote_id, customer_remote_id, channel, status, priority, "
        "assignee, team, subject, sla_due_at, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    bindAll(insert);
    insert.exec();
    qint64 id = m_db.changes() ? m_db.lastInsertRowId() : 0;
    if (!id) {
        // Known: update it, unless this is an older update (events may arrive out of order) or
        // nothing differs.
        // A field the agent changed and the outbox has not yet delivered keeps the agent's value:
        // the backend cannot know it yet. Once delivered or refused, the backend's value rules.
        SqliteStatement &update = m_db.statement(
            "UPDATE conversations SET customer_remote_id = ?3, channel = ?4, "
            "status = iif(EXISTS (SELECT 1 FROM outbox o WHERE o.conversation_id = conversations.id AND o.kind = 2 AND o.state < 2), status, ?5), "
            "priority = iif(EXISTS (SELECT 1 FROM outbox o WHERE o.conversation_id = conversations.id AND o.kind = 4 AND o.state < 2), priority, ?6), "
            "assignee = iif(EXISTS (SELECT 1 FROM outbox o WHERE o.conversation_id = conversations.id AND o.kind = 3 AND o.state < 2), assignee, ?7), "
            "team = iif(EXISTS (SELECT 1 FROM outbox o WHERE o.conversation_id = conversations.id AND o.kind = 7 AND o.state < 2), team, ?8), "
            "subject = ?9, sla_due_at = ?10, updated_at = ?12 "
            "WHERE backend = ?1 AND remote_id = ?2 AND ?12 >= updated_at AND (customer_remote_id IS NOT ?3 "
            "OR channel IS NOT ?4 OR status IS NOT ?5 OR priority IS NOT ?6 OR assignee IS NOT ?7 OR team IS NOT ?8 "
            "OR subject IS NOT ?9 OR sla_due_at IS NOT ?10) RETURNING id");
        bindAll(update);
        id = update.step() ? update.int64(0) : 0;
        update.reset();
        // created_at (?11) never changes after creation; the update leaves it.
    }
    if (id) {
        m_conversationIds.insert(key(backendId, c.remoteId), id);
        changes.conversations.insert(id);
    }
}

qint64 EventWriter::insertMessage(const Message &m, qint64 conversationId, StoreChanges &changes)
{
    SqliteStatement &ins = m_db.statement(
        "INSERT OR IGNORE INTO messages (conversation_id, backend, remote_id, client_key, direction, author, body, "
        "internal_note, sent_at, delivery, error) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    ins.bind(1, conversationId).bind(2, m.backendId);
    ins.bind(3, m.remoteId.isEmpty() ? QString() : m.remoteId);
    ins.bind(4, m.clientKey.isEmpty() ? QString() : m.clientKey);
    ins.bind(5, int(m.direction)).bind(6, m.authorName).bind(7, nonNull(m.text));
    ins.bind(8, m.internalNote).bind(9, m.sentAt).bind(10, int(m.delivery));
    ins.bind(11, m.error.isEmpty() ? QString() : m.error);
    ins.exec();
    if (m_db.changes() == 0)
        return 0;
    const qint64 id = m_db.lastInsertRowId();
    queueForSearch(id);
    for (const Attachment &a : m.attachments) {
        SqliteStatement &att =
            m_db.statement("INSERT INTO attachments (message_id, remote_ref, file_name, mime_type, "
                           "size, local_path) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        att.bind(1, id).bind(2, a.remoteRef).bind(3, a.fileName).bind(4, a.mimeType).bind(5, a.size);
        att.bind(6, a.localPath.isEmpty() ? QString() : a.localPath);
        att.exec();
    }
    summarise(conversationId, m);
    changes.messages[conversationId].insert(id);
    changes.conversations.insert(conversationId);
    return id;
}

void EventWriter::applyMessage(const QString &backendId, const Message &in, StoreChanges &changes)
{
    const qint64 convId = conversationId(backendId, in.conversationRemoteId);
    if (!convId) {
        changes.rejected << QCoreApplication::translate("EventWriter",
                                                        "message %1 refers to unknown conversation %2")
                                .arg(in.remoteId, in.conversationRemoteId);
        return;
    }
    Message m = in;
    m.backendId = backendId;

    // The echo of our own outbound message: attach the backend's id to the row we already have.
    if (!m.clientKey.isEmpty()) {
        SqliteStatement &q = m_db.statement(
            "SELECT id, remote_id, delivery FROM messages WHERE backend = ?1 AND client_key = ?2");
        q.bind(1, backendId).bind(2, m.clientKey);
        if (q.step()) {
            const qint64 id = q.int64(0);
            const bool hasRemote = !q.isNull(1);
            const int delivery = q.integer(2);
            q.reset();
            const bool setRemote = !hasRemote && !m.remoteId.isEmpty();
            const bool advance = deliveryAdvances(delivery, int(m.delivery));
            if (setRemote) {
                // The same message stored once already under its remote id (seen in an archive
                // before its echo named our key): keep our row, drop the other, as the outbox does.
                SqliteStatement &dup = m_db.statement(
                    "SELECT id FROM messages WHERE backend = ?1 AND remote_id = ?2 AND id <> ?3");
                dup.bind(1, backendId).bind(2, m.remoteId).bind(3, id);
                const qint64 other = dup.step() ? dup.int64(0) : 0;
                dup.reset();
                if (other) {
                    queueForSearch(other);
                    m_db.statement("DELETE FROM messages WHERE id = ?1").bind(1, other).exec();
                }
            }
            if (setRemote || advance) {
                m_db.statement("UPDATE messages SET remote_id = coalesce(remote_id, ?2), delivery = ?3 WHERE "
                               "id = ?1")
                    .bind(1, id)
                    .bind(2, setRemote ? m.remoteId : QString())
                    .bind(3, advance ? int(m.delivery) : delivery)
                    .exec();
                changes.messages[convId].insert(id);
            }
            return;
        }
        q.reset();
    }

    if (insertMessage(m, convId, changes))
        return;

    // Already stored under its remote id: apply an edit or a delivery update, nothing else.
    SqliteStatement &q =
        m_db.statement("SELECT id, body, delivery FROM messages WHERE backend = ?1 AND remote_id = ?2");
    q.bind(1, backendId).bind(2, m.remoteId);
    if (!q.step()) {
        q.reset();
        return;
    }
    const qint64 id = q.int64(0);
    const QString body = q.text(1);
    const int delivery = q.integer(2);
    q.reset();
    const bool edited = body != m.text;
    const bool advance = deliveryAdvances(delivery, int(m.delivery));
    if (!edited && !advance)
        return;
    if (edited)
        queueForSearch(id);
    m_db.statement("UPDATE messages SET body = ?2, delivery = ?3 WHERE id = ?1")
        .bind(1, id)
        .bind(2, nonNull(m.text)) // a file-only message has no text, and its body is ""
        .bind(3, advance ? int(m.delivery) : delivery)
        .exec();
    changes.messages[convId].insert(id);
    changes.conversations.insert(convId);
}

void EventWriter::applyMessageState(const QString &backendId, const MessageStateChange &s,
                                    StoreChanges &changes)
{
    SqliteStatement &q = s.messageRemoteId.isEmpty()
                             ? m_db.statement("SELECT id, conversation_id, delivery FROM messages "
                                              "WHERE backend = ?1 AND client_key = ?2")
                             : m_db.statement("SELECT id, conversation_id, delivery FROM messages "
                                              "WHERE backend = ?1 AND remote_id = ?2");
    q.bind(1, backendId).bind(2, s.messageRemoteId.isEmpty() ? s.clientKey : s.messageRemoteId);
    if (!q.step()) {
        q.reset();
        return; // a receipt for a message sent elsewhere (another client of the same account)
    }
    const qint64 id = q.int64(0);
    const qint64 convId = q.int64(1);
    const int delivery = q.integer(2);
    q.reset();
    if (!deliveryAdvances(delivery, int(s.state)))
        return;
    m_db.statement("UPDATE messages SET delivery = ?2, error = ?3 WHERE id = ?1")
        .bind(1, id)
        .bind(2, int(s.state))
        .bind(3, s.error.isEmpty() ? QString() : s.error)
        .exec();
    if (s.state == DeliveryState::Delivered || s.state == DeliveryState::Read)
        m_db.statement("UPDATE outbox SET state = ?2 WHERE message_id = ?1")
            .bind(1, id)
            .bind(2, 3 /* OutboxState::Delivered */)
            .exec();
    changes.messages[convId].insert(id);
}

void EventWriter::applyPresence(const QString &backendId, const PresenceChange &p, StoreChanges &changes)
{
    // Presence may arrive before the directory: keep a placeholder named after the id.
    SqliteStatement &up =
        m_db.statement("INSERT INTO agents (backend, remote_id, name, presence) VALUES (?1, ?2, ?2, ?3) "
                       "ON CONFLICT (backend, remote_id) DO UPDATE SET presence = excluded.presence "
                       "WHERE presence IS NOT excluded.presence RETURNING id");
    up.bind(1, backendId).bind(2, p.agentRemoteId).bind(3, int(p.presence));
    if (up.stepAndReset())
        changes.agents = true;
}

void EventWriter::applyTyping(const QString &backendId, const TypingChange &t, StoreChanges &changes)
{
    SqliteStatement &up =
        m_db.statement("UPDATE conversations SET customer_typing_at = ?3 WHERE backend = ?1 AND "
                       "remote_id = ?2 AND customer_typing_at IS NOT ?3 RETURNING id");
    up.bind(1, backendId).bind(2, t.conversationRemoteId);
    t.typing ? up.bind(3, t.at.isValid() ? t.at : QDateTime::currentDateTimeUtc()) : up.bindNull(3);
    if (up.step())
        changes.conversations.insert(up.int64(0));
    up.reset();
}

void EventWriter::applyAlert(const QString &backendId, const Alert &a, StoreChanges &changes)
{
    SqliteStatement &up = m_db.statement(
        "INSERT INTO alerts (backend, remote_id, customer_remote_id, product_serial, severity, title, body, "
        "raised_at, acknowledged) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (backend, remote_id) DO UPDATE SET severity = excluded.severity, title = excluded.title, "
        "body = excluded.body, acknowledged = excluded.acknowledged "
        "WHERE severity IS NOT excluded.severity OR title IS NOT excluded.title OR body IS NOT excluded.body "
        "OR acknowledged IS NOT excluded.acknowledged RETURNING id");
    up.bind(1, backendId).bind(2, a.remoteId).bind(3, a.customerRemoteId).bind(4, a.productSerial);
    up.bind(5, int(a.severity)).bind(6, a.title).bind(7, a.body).bind(8, a.raisedAt).bind(9, a.acknowledged);
    if (up.stepAndReset())
        changes.alerts = true;
}

void EventWriter::applyServiceRequest(const QString &backendId, const ServiceRequest &r,
                                      StoreChanges &changes)
{
    const QString fields =
        r.customFields.isEmpty()
            ? QString()
            : QString::fromUtf8(
                  QJsonDocument(QJsonObject::fromVariantMap(r.customFields)).toJson(QJsonDocument::Compact));
    // The backend's first report of a request this app created: give the stored row its remote id
    // (unless the confirmation from the outbox got there first).
    if (!r.clientKey.isEmpty()) {
        SqliteStatement &claim =
            m_db.statement("UPDATE service_requests SET remote_id = ?3 WHERE backend = ?1 AND "
                           "client_key = ?2 AND remote_id IS NULL AND NOT EXISTS (SELECT 1 "
                           "FROM service_requests WHERE backend = ?1 AND remote_id = ?3)");
        claim.bind(1, backendId).bind(2, r.clientKey).bind(3, r.remoteId).exec();
    }
    SqliteStatement &up = m_db.statement(
        "INSERT INTO service_requests (backend, remote_id, conversation_remote_id, subject, queue, status, owner, "
        "requestor, priority, custom_fields, etag, created_at, updated_at, due_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
        "ON CONFLICT (backend, remote_id) WHERE remote_id IS NOT NULL DO UPDATE SET "
        "conversation_remote_id = excluded.conversation_remote_id, subject = excluded.subject, "
        "queue = excluded.queue, status = excluded.status, owner = excluded.owner, requestor = excluded.requestor, "
        "priority = excluded.priority, custom_fields = excluded.custom_fields, etag = excluded.etag, "
        "created_at = excluded.created_at, updated_at = excluded.updated_at, due_at = excluded.due_at "
        "WHERE (conversation_remote_id, subject, queue, status, owner, requestor, priority, custom_fields, etag, "
        "created_at, updated_at, due_at) IS NOT (excluded.conversation_remote_id, excluded.subject, excluded.queue, "
        "excluded.status, excluded.owner, excluded.requestor, excluded.priority, excluded.custom_fields, "
        "excluded.etag, excluded.created_at, excluded.updated_at, excluded.due_at) RETURNING id");
    up.bind(1, backendId).bind(2, r.remoteId);
    r.conversationRemoteId.isEmpty() ? up.bindNull(3) : up.bind(3, r.conversationRemoteId);
    up.bind(4, r.subject).bind(5, r.queue).bind(6, r.status).bind(7, r.ownerRemoteId);
    up.bind(8, r.requestorRemoteId).bind(9, r.priority);
    fields.isEmpty() ? up.bindNull(10) : up.bind(10, fields);
    up.bind(11, r.etag).bind(12, r.createdAt).bind(13, r.updatedAt).bind(14, r.dueAt);
    if (up.stepAndReset())
        changes.serviceRequests = true;
}

void EventWriter::summarise(qint64 conversationId, const Message &m)
{
    Summary &s = m_summaries[conversationId];
    if (!s.loaded) {
        SqliteStatement &q = m_db.statement("SELECT last_message_at, last_preview, last_direction, "
                                            "waiting_since, first_reply_at FROM conversations WHERE id = ?1");
        q.bind(1, conversationId);
        if (q.step()) {
            s.lastAt = q.isNull(0) ? 0 : q.int64(0);
            s.preview = q.text(1);
            s.direction = q.integer(2);
            s.waitingSince = q.isNull(3) ? 0 : q.int64(3);
            s.firstReplyAt = q.isNull(4) ? 0 : q.int64(4);
        }
        q.reset();
        s.loaded = true;
    }
    const qint64 at = m.sentAt.toMSecsSinceEpoch();
    ++s.added;
    if (m.internalNote || m.direction == Direction::System)
        return;
    if (at >= s.lastAt) {
        s.lastAt = at;
        s.latestText = m.text;
        s.latestAttachment = m.attachments.isEmpty() ? QString() : m.attachments.first().fileName;
        s.latestChanged = true;
        s.direction = int(m.direction);
    }
    if (m.direction == Direction::Inbound) {
        ++s.unreadAdded;
        if (!s.waitingSince)
            s.waitingSince = at;
    } else {
        if (at >= s.waitingSince)
            s.waitingSince = 0; // the agent answered
        if (!s.firstReplyAt || at < s.firstReplyAt)
            s.firstReplyAt = at;
    }
}

void EventWriter::finishBatch(StoreChanges &changes)
{
    if (!m_searchIds.isEmpty()) {
        std::sort(m_searchIds.begin(), m_searchIds.end());
        for (qsizetype i = 0; i < m_searchIds.size();) {
            qsizetype j = i;
            while (j + 1 < m_searchIds.size() && m_searchIds[j + 1] <= m_searchIds[j] + 1)
                ++j;
            m_db.statement("INSERT INTO search_queue (first_id, last_id) VALUES (?1, ?2)")
                .bind(1, m_searchIds[i])
                .bind(2, m_searchIds[j])
                .exec();
            i = j + 1;
        }
        m_searchIds.clear();
        m_searchQueued = true;
    }

    for (auto it = m_summaries.cbegin(); it != m_summaries.cend(); ++it) {
        const Summary &s = it.value();
        SqliteStatement &up = m_db.statement(
            "UPDATE conversations SET message_count = message_count + ?2, unread_count = unread_count + ?3, "
            "last_message_at = ?4, last_preview = ?5, last_direction = ?6, waiting_since = ?7, first_reply_at = ?8, "
            "customer_typing_at = CASE WHEN ?3 > 0 THEN NULL ELSE customer_typing_at END WHERE id = ?1");
        up.bind(1, it.key()).bind(2, s.added).bind(3, s.unreadAdded);
        s.lastAt ? up.bind(4, s.lastAt) : up.bindNull(4);
        up.bind(5, s.latestChanged ? preview(s.latestText, s.latestAttachment) : s.preview)
            .bind(6, s.direction);
        s.waitingSince ? up.bind(7, s.waitingSince) : up.bindNull(7);
        s.firstReplyAt ? up.bind(8, s.firstReplyAt) : up.bindNull(8);
        up.exec();
        changes.conversations.insert(it.key());
    }
    m_summaries.clear();
}

} // namespace AgentDesk
