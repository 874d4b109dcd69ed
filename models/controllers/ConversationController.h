// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Domain.h"
#include "outbox/OutboxItem.h"

#include <functional>
#include <QHash>
#include <QObject>

namespace AgentDesk {

class BackendRegistry;
class Store;

// What an agent does to a conversation. Everything goes into the durable outbox first (so it
// survives a crash or a lost connection) and is sent from there; the UI sees the local effect at
// once through the store.
class ConversationController final : public QObject
{
    Q_OBJECT

public:
    explicit ConversationController(Store *store, QObject *parent = nullptr);

    // The name the agent signs replies and greetings with, per server: the one they set for it
    // (Preferences), else the one that server has for them, else the profile's own.
    void setAgentName(const QString &name) { m_agentName = name; }
    QString agentName() const { return m_agentName; }
    void setAgentNames(const QHash<QString, QString> &byBackend) { m_agentNames = byBackend; }
    QHash<QString, QString> agentNames() const { return m_agentNames; }
    // backendOf: a conversation's backend; serverName: what a backend calls the signed-in agent.
    void setNameSources(std::function<QString(qint64)> backendOf, std::function<QString(QString)> serverName)
    {
        m_backendOf = std::move(backendOf);
        m_serverName = std::move(serverName);
    }
    QString agentNameFor(const QString &backendId) const;
    // The name used on a server where the agent has set none of their own.
    QString serverNameFor(const QString &backendId) const;
    QString agentNameForConversation(qint64 conversationId) const;
    // Where typing indicators go (they are not durable, so they skip the outbox).
    void setRegistry(BackendRegistry *registry) { m_registry = registry; }
    // Tells the customer the agent is writing (or stopped), when the backend can.
    void setTyping(const QString &backendId, const QString &conversationRemoteId, bool typing);

    // The files are copied by the store when queued (see OutboxTable::setFilesDirectory).
    void sendReply(qint64 conversationId, const QString &text, const QStringList &files = {});
    // The agent's unsent text, kept per conversation across restarts; empty text drops it.
    void saveDraft(qint64 conversationId, const QString &text);
    void fetchDraft(qint64 conversationId, QObject *context, std::function<void(QString)> done);
    void addNote(qint64 conversationId, const QString &text);
    void setStatus(qint64 conversationId, Domain::ConversationStatus status);
    // Out of the way until then; it comes back by itself (wakeDueSnoozes) as an open conversation.
    void snooze(qint64 conversationId, const QDateTime &until);
    // Reopens snoozed conversations whose time has come; the app calls it on a timer.
    void wakeDueSnoozes();
    void assign(qint64 conversationId, const QString &assigneeRemoteId);
    void setPriority(qint64 conversationId, Domain::Priority priority);
    void setTeam(qint64 conversationId, const QString &teamRemoteId);
    // The whole set: the store normalises it (trimmed, unique, sorted) and refuses over-long labels.
    void setLabels(qint64 conversationId, const QStringList &labels);
    // A service request in a ticketing backend, with the conversation's transcript and attachments.
    void createServiceRequest(qint64 conversationId, const QString &ticketBackendId, const QString &subject,
                              const QString &queue);
    // A custom field of the service request this conversation is the thread of.
    void setServiceRequestField(qint64 conversationId, const QString &field, const QVariant &value);
    // Puts back what a status, assignment or priority change replaced, as a new outbox action (the
    // first may already be at the backend). False when the action has nothing to undo.
    bool undo(const OutboxItem &item);
    static bool canUndo(const OutboxItem &item);
    void retry(qint64 outboxId);
    // Sends a reply or note whose delivery failed once more.
    void retryMessage(qint64 messageId);
    void markRead(qint64 conversationId);

Q_SIGNALS:
    void queued(const AgentDesk::OutboxItem &item);
    // Sent before the request reaches the store, so its local effect can be told from others'.
    void requested(qint64 conversationId, AgentDesk::OutboxKind kind);
    // The action was refused before anything was stored (empty reply, unknown conversation...).
    void refused(qint64 conversationId, const QString &error);

private:
    void enqueue(OutboxRequest request);
    void setStatusUntil(qint64 conversationId, Domain::ConversationStatus status, const QDateTime &until);

    Store *m_store;
    BackendRegistry *m_registry = nullptr;
    QString m_agentName;
    QHash<QString, QString> m_agentNames;
    std::function<QString(qint64)> m_backendOf;
    std::function<QString(QString)> m_serverName;
};

} // namespace AgentDesk
