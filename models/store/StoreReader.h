// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArchiveFilter.h"
#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "InboxRow.h"
#include "ServiceRequestRow.h"

#include <optional>
#include <QList>

namespace AgentDesk {

class SqliteDatabase;

// Read queries of the store; runs on the store thread like everything touching SQLite.
class StoreReader final
{
public:
    explicit StoreReader(SqliteDatabase &db)
        : m_db(db)
    {}

    // All inbox rows, or only those with the given ids.
    QList<InboxRow> inboxRows(const QList<qint64> &ids = {});
    // archivedBefore: the cut-off of InboxScope (ms UTC).
    QList<InboxRow> inboxRows(InboxScope scope, qint64 archivedBefore);
    // The query of a scope: ?1 the cut-off, ?2 ConversationStatus::Resolved (for its query plan).
    static const char *inboxQuery(InboxScope scope);
    // Up to `limit` archived conversations (resolved, quiet since before archivedBefore, ms UTC)
    // that pass the filter, newest activity first, after `after` (ArchiveKey{}: from the newest).
    // Needs TextMatch's functions on the connection (ReadConnection has them).
    QList<InboxRow> archivePage(const ArchiveFilter &filter, qint64 archivedBefore, ArchiveKey after,
                                int limit);
    // The key of a row, to page on from it.
    static ArchiveKey archiveKey(const InboxRow &row);
    // The files of a conversation's messages (not of internal notes), with each message's backend.
    QList<std::pair<QString, Attachment>> conversationAttachments(qint64 conversationId);
    // All conversations of one customer, archived ones included.
    QList<InboxRow> customerInboxRows(const QString &backendId, const QString &customerRemoteId);
    // The newest `limit` messages sent before (beforeAt, beforeId), oldest first; both 0: newest.
    QList<Message> messages(qint64 conversationId, int limit, qint64 beforeAt = 0, qint64 beforeId = 0);
    QList<Message> messagesByIds(const QList<qint64> &ids);
    // From `older` messages before messageId up to the newest, oldest first: a search hit opened in
    // its conversation, with the context above it. Empty when the message is not in it.
    QList<Message> messagesFrom(qint64 conversationId, qint64 messageId, int older, bool *hasOlder = nullptr);
    QList<Customer> searchCustomers(const QString &query, int limit);
    std::optional<Conversation> conversation(qint64 id);
    std::optional<Customer> customer(const QString &backendId, const QString &remoteId);
    // Service requests created from this conversation, and the one the conversation is the thread of.
    QList<ServiceRequestRow> serviceRequests(qint64 conversationId);
    std::optional<ServiceRequest> serviceRequest(const QString &backendId, const QString &remoteId);
    // Every agent and team of every backend, by name.
    QList<Agent> agents();
    QList<Team> teams();
    // Snoozed conversations whose time to come back has come.
    QList<qint64> dueSnoozes(const QDateTime &now);
    qint64 conversationCount();
    qint64 messageCount();
    SqliteDatabase &database() { return m_db; }

private:
    QList<InboxRow> readInboxRows(class SqliteStatement &q, QList<InboxRow> rows = {});
    void loadAttachments(QList<Message> &messages);
    QList<Message> readMessages(class SqliteStatement &q);
    QList<ServiceRequestRow> readServiceRequests(class SqliteStatement &q);

    SqliteDatabase &m_db;
};

} // namespace AgentDesk
