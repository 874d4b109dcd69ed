// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxTable.h"

#include "text/Translate.h"

#include "EventWriter.h"
#include "SqliteDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>

namespace AgentDesk {

using namespace Domain;

namespace {

#define OUTBOX_SELECT                                                                                              \
    "SELECT o.id, o.idempotency_key, o.backend, o.conversation_id, c.remote_id, o.message_id, o.kind, o.payload, " \
    "o.state, o.attempts, o.next_attempt_at, o.last_error, o.remote_id, o.created_at, o.failures, o.send_mark "    \
    "FROM outbox o "                                                                                               \
    "LEFT JOIN conversations c ON c.id = o.conversation_id "

QString tr(const char *text)
{
    return translateIn("AgentDesk::OutboxTable", text);
}

QVariantMap payloadOf(const OutboxRequest &r)
{
    switch (r.kind) {
    case OutboxKind::Reply:
    case OutboxKind::Note:
        return {{QStringLiteral("text"), r.text}, {QStringLiteral("author"), r.authorName}};
    case OutboxKind::SetStatus:
        return {{QStringLiteral("status"), int(r.status)}};
    case OutboxKind::Assign:
        return {{QStringLiteral("assignee"), r.assigneeRemoteId}};
    case OutboxKind::SetPriority:
        return {{QStringLiteral("priority"), int(r.priority)}};
    case OutboxKind::SetTeam:
        return {{QStringLiteral("team"), r.teamRemoteId}};
    case OutboxKind::SetLabels:
        return {{QStringLiteral("labels"), Domain::normalizedLabels(r.labels)}};
    case OutboxKind::CreateServiceRequest:
    case OutboxKind::SetField:
        return r.fields;
    }
    return {};
}

QString toJson(const QVariant &value)
{
    return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
}

} // namespace

bool OutboxTable::attach(const QString &path, const QString &key, Attachment *out, QString *error) const
{
    const QFileInfo source(path);
    if (!source.isFile() || !source.isReadable()) {
        *error = tr("Cannot attach %1: there is no readable file there.").arg(path);
        return false;
    }
    out->fileName = source.fileName();
    out->size = source.size();
    out->mimeType = QMimeDatabase().mimeTypeForFile(source).name();
    out->localPath = source.absoluteFilePath();
    if (m_filesDir.isEmpty())
        return true;
    const QString dir = QDir(m_filesDir).filePath(key);
    const QString copy = QDir(dir).filePath(out->fileName);
    QFile::remove(copy); // a leftover of an enqueue that did not commit
    if (!QDir().mkpath(dir) || !QFile::copy(path, copy)) {
        *error = tr("Cannot keep a copy of %1 for sending in %2.").arg(path, dir);
        return false;
    }
    out->localPath = copy;
    return true;
}

QList<OutboxItem> OutboxTable::read(SqliteStatement &q)
{
    QList<OutboxItem> items;
    while (q.step()) {
        OutboxItem i;
        i.id = q.int64(0);
        i.idempotencyKey = q.text(1);
        i.backendId = q.text(2);
        i.conversationId = q.int64(3);
        i.conversationRemoteId = q.text(4);
        i.messageId = q.int64(5);
        i.kind = OutboxKind(q.integer(6));
        i.payload = QJsonDocument::fromJson(q.text(7).toUtf8()).object().toVariantMap();
        i.state = OutboxState(q.integer(8));
        i.attempts = q.integer(9);
        i.nextAttemptAt = q.dateTime(10);
        i.lastError = q.text(11);
        i.remoteId = q.text(12);
        i.createdAt = q.dateTime(13);
        i.failures = q.integer(14);
        i.sendMark = q.text(15);
        items.append(i);
    }
    q.reset();
    return items;
}

OutboxItem OutboxTable::item(qint64 id)
{
    SqliteStatement &q = m_db.statement(OUTBOX_SELECT "WHERE o.id = ?1");
    q.bind(1, id);
    const QList<OutboxItem> items = read(q);
    return items.value(0);
}

OutboxItem OutboxTable::enqueue(const OutboxRequest &r, const QDateTime &now, StoreChanges &changes,
                                QString *error)
{
    if (r.idempotencyKey.isEmpty()) {
        *error = tr("An action without an idempotency key cannot be queued.");
        return {};
    }
    {
        SqliteStatement &q = m_db.statement("SELECT id FROM outbox WHERE idempotency_key = ?1");
        q.bind(1, r.idempotencyKey);
        const qint64 existing = q.step() ? q.int64(0) : 0;
        q.reset();
        if (existing)
            return item(existing);
    }
    SqliteStatement &cq =
        m_db.statement("SELECT backend, remote_id, status, assignee, priority, subject, "
                       "customer_remote_id, snoozed_until, team, labels FROM conversations WHERE id = ?1");
    cq.bind(1, r.conversationId);
    if (!cq.step()) {
        cq.reset();
        *error = tr("The conversation no longer exists.");
        return {};
    }
    const QString conversationBackend = cq.text(0);
    const QString conversationRemoteId = cq.text(1);
    const int statusBefore = cq.integer(2);
    const QString assigneeBefore = cq.text(3);
    const int priorityBefore = cq.integer(4);
    const QString subject = cq.text(5);
    const QString customerRemoteId = cq.text(6);
    const QDateTime snoozedBefore = cq.dateTime(7);
    const QString teamBefore = cq.text(8);
    const QStringList labelsBefore = cq.text(9).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    cq.reset();

    QString backendId = conversationBackend;
    QVariantMap payload = payloadOf(r);
    qint64 messageId = 0;
    switch (r.kind) {
    case OutboxKind::Reply:
    case OutboxKind::Note: {
        QList<Attachment> attachments;
        QVariantList sent;
        for (const QString &path : r.kind == OutboxKind::Reply ? r.files : QStringList()) {
            Attachment a;
            if (!attach(path, r.idempotencyKey, &a, error))
                return {};
            attachments.append(a);
            sent.append(QVariantMap{{QStringLiteral("fileName"), a.fileName},
                                    {QStringLiteral("mimeType"), a.mimeType},
                                    {QStringLiteral("size"), a.size},
                                    {QStringLiteral("path"), a.localPath}});
        }
        if (r.text.trimmed().isEmpty() && attachments.isEmpty()) {
            *error = tr("An empty message cannot be sent.");
            return {};
        }
        if (!sent.isEmpty())
            payload.insert(QStringLiteral("attachments"), sent);
        Message m;
        m.attachments = attachments;
        m.backendId = backendId;
        m.conversationRemoteId = conversationRemoteId;
        m.clientKey = r.idempotencyKey;
        m.direction = Direction::Outbound;
        m.authorName = r.authorName;
        m.text = r.text;
        m.internalNote = r.kind == OutboxKind::Note;
        m.sentAt = now;
        m.delivery = DeliveryState::Queued;
        messageId = m_writer.insertMessage(m, r.conversationId, changes);
        break;
    }
    case OutboxKind::SetStatus: {
        payload.insert(QStringLiteral("from"), statusBefore);
        if (snoozedBefore.isValid())
            payload.insert(QStringLiteral("fromUntil"), snoozedBefore);
        const QDateTime until = r.status == ConversationStatus::Snoozed
                                    ? r.fields.value(QStringLiteral("until")).toDateTime()
                                    : QDateTime();
        if (until.isValid())
            payload.insert(QStringLiteral("until"), until);
        m_db.statement("UPDATE conversations SET status = ?2, snoozed_until = ?3 WHERE id = ?1")
            .bind(1, r.conversationId)
            .bind(2, int(r.status))
            .bind(3, until)
            .exec();
        break;
    }
    case OutboxKind::Assign:
        payload.insert(QStringLiteral("from"), assigneeBefore);
        m_db.statement("UPDATE conversations SET assignee = ?2 WHERE id = ?1")
            .bind(1, r.conversationId)
            .bind(2, r.assigneeRemoteId.isEmpty() ? QString() : r.assigneeRemoteId)
            .exec();
        break;
    case OutboxKind::SetPriority:
        payload.insert(QStringLiteral("from"), priorityBefore);
        m_db.statement("UPDATE conversations SET priority = ?2 WHERE id = ?1")
            .bind(1, r.conversationId)
            .bind(2, int(r.priority))
            .exec();
        break;
    case OutboxKind::SetTeam:
        if (r.teamRemoteId.isEmpty()) {
            *error = tr("Choose the team that is to work the conversation.");
            return {};
        }
        payload.insert(QStringLiteral("from"), teamBefore);
        m_db.statement("UPDATE conversations SET team = ?2 WHERE id = ?1")
            .bind(1, r.conversationId)
            .bind(2, r.teamRemoteId)
            .exec();
        break;
    case OutboxKind::SetLabels: {
        const QStringList labels = Domain::normalizedLabels(r.labels);
        for (const QString &label : labels)
            if (label.size() > Domain::maxLabelLength) {
                *error = tr("A label is at most %1 characters long: \"%2\" is longer.")
                             .arg(Domain::maxLabelLength)
                             .arg(label);
                return {};
            }
        payload.insert(QStringLiteral("from"), labelsBefore);
        SqliteStatement &q = m_db.statement("UPDATE conversations SET labels = ?2 WHERE id = ?1");
        q.bind(1, r.conversationId);
        labels.isEmpty() ? q.bindNull(2) : q.bind(2, labels.join(QLatin1Char('\n')));
        q.exec();
        break;
    }
    case OutboxKind::SetField:
        if (!setField(conversationBackend, conversationRemoteId, r.fields, payload, changes, error))
            return {};
        break;
    case OutboxKind::CreateServiceRequest:
        backendId = r.targetBackendId;
        if (!prepareServiceRequest(r, subject, conversationBackend, customerRemoteId, now, payload, changes,
                                   error))
            return {};
        break;
    }
    if (r.kind == OutboxKind::SetStatus || r.kind == OutboxKind::Assign ||
        r.kind == OutboxKind::SetPriority || r.kind == OutboxKind::SetTeam) {
        const QString etag = serviceRequestEtag(conversationBackend, conversationRemoteId);
        if (!etag.isEmpty())
            payload.insert(QStringLiteral("etag"), etag);
    }
    changes.conversations.insert(r.conversationId);

    SqliteStatement &ins = m_db.statement(
        "INSERT INTO outbox (idempotency_key, backend, conversation_id, message_id, kind, payload, state, attempts, "
        "next_attempt_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, ?7, ?7, ?7)");
    ins.bind(1, r.idempotencyKey).bind(2, backendId).bind(3, r.conversationId);
    messageId ? ins.bind(4, messageId) : ins.bindNull(4);
    ins.bind(5, int(r.kind));
    ins.bind(6, toJson(payload));
    ins.bind(7, now);
    ins.exec();
    changes.outbox = true;
    return item(m_db.lastInsertRowId());
}

QString OutboxTable::serviceRequestEtag(const QString &backendId, const QString &conversationRemoteId)
{
    SqliteStatement &q = m_db.statement("SELECT etag FROM service_requests WHERE backend = ?1 AND "
                                        "conversation_remote_id = ?2 ORDER BY id LIMIT 1");
    q.bind(1, backendId).bind(2, conversationRemoteId);
    const QString etag = q.step() ? q.text(0) : QString();
    q.reset();
    return etag;
}

bool OutboxTable::setField(const QString &backendId, const QString &conversationRemoteId,
                           const QVariantMap &fields, QVariantMap &payload, StoreChanges &changes,
                           QString *error)
{
    const QString field = fields.value(QStringLiteral("field")).toString().trimmed();
    if (field.isEmpty()) {
        *error = tr("A field change needs the name of the field.");
        return false;
    }
    SqliteStatement &q =
        m_db.statement("SELECT id, custom_fields, etag FROM service_requests WHERE backend = ?1 "
                       "AND conversation_remote_id = ?2 ORDER BY id LIMIT 1");
    q.bind(1, backendId).bind(2, conversationRemoteId);
    if (!q.step()) {
        q.reset();
        *error = tr("This conversation has no service request whose fields could be changed.");
        return false;
    }
    const qint64 id = q.int64(0);
    QVariantMap custom = QJsonDocument::fromJson(q.text(1).toUtf8()).object().toVariantMap();
    const QString etag = q.text(2);
    q.reset();
    payload.insert(QStringLiteral("field"), field);
    payload.insert(QStringLiteral("from"), custom.value(field, QString()));
    payload.insert(QStringLiteral("etag"), etag);
    custom.insert(field, fields.value(QStringLiteral("value")));
    m_db.statement("UPDATE service_requests SET custom_fields = ?2 WHERE id = ?1")
        .bind(1, id)
        .bind(2, toJson(custom))
        .exec();
    changes.serviceRequests = true;
    return true;
}

bool OutboxTable::prepareServiceRequest(const OutboxRequest &r, const QString &conversationSubject,
                                        const QString &conversationBackend, const QString &customerRemoteId,
                                        const QDateTime &now, QVariantMap &payload, StoreChanges &changes,
                                        QString *error)
{
    if (r.targetBackendId.isEmpty()) {
        *error = tr("Choose the system the service request is created in.");
        return false;
    }
    QString subject = r.fields.value(QStringLiteral("subject")).toString().simplified();
    if (subject.isEmpty())
        subject = conversationSubject.simplified();
    if (subject.isEmpty()) {
        *error = tr("A service request needs a subject.");
        return false;
    }
    payload.insert(QStringLiteral("subject"), subject);

    // The customer: name for the transcript, an e-mail address as the requestor when there is one.
    QString customerName = customerRemoteId;
    QString email;
    {
        SqliteStatement &q =
            m_db.statement("SELECT name, handles FROM customers WHERE backend = ?1 AND remote_id = ?2");
        q.bind(1, conversationBackend).bind(2, customerRemoteId);
        if (q.step()) {
            customerName = q.text(0);
            for (const QJsonValue &h : QJsonDocument::fromJson(q.text(1).toUtf8()).array())
                if (h.toObject().value(QLatin1String("channel")).toString() == channelName(Channel::Email))
                    email = h.toObject().value(QLatin1String("handle")).toString();
        }
        q.reset();
    }
    payload.insert(QStringLiteral("customer"), customerName);
    if (!email.isEmpty())
        payload.insert(QStringLiteral("requestor"), email);

    // The transcript the customer saw: no internal notes, no system lines.
    QStringList lines;
    QVariantList attachments;
    SqliteStatement &mq = m_db.statement(
        "SELECT m.direction, m.author, m.body, m.sent_at, a.file_name, a.mime_type, a.size, a.local_path, "
        "a.remote_ref FROM messages m LEFT JOIN attachments a ON a.message_id = m.id WHERE m.conversation_id = ?1 "
        "AND m.internal_note = 0 AND m.direction <> ?2 ORDER BY m.sent_at, m.id, a.id");
    mq.bind(1, r.conversationId).bind(2, int(Direction::System));
    QString lastLine;
    while (mq.step()) {
        const auto direction = Direction(mq.integer(0));
        QString author = mq.text(1);
        if (author.isEmpty())
            author = direction == Direction::Inbound ? customerName : tr("Agent");
        const QString line =
            QStringLiteral("[%1] %2: %3")
                .arg(mq.dateTime(3).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), author, mq.text(2));
        if (line != lastLine) // one line per message, even with several attachments
            lines << line;
        lastLine = line;
        if (!mq.isNull(4)) {
            lines << tr("    [attachment: %1, %2, %3 bytes]").arg(mq.text(4), mq.text(5)).arg(mq.int64(6));
            attachments << QVariantMap{{QStringLiteral("fileName"), mq.text(4)},
                                       {QStringLiteral("mimeType"), mq.text(5)},
                                       {QStringLiteral("size"), mq.int64(6)},
                                       {QStringLiteral("localPath"), mq.text(7)},
                                       {QStringLiteral("remoteRef"), mq.text(8)}};
        }
    }
    mq.reset();
    const QString header = tr("Conversation with %1 (%2 messages):").arg(customerName).arg(lines.size());
    payload.insert(QStringLiteral("content"),
                   QString(header + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'))));
    if (!attachments.isEmpty())
        payload.insert(QStringLiteral("attachments"), attachments);

    SqliteStatement &ins = m_db.statement(
        "INSERT INTO service_requests (backend, client_key, origin_conversation_id, subject, queue, requestor, "
        "status, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, '', ?7, ?7)");
    ins.bind(1, r.targetBackendId).bind(2, r.idempotencyKey).bind(3, r.conversationId).bind(4, subject);
    ins.bind(5, payload.value(QStringLiteral("queue")).toString()).bind(6, email).bind(7, now);
    ins.exec();
    changes.serviceRequests = true;
    return true;
}

QList<OutboxItem> OutboxTable::due(const QDateTime &now, int limit)
{
    SqliteStatement &q = m_db.statement(
        OUTBOX_SELECT
        "WHERE o.state = 0 AND o.next_attempt_at <= ?1 AND o.id = (SELECT min(h.id) FROM outbox h "
        "WHERE h.conversation_id IS o.conversation_id AND h.state IN (0, 1)) ORDER BY o.id LIMIT ?2");
    q.bind(1, now).bind(2, limit);
    return read(q);
}

QDateTime OutboxTable::nextAttemptAt()
{
    SqliteStatement &q = m_db.statement("SELECT min(next_attempt_at) FROM outbox WHERE state = 0");
    const QDateTime at = q.step() ? q.dateTime(0) : QDateTime();
    q.reset();
    return at;
}

QList<OutboxItem> OutboxTable::pending()
{
    SqliteStatement &q = m_db.statement(OUTBOX_SELECT "WHERE o.state IN (0, 1, 4) ORDER BY o.id");
    return read(q);
}

void OutboxTable::setMessageDelivery(qint64 messageId, int delivery, const QString &error,
                                     StoreChanges &changes)
{
    if (!messageId)
        return;
    SqliteStatement &up = m_db.statement("UPDATE messages SET delivery = ?2, error = ?3 WHERE id = ?1 AND "
                                         "delivery < 3 RETURNING conversation_id");
    up.bind(1, messageId).bind(2, delivery).bind(3, error.isEmpty() ? QString() : error);
    if (up.step())
        changes.messages[up.int64(0)].insert(messageId);
    up.reset();
}

bool OutboxTable::markSending(qint64 id, const QString &mark, StoreChanges &changes)
{
    // The first mark stays: it describes the server before the first attempt, which later ones
    // must look past.
    SqliteStatement &up =
        m_db.statement("UPDATE outbox SET state = 1, attempts = attempts + 1, send_mark = "
                       "coalesce(send_mark, ?3), updated_at = ?2 WHERE id = ?1 AND state = 0 "
                       "RETURNING message_id");
    up.bind(1, id).bind(2, QDateTime::currentDateTimeUtc()).bind(3, mark.isEmpty() ? QString() : mark);
    if (!up.step()) {
        up.reset();
        return false; // settled or cancelled meanwhile
    }
    const qint64 messageId = up.isNull(0) ? 0 : up.int64(0);
    up.reset();
    setMessageDelivery(messageId, int(DeliveryState::Sending), {}, changes);
    changes.outbox = true;
    return true;
}

void OutboxTable::markSent(qint64 id, const QString &remoteId, StoreChanges &changes)
{
    SqliteStatement &up =
        m_db.statement("UPDATE outbox SET state = 2, remote_id = ?2, last_error = NULL, "
                       "updated_at = ?3 WHERE id = ?1 AND state < 2 RETURNING message_id, backend, kind, "
                       "idempotency_key");
    up.bind(1, id)
        .bind(2, remoteId.isEmpty() ? QString() : remoteId)
        .bind(3, QDateTime::currentDateTimeUtc());
    if (!up.step()) {
        up.reset();
        return;
    }
    const qint64 messageId = up.isNull(0) ? 0 : up.int64(0);
    const QString backendId = up.text(1);
    const auto kind = OutboxKind(up.integer(2));
    const QString key = up.text(3);
    up.reset();
    changes.outbox = true;
    if (kind == OutboxKind::CreateServiceRequest && !remoteId.isEmpty())
        confirmServiceRequest(backendId, key, remoteId, changes);
    if (!messageId)
        return;
    if (!remoteId.isEmpty()) {
        // The backend may have echoed the message before confirming it: keep our row, drop the echo.
        SqliteStatement &dup =
            m_db.statement("SELECT id FROM messages WHERE backend = ?1 AND remote_id = ?2 AND id <> ?3");
        dup.bind(1, backendId).bind(2, remoteId).bind(3, messageId);
        if (dup.step()) {
            const qint64 echoId = dup.int64(0);
            dup.reset();
            m_writer.queueForSearch(echoId);
            m_db.statement("DELETE FROM messages WHERE id = ?1").bind(1, echoId).exec();
        } else {
            dup.reset();
        }
        m_db.statement("UPDATE messages SET remote_id = ?2 WHERE id = ?1")
            .bind(1, messageId)
            .bind(2, remoteId)
            .exec();
    }
    setMessageDelivery(messageId, int(DeliveryState::Sent), {}, changes);
}

void OutboxTable::confirmServiceRequest(const QString &backendId, const QString &key, const QString &remoteId,
                                        StoreChanges &changes)
{
    // The backend may have reported the new request before confirming it: keep the reported row
    // (it has the backend's fields), give it the link to the conversation, drop ours.
    SqliteStatement &q =
        m_db.statement("SELECT id FROM service_requests WHERE backend = ?1 AND remote_id = ?2 AND "
                       "(client_key IS NULL OR client_key <> ?3)");
    q.bind(1, backendId).bind(2, remoteId).bind(3, key);
    const qint64 reported = q.step() ? q.int64(0) : 0;
    q.reset();
    if (reported) {
        m_db.statement(
                "UPDATE service_requests SET origin_conversation_id = (SELECT origin_conversation_id FROM "
                "service_requests WHERE backend = ?1 AND client_key = ?2), client_key = NULL WHERE id = ?3")
            .bind(1, backendId)
            .bind(2, key)
            .bind(3, reported)
            .exec();
        m_db.statement("DELETE FROM service_requests WHERE backend = ?1 AND client_key = ?2 AND id <> ?3")
            .bind(1, backendId)
            .bind(2, key)
            .bind(3, reported)
            .exec();
        m_db.statement("UPDATE service_requests SET client_key = ?2 WHERE id = ?1")
            .bind(1, reported)
            .bind(2, key)
            .exec();
    } else {
        m_db.statement(
                "UPDATE service_requests SET remote_id = ?3 WHERE backend = ?1 AND client_key = ?2 AND "
                "remote_id IS NULL")
            .bind(1, backendId)
            .bind(2, key)
            .bind(3, remoteId)
            .exec();
    }
    changes.serviceRequests = true;
}

void OutboxTable::markFailed(qint64 id, const QString &error, const QDateTime &retryAt, bool itemFailure,
                             StoreChanges &changes)
{
    const bool permanent = !retryAt.isValid();
    SqliteStatement &up =
        m_db.statement("UPDATE outbox SET state = ?2, last_error = ?3, next_attempt_at = "
                       "coalesce(?4, next_attempt_at), failures = failures + ?6, updated_at = "
                       "?5 WHERE id = ?1 AND state < 2 RETURNING message_id");
    up.bind(1, id).bind(2, permanent ? int(OutboxState::Failed) : int(OutboxState::Queued)).bind(3, error);
    up.bind(4, retryAt).bind(5, QDateTime::currentDateTimeUtc()).bind(6, itemFailure ? 1 : 0);
    const qint64 messageId = up.step() && !up.isNull(0) ? up.int64(0) : 0;
    up.reset();
    setMessageDelivery(messageId, permanent ? int(DeliveryState::Failed) : int(DeliveryState::Queued), error,
                       changes);
    changes.outbox = true;
}

void OutboxTable::retryMessage(qint64 messageId, const QDateTime &now, StoreChanges &changes)
{
    SqliteStatement &q = m_db.statement("SELECT id FROM outbox WHERE message_id = ?1 AND state = 4");
    q.bind(1, messageId);
    const qint64 id = q.step() ? q.int64(0) : 0;
    q.reset();
    if (id)
        retry(id, now, changes);
}

void OutboxTable::retry(qint64 id, const QDateTime &now, StoreChanges &changes)
{
    SqliteStatement &up = m_db.statement("UPDATE outbox SET state = 0, next_attempt_at = ?2, updated_at = ?2 "
                                         "WHERE id = ?1 AND state = 4 RETURNING message_id");
    up.bind(1, id).bind(2, now);
    const bool found = up.step();
    const qint64 messageId = found && !up.isNull(0) ? up.int64(0) : 0;
    up.reset();
    if (!found)
        return;
    // A failed message may be retried even though Failed is not "before" Queued.
    if (messageId) {
        SqliteStatement &m = m_db.statement(
            "UPDATE messages SET delivery = 0, error = NULL WHERE id = ?1 RETURNING conversation_id");
        m.bind(1, messageId);
        if (m.step())
            changes.messages[m.int64(0)].insert(messageId);
        m.reset();
    }
    changes.outbox = true;
}

int OutboxTable::retryBackendNow(const QString &backendId, const QDateTime &now, StoreChanges &changes)
{
    SqliteStatement &up =
        m_db.statement("UPDATE outbox SET next_attempt_at = ?2 WHERE backend = ?1 AND state = 0 "
                       "AND next_attempt_at > ?2");
    up.bind(1, backendId).bind(2, now).exec();
    const int items = m_db.changes();
    if (items)
        changes.outbox = true;
    return items;
}

int OutboxTable::resetInterrupted(StoreChanges &changes)
{
    SqliteStatement &up = m_db.statement("UPDATE outbox SET state = 0 WHERE state = 1 RETURNING message_id");
    int items = 0;
    QList<qint64> messageIds;
    while (up.step()) {
        ++items;
        if (!up.isNull(0))
            messageIds.append(up.int64(0));
    }
    up.reset();
    for (const qint64 messageId : std::as_const(messageIds))
        setMessageDelivery(messageId, int(DeliveryState::Queued), {}, changes);
    if (items)
        changes.outbox = true;
    return items;
}

} // namespace AgentDesk
