// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreReader.h"

#include "SearchText.h"
#include "SqliteDatabase.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSet>

namespace AgentDesk {

using namespace Domain;

namespace {

QString idArray(const QList<qint64> &ids)
{
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            json += QLatin1Char(',');
        json += QString::number(ids[i]);
    }
    return json + QLatin1Char(']');
}

#define INBOX_SELECT                                                                                         \
    "SELECT c.id, c.backend, c.remote_id, c.channel, c.status, c.priority, c.assignee, c.team, c.subject, "  \
    "c.customer_remote_id, cu.name, cu.tier, cu.verified, c.sla_due_at, c.created_at, c.last_message_at, "   \
    "c.waiting_since, c.last_preview, c.last_direction, c.unread_count, c.message_count, "                   \
    "c.customer_typing_at, c.snoozed_until, c.labels, c.first_reply_at "                                     \
    "FROM conversations c LEFT JOIN customers cu ON cu.backend = c.backend AND cu.remote_id = c.customer_remote_id "

#define MESSAGE_SELECT                                                                                       \
    "SELECT m.id, m.conversation_id, m.backend, m.remote_id, m.client_key, m.direction, m.author, m.body, "  \
    "m.internal_note, m.sent_at, m.delivery, m.error, c.remote_id FROM messages m "                          \
    "JOIN conversations c ON c.id = m.conversation_id "

// Backends, agents, teams and customers repeat across thousands of rows: one shared copy of each
// keeps 100k rows in memory small (QString shares its data between copies, across threads too).
class StringPool
{
public:
    QString operator()(const QString &s)
    {
        if (s.isEmpty())
            return {};
        const auto it = m_strings.constFind(s);
        if (it != m_strings.cend())
            return *it;
        m_strings.insert(s);
        return s;
    }

private:
    QSet<QString> m_strings;
};

InboxRow readInboxRow(SqliteStatement &q, StringPool &pool)
{
    InboxRow r;
    r.id = q.int64(0);
    r.backendId = pool(q.text(1));
    r.remoteId = q.text(2);
    r.channel = Channel(q.integer(3));
    r.status = ConversationStatus(q.integer(4));
    r.priority = Priority(q.integer(5));
    r.assigneeRemoteId = pool(q.text(6));
    r.teamRemoteId = pool(q.text(7));
    r.subject = q.text(8);
    r.customerRemoteId = pool(q.text(9));
    r.customerName = q.isNull(10) ? r.customerRemoteId : pool(q.text(10));
    r.tier = Tier(q.integer(11));
    r.customerVerified = q.integer(12) != 0;
    r.slaDueAt = q.dateTime(13);
    r.createdAt = q.dateTime(14);
    r.lastMessageAt = q.dateTime(15);
    r.waitingSince = q.dateTime(16);
    r.lastPreview = q.text(17);
    r.lastDirection = Direction(q.integer(18));
    r.unreadCount = q.integer(19);
    r.messageCount = q.integer(20);
    r.customerTypingAt = q.dateTime(21);
    r.snoozedUntil = q.dateTime(22);
    if (!q.isNull(23))
        for (const QString &label : q.text(23).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            r.labels.append(pool(label));
    r.firstReplyAt = q.dateTime(24);
    SlaPolicy::apply(r);
    r.updateFilterText();
    return r;
}

} // namespace

QList<InboxRow> StoreReader::inboxRows(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return inboxRows(InboxScope::All, 0);
    SqliteStatement &q = m_db.statement(INBOX_SELECT "WHERE c.id IN (SELECT value FROM json_each(?1))");
    q.bind(1, idArray(ids));
    return readInboxRows(q);
}

// Last activity, as the index conversations_activity has it (schema 13).
#define ACTIVITY "coalesce(c.last_message_at, c.created_at, 0)"

const char *StoreReader::inboxQuery(InboxScope scope)
{
    // Active conversations: those not resolved, from the covering index conversations_unresolved
    // (its condition written as the index has it: a bound parameter would not match), and a range
    // of conversations_activity, those resolved but active since the cut-off. Archived: the rest of
    // the resolved ones.
    static_assert(int(ConversationStatus::Resolved) == 3);
    switch (scope) {
    case InboxScope::All:
        break;
    case InboxScope::Unresolved:
        return INBOX_SELECT "WHERE c.status <> 3";
    case InboxScope::RecentlyResolved:
        return INBOX_SELECT "WHERE c.status = ?2 AND " ACTIVITY " >= ?1";
    case InboxScope::Archived:
        return INBOX_SELECT "WHERE c.status = ?2 AND " ACTIVITY " < ?1";
    }
    return INBOX_SELECT;
}

QList<InboxRow> StoreReader::inboxRows(InboxScope scope, qint64 archivedBefore)
{
    QList<InboxRow> rows;
    if (scope == InboxScope::All) {
        rows.reserve(m_db.scalar("SELECT count(*) FROM conversations"));
        return readInboxRows(m_db.statement(INBOX_SELECT), std::move(rows));
    }
    SqliteStatement &q = m_db.statement(inboxQuery(scope));
    if (scope != InboxScope::Unresolved)
        q.bind(1, archivedBefore).bind(2, int(ConversationStatus::Resolved));
    return readInboxRows(q);
}

ArchiveKey StoreReader::archiveKey(const InboxRow &row)
{
    const QDateTime at = row.lastMessageAt.isValid() ? row.lastMessageAt : row.createdAt;
    return {at.isValid() ? at.toMSecsSinceEpoch() : 0, row.id};
}

QList<InboxRow> StoreReader::archivePage(const ArchiveFilter &f, qint64 archivedBefore, ArchiveKey after,
                                         int limit)
{
    // One range of conversations_activity, walked down from the key: a page costs what it reads
    // until `limit` rows pass, however deep it is (the plain `<=` is what SQLite seeks on; the
    // row value alone would be tested on every row from the newest). Every test of the filter is in the
    // statement, switched off by its parameter, so the statement is prepared once.
    SqliteStatement &q = m_db.statement(
        INBOX_SELECT "WHERE c.status = ?1 AND " ACTIVITY " <= ?2 AND (" ACTIVITY ", c.id) < (?2, ?3) "
                     "AND (?4 IS NULL OR c.channel = ?4) "
                     "AND (?5 = 0 OR (?5 = 1 AND c.assignee = json_extract(?6, '$.\"' || c.backend || '\"')) "
                     "  OR (?5 = 2 AND coalesce(c.assignee, '') = '')) "
                     "AND (?7 IS NULL OR (c.backend = ?7 AND c.team IS ?8)) "
                     "AND agentdesk_has_label(c.labels, ?9) "
                     "AND agentdesk_contains(?10, coalesce(cu.name, c.customer_remote_id), c.subject, "
                     "  c.last_preview, c.labels) "
                     "AND agentdesk_contains(?11, coalesce(cu.name, c.customer_remote_id), c.subject, "
                     "  c.last_preview, c.labels) "
                     "ORDER BY " ACTIVITY " DESC, c.id DESC LIMIT ?12");
    const bool fromNewest = after.activityMs == 0 && after.id == 0;
    const ArchiveKey from =
        fromNewest || after.activityMs >= archivedBefore ? ArchiveKey{archivedBefore, 0} : after;
    q.bind(1, int(ConversationStatus::Resolved)).bind(2, from.activityMs).bind(3, from.id);
    if (f.channel)
        q.bind(4, *f.channel);
    else
        q.bindNull(4);
    q.bind(5, int(f.assignee));
    QString self = QStringLiteral("{}");
    if (f.assignee == ArchiveFilter::Assignee::Me) {
        QJsonObject agents;
        for (auto it = f.selfAgents.cbegin(); it != f.selfAgents.cend(); ++it)
            if (!it.value().isEmpty())
                agents.insert(it.key(), it.value());
        self = QString::fromUtf8(QJsonDocument(agents).toJson(QJsonDocument::Compact));
    }
    q.bind(6, self);
    if (f.teamBackendId.isEmpty())
        q.bindNull(7).bindNull(8);
    else
        q.bind(7, f.teamBackendId).bind(8, f.teamRemoteId);
    if (f.label.isEmpty())
        q.bindNull(9);
    else
        q.bind(9, f.label);
    for (int i = 0; i < 2; ++i) {
        if (i < f.texts.size() && !f.texts[i].isEmpty())
            q.bind(10 + i, f.texts[i]);
        else
            q.bindNull(10 + i);
    }
    q.bind(12, limit);
    return readInboxRows(q);
}

QList<std::pair<QString, Attachment>> StoreReader::conversationAttachments(qint64 conversationId)
{
    SqliteStatement &q = m_db.statement(
        "SELECT m.backend, a.remote_ref, a.file_name, a.mime_type, a.size, a.local_path, a.id FROM attachments a "
        "JOIN messages m ON m.id = a.message_id WHERE m.conversation_id = ?1 AND m.internal_note = 0 "
        "ORDER BY m.sent_at, a.id");
    q.bind(1, conversationId);
    QList<std::pair<QString, Attachment>> out;
    while (q.step())
        out.append(
            {q.text(0), Attachment{q.text(1), q.text(2), q.text(3), q.int64(4), q.text(5), q.int64(6)}});
    q.reset();
    return out;
}

QList<InboxRow> StoreReader::customerInboxRows(const QString &backendId, const QString &customerRemoteId)
{
    SqliteStatement &q = m_db.statement(INBOX_SELECT "WHERE c.backend = ?1 AND c.customer_remote_id = ?2");
    q.bind(1, backendId).bind(2, customerRemoteId);
    return readInboxRows(q);
}

QList<InboxRow> StoreReader::readInboxRows(SqliteStatement &q, QList<InboxRow> rows)
{
    StringPool pool;
    while (q.step())
        rows.append(readInboxRow(q, pool));
    q.reset();
    return rows;
}

QList<Message> StoreReader::readMessages(SqliteStatement &q)
{
    QList<Message> out;
    while (q.step()) {
        Message m;
        m.id = q.int64(0);
        m.conversationId = q.int64(1);
        m.backendId = q.text(2);
        m.remoteId = q.text(3);
        m.clientKey = q.text(4);
        m.direction = Direction(q.integer(5));
        m.authorName = q.text(6);
        m.text = q.text(7);
        m.internalNote = q.integer(8) != 0;
        m.sentAt = q.dateTime(9);
        m.delivery = DeliveryState(q.integer(10));
        m.error = q.text(11);
        m.conversationRemoteId = q.text(12);
        out.append(m);
    }
    q.reset();
    return out;
}

QList<Message> StoreReader::messages(qint64 conversationId, int limit, qint64 beforeAt, qint64 beforeId)
{
    SqliteStatement &q = m_db.statement(
        MESSAGE_SELECT "WHERE m.conversation_id = ?1 AND (?2 = 0 OR (m.sent_at, m.id) < (?2, ?3)) "
                       "ORDER BY m.sent_at DESC, m.id DESC LIMIT ?4");
    q.bind(1, conversationId).bind(2, beforeAt).bind(3, beforeId).bind(4, limit);
    QList<Message> out = readMessages(q);
    std::reverse(out.begin(), out.end());
    loadAttachments(out);
    return out;
}

QList<Message> StoreReader::messagesFrom(qint64 conversationId, qint64 messageId, int older, bool *hasOlder)
{
    if (hasOlder)
        *hasOlder = false;
    SqliteStatement &at =
        m_db.statement("SELECT sent_at FROM messages WHERE id = ?1 AND conversation_id = ?2");
    at.bind(1, messageId).bind(2, conversationId);
    if (!at.step()) {
        at.reset();
        return {};
    }
    qint64 fromAt = at.int64(0);
    at.reset();
    qint64 fromId = messageId;
    // The first message of the context above it (or the message itself when there is none).
    SqliteStatement &first = m_db.statement(
        "SELECT sent_at, id FROM messages WHERE conversation_id = ?1 AND (sent_at, id) < (?2, ?3) "
        "ORDER BY sent_at DESC, id DESC LIMIT ?4");
    first.bind(1, conversationId).bind(2, fromAt).bind(3, fromId).bind(4, older + 1);
    int above = 0;
    while (first.step()) {
        if (++above > older) {
            if (hasOlder)
                *hasOlder = true;
            break;
        }
        fromAt = first.int64(0);
        fromId = first.int64(1);
    }
    first.reset();
    SqliteStatement &q =
        m_db.statement(MESSAGE_SELECT "WHERE m.conversation_id = ?1 AND (m.sent_at, m.id) >= (?2, ?3) "
                                      "ORDER BY m.sent_at, m.id");
    q.bind(1, conversationId).bind(2, fromAt).bind(3, fromId);
    QList<Message> out = readMessages(q);
    loadAttachments(out);
    return out;
}

QList<Message> StoreReader::messagesByIds(const QList<qint64> &ids)
{
    SqliteStatement &q = m_db.statement(MESSAGE_SELECT "WHERE m.id IN (SELECT value FROM json_each(?1)) "
                                                       "ORDER BY m.sent_at, m.id");
    q.bind(1, idArray(ids));
    QList<Message> out = readMessages(q);
    loadAttachments(out);
    return out;
}

void StoreReader::loadAttachments(QList<Message> &messages)
{
    if (messages.isEmpty())
        return;
    QList<qint64> ids;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        ids.append(messages[i].id);
        index.insert(messages[i].id, i);
    }
    SqliteStatement &q =
        m_db.statement("SELECT message_id, remote_ref, file_name, mime_type, size, local_path, id "
                       "FROM attachments WHERE message_id IN (SELECT value FROM json_each(?1)) "
                       "ORDER BY id");
    q.bind(1, idArray(ids));
    while (q.step())
        messages[index.value(q.int64(0))].attachments.append(
            {q.text(1), q.text(2), q.text(3), q.int64(4), q.text(5), q.int64(6)});
    q.reset();
}

QList<Customer> StoreReader::searchCustomers(const QString &query, int limit)
{
    const QString match = SearchText::matchExpression(query);
    if (match.isEmpty())
        return {};
    SqliteStatement &q = m_db.statement(
        "SELECT cu.backend, cu.remote_id FROM customer_fts f JOIN customers cu ON cu.id = f.rowid "
        "WHERE customer_fts MATCH ?1 ORDER BY rank LIMIT ?2");
    q.bind(1, match).bind(2, limit);
    QList<QPair<QString, QString>> keys;
    while (q.step())
        keys.append({q.text(0), q.text(1)});
    q.reset();
    QList<Customer> out;
    for (const auto &[backend, remote] : keys)
        if (auto c = customer(backend, remote))
            out.append(*c);
    return out;
}

std::optional<Conversation> StoreReader::conversation(qint64 id)
{
    SqliteStatement &q = m_db.statement(
        "SELECT backend, remote_id, customer_remote_id, channel, status, priority, assignee, team, subject, "
        "sla_due_at, created_at, updated_at FROM conversations WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) {
        q.reset();
        return std::nullopt;
    }
    Conversation c;
    c.id = id;
    c.backendId = q.text(0);
    c.remoteId = q.text(1);
    c.customerRemoteId = q.text(2);
    c.channel = Channel(q.integer(3));
    c.status = ConversationStatus(q.integer(4));
    c.priority = Priority(q.integer(5));
    c.assigneeRemoteId = q.text(6);
    c.teamRemoteId = q.text(7);
    c.subject = q.text(8);
    c.slaDueAt = q.dateTime(9);
    c.createdAt = q.dateTime(10);
    c.updatedAt = q.dateTime(11);
    q.reset();
    return c;
}

QList<Agent> StoreReader::agents()
{
    SqliteStatement &q = m_db.statement(
        "SELECT backend, remote_id, name, team_remote_id, presence FROM agents ORDER BY name COLLATE NOCASE");
    QList<Agent> out;
    while (q.step())
        out.append({q.text(0), q.text(1), q.text(2), q.text(3), Presence(q.integer(4))});
    q.reset();
    return out;
}

QList<qint64> StoreReader::dueSnoozes(const QDateTime &now)
{
    SqliteStatement &q = m_db.statement(
        "SELECT id FROM conversations WHERE snoozed_until IS NOT NULL AND snoozed_until <= ?1 AND status = 2");
    q.bind(1, now);
    QList<qint64> out;
    while (q.step())
        out << q.int64(0);
    q.reset();
    return out;
}

QList<Team> StoreReader::teams()
{
    SqliteStatement &q =
        m_db.statement("SELECT backend, remote_id, name FROM teams ORDER BY name COLLATE NOCASE");
    QList<Team> out;
    while (q.step())
        out.append({q.text(0), q.text(1), q.text(2)});
    q.reset();
    return out;
}

std::optional<Customer> StoreReader::customer(const QString &backendId, const QString &remoteId)
{
    SqliteStatement &q =
        m_db.statement("SELECT id, name, tier, site_id, verified, language, handles, updated_at "
                       "FROM customers WHERE backend = ?1 AND remote_id = ?2");
    q.bind(1, backendId).bind(2, remoteId);
    if (!q.step()) {
        q.reset();
        return std::nullopt;
    }
    Customer c;
    c.id = q.int64(0);
    c.backendId = backendId;
    c.remoteId = remoteId;
    c.name = q.text(1);
    c.tier = Tier(q.integer(2));
    c.siteId = q.text(3);
    c.verified = q.integer(4) != 0;
    c.language = q.text(5);
    const QJsonArray handles = QJsonDocument::fromJson(q.text(6).toUtf8()).array();
    c.updatedAt = q.dateTime(7);
    q.reset();
    const QMetaEnum channels = QMetaEnum::fromType<Channel>();
    for (const QJsonValue &v : handles) {
        const QByteArray name = v[QLatin1String("channel")].toString().toLatin1();
        bool ok = false;
        int value = -1;
        for (int i = 0; i < channels.keyCount() && !ok; ++i)
            if (QByteArray(channels.key(i)).toLower() == name) {
                value = channels.value(i);
                ok = true;
            }
        if (ok)
            c.handles.append({Channel(value), v[QLatin1String("handle")].toString()});
    }
    SqliteStatement &p = m_db.statement("SELECT model, serial, site_id, installed_on, warranty_until FROM "
                                        "products WHERE customer_id = ?1 ORDER BY id");
    p.bind(1, c.id);
    while (p.step())
        c.products.append({p.text(0), p.text(1), p.text(2), QDate::fromString(p.text(3), Qt::ISODate),
                           QDate::fromString(p.text(4), Qt::ISODate)});
    p.reset();
    return c;
}

qint64 StoreReader::conversationCount()
{
    return m_db.scalar("SELECT count(*) FROM conversations");
}

qint64 StoreReader::messageCount()
{
    return m_db.scalar("SELECT count(*) FROM messages");
}

#define SERVICE_REQUEST_SELECT                                                                                       \
    "SELECT s.backend, s.remote_id, s.client_key, s.subject, s.queue, s.status, s.owner, s.requestor, s.priority, "  \
    "s.custom_fields, coalesce(s.origin_conversation_id, 0), s.conversation_remote_id, s.created_at, s.updated_at, " \
    "s.etag, o.state, o.last_error, s.due_at FROM service_requests s LEFT JOIN outbox o ON o.idempotency_key = s.client_key "

QList<ServiceRequestRow> StoreReader::readServiceRequests(SqliteStatement &q)
{
    QList<ServiceRequestRow> rows;
    while (q.step()) {
        ServiceRequestRow row;
        ServiceRequest &r = row.request;
        r.backendId = q.text(0);
        r.remoteId = q.text(1);
        r.clientKey = q.text(2);
        r.subject = q.text(3);
        r.queue = q.text(4);
        r.status = q.text(5);
        r.ownerRemoteId = q.text(6);
        r.requestorRemoteId = q.text(7);
        r.priority = q.integer(8);
        r.customFields = QJsonDocument::fromJson(q.text(9).toUtf8()).object().toVariantMap();
        r.originConversationId = q.int64(10);
        r.conversationRemoteId = q.text(11);
        r.createdAt = q.dateTime(12);
        r.updatedAt = q.dateTime(13);
        r.etag = q.text(14);
        r.dueAt = q.dateTime(17);
        if (!q.isNull(15) && q.integer(15) != int(OutboxState::Sent) &&
            q.integer(15) != int(OutboxState::Delivered)) {
            row.creation = OutboxState(q.integer(15));
            row.creationError = q.text(16);
        }
        rows.append(row);
    }
    q.reset();
    return rows;
}

QList<ServiceRequestRow> StoreReader::serviceRequests(qint64 conversationId)
{
    SqliteStatement &q =
        m_db.statement(SERVICE_REQUEST_SELECT
                       "WHERE s.origin_conversation_id = ?1 OR (s.backend, s.conversation_remote_id) = "
                       "(SELECT backend, remote_id FROM conversations WHERE id = ?1) ORDER BY s.id");
    q.bind(1, conversationId);
    return readServiceRequests(q);
}

std::optional<ServiceRequest> StoreReader::serviceRequest(const QString &backendId, const QString &remoteId)
{
    SqliteStatement &q = m_db.statement(SERVICE_REQUEST_SELECT "WHERE s.backend = ?1 AND s.remote_id = ?2");
    q.bind(1, backendId).bind(2, remoteId);
    const QList<ServiceRequestRow> rows = readServiceRequests(q);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().request;
}

} // namespace AgentDesk
