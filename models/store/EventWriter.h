// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreChanges.h"
#include "sync/BackendEvent.h"

#include <QHash>
#include <QList>

#include <utility>

namespace AgentDesk {

class SqliteDatabase;

// Applies backend events to the store inside the caller's transaction. Every write is an upsert
// that changes nothing when the row already holds the same values, so replaying an event (after a
// reconnect, or a duplicate delivery) is harmless.
class EventWriter final
{
public:
    explicit EventWriter(SqliteDatabase &db)
        : m_db(db)
    {}

    // Applies one event of backendId; a rejected event adds its reason to changes.rejected.
    void apply(const QString &backendId, const BackendEvent &event, StoreChanges &changes);
    // Writes what the batch deferred: per-conversation summaries and the search queue.
    // StoreDatabase calls it once before every commit.
    void finishBatch(StoreChanges &changes);
    // Forget cached ids, e.g. after a rolled-back transaction.
    void clearCaches();
    // Forget only the cached row ids (after one event was rolled back to its savepoint): what the
    // batch deferred for the others stays.
    void forgetIds();

    // Shared with the outbox, which inserts the agent's own messages.
    qint64 insertMessage(const Message &message, qint64 conversationId, StoreChanges &changes);
    qint64 conversationId(const QString &backendId, const QString &remoteId);
    // The message was added, edited or deleted: the search index (its own file, see SearchIndex)
    // reads it again. Queued in this transaction, written at finishBatch().
    void queueForSearch(qint64 id) { m_searchIds.append(id); }
    // Whether a batch since the last call queued messages for the search index.
    bool takeSearchQueued() { return std::exchange(m_searchQueued, false); }

private:
    struct Summary
    {
        bool loaded = false;
        qint64 lastAt = 0;
        QString preview;    // as stored, or built at flush from the two below
        QString latestText; // shallow copies: the preview is made once per batch, not per message
        QString latestAttachment;
        bool latestChanged = false;
        int direction = 0;
        qint64 waitingSince = 0; // 0: nobody waiting
        qint64 firstReplyAt = 0; // 0: nobody answered yet
        int added = 0;
        int unreadAdded = 0;
    };

    void applyCustomer(const QString &backendId, const Customer &customer, StoreChanges &changes);
    void applyAgent(const QString &backendId, const Agent &agent, StoreChanges &changes);
    void applyTeam(const QString &backendId, const Team &team, StoreChanges &changes);
    void applyConversation(const QString &backendId, const Conversation &conversation, StoreChanges &changes);
    void applyMessage(const QString &backendId, const Message &message, StoreChanges &changes);
    void applyMessageState(const QString &backendId, const MessageStateChange &change, StoreChanges &changes);
    void applyPresence(const QString &backendId, const PresenceChange &change, StoreChanges &changes);
    void applyAlert(const QString &backendId, const Alert &alert, StoreChanges &changes);
    void applyTyping(const QString &backendId, const TypingChange &change, StoreChanges &changes);
    void applyServiceRequest(const QString &backendId, const ServiceRequest &request, StoreChanges &changes);
    void summarise(qint64 conversationId, const Message &message);

    SqliteDatabase &m_db;
    QHash<QString, qint64> m_conversationIds; // "backend\x1fremote" -> id
    QHash<qint64, Summary> m_summaries;
    QList<qint64> m_searchIds; // written as id ranges: one row per batch, not per message
    bool m_searchQueued = false;
};

} // namespace AgentDesk
