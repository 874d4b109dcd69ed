// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attachment.h"
#include "outbox/OutboxItem.h"
#include "StoreChanges.h"

#include <QList>

namespace AgentDesk {

class EventWriter;
class SqliteDatabase;

// The durable outbox: the agent's actions, stored (with their local effect) before they are sent.
class OutboxTable final
{
public:
    OutboxTable(SqliteDatabase &db, EventWriter &writer)
        : m_db(db)
        , m_writer(writer)
    {}

    // Files attached to replies are copied here when queued, so that the agent moving or deleting
    // the original cannot lose what is waiting to be sent. Empty: files are sent from where they are.
    void setFilesDirectory(const QString &dir) { m_filesDir = dir; }

    // Stores the request and applies it locally (a reply appears as a queued message, a status
    // change shows at once). Enqueueing the same idempotency key twice returns the first item.
    // Throws SqliteError; returns an item with id 0 and *error set for bad requests.
    OutboxItem enqueue(const OutboxRequest &request, const QDateTime &now, StoreChanges &changes,
                       QString *error);

    // Oldest queued item per conversation whose retry time has come, so one conversation's replies
    // leave in the order they were written.
    QList<OutboxItem> due(const QDateTime &now, int limit);
    QDateTime nextAttemptAt();   // invalid when nothing is queued
    QList<OutboxItem> pending(); // everything not yet sent, for display
    OutboxItem item(qint64 id);

    // The item is handed to its backend now, with the backend's mark (kept from the first attempt
    // on). False: it is no longer queued (settled meanwhile), and must not be sent.
    bool markSending(qint64 id, const QString &mark, StoreChanges &changes);
    void markSent(qint64 id, const QString &remoteId, StoreChanges &changes);
    // Transient failure: retried at retryAt; itemFailure counts it for the backoff (a lost
    // connection does not). Permanent (retryAt invalid): failed until the agent retries.
    void markFailed(qint64 id, const QString &error, const QDateTime &retryAt, bool itemFailure,
                    StoreChanges &changes);
    // The backend is connected again: what waits for it goes now, not at its backoff time.
    int retryBackendNow(const QString &backendId, const QDateTime &now, StoreChanges &changes);
    void retry(qint64 id, const QDateTime &now, StoreChanges &changes);
    // The failed send of this reply or note, queued again.
    void retryMessage(qint64 messageId, const QDateTime &now, StoreChanges &changes);
    // After a crash, items caught in "sending" go back to the queue (the key makes resending safe).
    int resetInterrupted(StoreChanges &changes);

private:
    // The attachment as it will be sent (a copy in the files directory), or false and *error.
    bool attach(const QString &path, const QString &key, Attachment *out, QString *error) const;
    QString serviceRequestEtag(const QString &backendId, const QString &conversationRemoteId);
    bool setField(const QString &backendId, const QString &conversationRemoteId, const QVariantMap &fields,
                  QVariantMap &payload, StoreChanges &changes, QString *error);
    bool prepareServiceRequest(const OutboxRequest &request, const QString &conversationSubject,
                               const QString &conversationBackend, const QString &customerRemoteId,
                               const QDateTime &now, QVariantMap &payload, StoreChanges &changes,
                               QString *error);
    void confirmServiceRequest(const QString &backendId, const QString &key, const QString &remoteId,
                               StoreChanges &changes);
    void setMessageDelivery(qint64 messageId, int delivery, const QString &error, StoreChanges &changes);
    QList<OutboxItem> read(class SqliteStatement &q);

    SqliteDatabase &m_db;
    QString m_filesDir;
    EventWriter &m_writer;
};

} // namespace AgentDesk
