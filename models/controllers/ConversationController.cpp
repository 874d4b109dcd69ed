// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationController.h"

#include "services/Backend.h"
#include "services/BackendRegistry.h"
#include "services/MessagingService.h"
#include "store/Store.h"
#include "store/StoreDatabase.h"
#include "store/StoreReader.h"

#include <QUuid>

namespace AgentDesk {

ConversationController::ConversationController(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

void ConversationController::enqueue(OutboxRequest request)
{
    if (!request.conversationId) {
        Q_EMIT refused(0, tr("No conversation is selected."));
        return;
    }
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.authorName = agentNameForConversation(request.conversationId);
    const qint64 conversationId = request.conversationId;
    Q_EMIT requested(conversationId, request.kind);
    m_store->enqueue(request, this, [this, conversationId](const OutboxItem &item, const QString &error) {
        if (item.id)
            Q_EMIT queued(item);
        else
            Q_EMIT refused(conversationId, error);
    });
}

QString ConversationController::agentNameFor(const QString &backendId) const
{
    const QString chosen = m_agentNames.value(backendId).trimmed();
    return chosen.isEmpty() ? serverNameFor(backendId) : chosen;
}

QString ConversationController::serverNameFor(const QString &backendId) const
{
    const QString known = m_serverName ? m_serverName(backendId).trimmed() : QString();
    return known.isEmpty() ? m_agentName : known;
}

QString ConversationController::agentNameForConversation(qint64 conversationId) const
{
    return agentNameFor(m_backendOf ? m_backendOf(conversationId) : QString());
}

void ConversationController::sendReply(qint64 conversationId, const QString &text, const QStringList &files)
{
    if (text.trimmed().isEmpty() && files.isEmpty())
        Q_EMIT refused(conversationId, tr("Type a reply before sending."));
    else
        enqueue({.conversationId = conversationId, .kind = OutboxKind::Reply, .text = text, .files = files});
}

void ConversationController::setTyping(const QString &backendId, const QString &conversationRemoteId,
                                       bool typing)
{
    Backend *backend = m_registry ? m_registry->backend(backendId) : nullptr;
    if (MessagingService *messaging = backend ? backend->messaging() : nullptr)
        messaging->setTyping(conversationRemoteId, typing);
}

void ConversationController::saveDraft(qint64 conversationId, const QString &text)
{
    if (conversationId)
        m_store->saveDraft(conversationId, text);
}

void ConversationController::fetchDraft(qint64 conversationId, QObject *context,
                                        std::function<void(QString)> done)
{
    m_store->fetchDraft(conversationId, context, std::move(done));
}

void ConversationController::addNote(qint64 conversationId, const QString &text)
{
    if (text.trimmed().isEmpty())
        Q_EMIT refused(conversationId, tr("Type a note before adding it."));
    else
        enqueue({.conversationId = conversationId, .kind = OutboxKind::Note, .text = text});
}

void ConversationController::setStatus(qint64 conversationId, Domain::ConversationStatus status)
{
    setStatusUntil(conversationId, status, {});
}

void ConversationController::setStatusUntil(qint64 conversationId, Domain::ConversationStatus status,
                                            const QDateTime &until)
{
    OutboxRequest request{.conversationId = conversationId, .kind = OutboxKind::SetStatus, .status = status};
    if (until.isValid())
        request.fields.insert(QStringLiteral("until"), until.toUTC());
    enqueue(request);
}

void ConversationController::snooze(qint64 conversationId, const QDateTime &until)
{
    if (!until.isValid() || until <= QDateTime::currentDateTimeUtc())
        Q_EMIT refused(conversationId, tr("Snooze until a time in the future."));
    else
        setStatusUntil(conversationId, Domain::ConversationStatus::Snoozed, until);
}

void ConversationController::wakeDueSnoozes()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_store->read<QList<qint64>>(
        this, [now](StoreDatabase &db) { return db.reader().dueSnoozes(now); },
        [this](const QList<qint64> &due) {
            for (const qint64 id : due)
                setStatus(id, Domain::ConversationStatus::Open);
        });
}

bool ConversationController::canUndo(const OutboxItem &item)
{
    return (item.kind == OutboxKind::SetStatus || item.kind == OutboxKind::Assign ||
            item.kind == OutboxKind::SetPriority || item.kind == OutboxKind::SetLabels ||
            (item.kind == OutboxKind::SetTeam &&
             !item.payload.value(QStringLiteral("from")).toString().isEmpty())) &&
           item.payload.contains(QStringLiteral("from"));
}

bool ConversationController::undo(const OutboxItem &item)
{
    if (!canUndo(item))
        return false;
    const QVariant from = item.payload.value(QStringLiteral("from"));
    switch (item.kind) {
    case OutboxKind::SetStatus: {
        const auto status = Domain::ConversationStatus(from.toInt());
        const QDateTime until = item.payload.value(QStringLiteral("fromUntil")).toDateTime();
        // A snooze whose time has passed meanwhile comes back open rather than snoozed forever.
        if (status == Domain::ConversationStatus::Snoozed &&
            (!until.isValid() || until <= QDateTime::currentDateTimeUtc()))
            setStatus(item.conversationId, Domain::ConversationStatus::Open);
        else
            setStatusUntil(item.conversationId, status, until);
        return true;
    }
    case OutboxKind::Assign:
        assign(item.conversationId, from.toString());
        return true;
    case OutboxKind::SetPriority:
        setPriority(item.conversationId, Domain::Priority(from.toInt()));
        return true;
    case OutboxKind::SetTeam:
        setTeam(item.conversationId, from.toString());
        return true;
    case OutboxKind::SetLabels:
        setLabels(item.conversationId, from.toStringList());
        return true;
    default:
        return false;
    }
}

void ConversationController::assign(qint64 conversationId, const QString &assigneeRemoteId)
{
    enqueue(
        {.conversationId = conversationId, .kind = OutboxKind::Assign, .assigneeRemoteId = assigneeRemoteId});
}

void ConversationController::setPriority(qint64 conversationId, Domain::Priority priority)
{
    enqueue({.conversationId = conversationId, .kind = OutboxKind::SetPriority, .priority = priority});
}

void ConversationController::setTeam(qint64 conversationId, const QString &teamRemoteId)
{
    enqueue({.conversationId = conversationId, .kind = OutboxKind::SetTeam, .teamRemoteId = teamRemoteId});
}

void ConversationController::setLabels(qint64 conversationId, const QStringList &labels)
{
    enqueue({.conversationId = conversationId, .kind = OutboxKind::SetLabels, .labels = labels});
}

void ConversationController::createServiceRequest(qint64 conversationId, const QString &ticketBackendId,
                                                  const QString &subject, const QString &queue)
{
    enqueue({.conversationId = conversationId,
             .kind = OutboxKind::CreateServiceRequest,
             .targetBackendId = ticketBackendId,
             .fields = {{QStringLiteral("subject"), subject}, {QStringLiteral("queue"), queue}}});
}

void ConversationController::setServiceRequestField(qint64 conversationId, const QString &field,
                                                    const QVariant &value)
{
    enqueue({.conversationId = conversationId,
             .kind = OutboxKind::SetField,
             .fields = {{QStringLiteral("field"), field}, {QStringLiteral("value"), value}}});
}

void ConversationController::retry(qint64 outboxId)
{
    m_store->retryOutbox(outboxId);
}

void ConversationController::retryMessage(qint64 messageId)
{
    m_store->retryMessage(messageId);
}

void ConversationController::markRead(qint64 conversationId)
{
    m_store->markConversationRead(conversationId);
}

} // namespace AgentDesk
