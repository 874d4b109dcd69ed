#include "ConversationController.h"

#include "store/Store.h"

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
    request.authorName = m_agentName;
    const qint64 conversationId = request.conversationId;
    m_store->enqueue(request, this, [this, conversationId](const OutboxItem &item, const QString &error) {
        if (item.id)
            Q_EMIT queued(item);
        else
            Q_EMIT refused(conversationId, error);
    });
}

void ConversationController::sendReply(qint64 conversationId, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        Q_EMIT refused(conversationId, tr("Type a reply before sending."));
        return;
    }
    OutboxRequest r;
    r.conversationId = conversationId;
    r.kind = OutboxKind::Reply;
    r.text = text;
    enqueue(r);
}

void ConversationController::addNote(qint64 conversationId, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        Q_EMIT refused(conversationId, tr("Type a note before adding it."));
        return;
    }
    OutboxRequest r;
    r.conversationId = conversationId;
    r.kind = OutboxKind::Note;
    r.text = text;
    enqueue(r);
}

void ConversationController::setStatus(qint64 conversationId, Domain::ConversationStatus status)
{
    OutboxRequest r;
    r.conversationId = conversationId;
    r.kind = OutboxKind::SetStatus;
    r.status = status;
    enqueue(r);
}

void ConversationController::assign(qint64 conversationId, const QString &assigneeRemoteId)
{
    OutboxRequest r;
    r.conversationId = conversationId;
    r.kind = OutboxKind::Assign;
    r.assigneeRemoteId = assigneeRemoteId;
    enqueue(r);
}

void ConversationController::setPriority(qint64 conversationId, Domain::Priority priority)
{
    OutboxRequest r;
    r.conversationId = conversationId;
    r.kind = OutboxKind::SetPriority;
    r.priority = priority;
    enqueue(r);
}

void ConversationController::retry(qint64 outboxId)
{
    m_store->retryOutbox(outboxId);
}

void ConversationController::markRead(qint64 conversationId)
{
    m_store->markConversationRead(conversationId);
}

} // namespace AgentDesk
