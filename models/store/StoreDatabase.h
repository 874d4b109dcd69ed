// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventWriter.h"
#include "OutboxTable.h"
#include "SqliteDatabase.h"
#include "StoreChanges.h"
#include "StoreReader.h"
#include "sync/BackendEvent.h"
#include <atomic>

#include <memory>
#include <QString>

namespace AgentDesk {

// The store, synchronous. Lives on one thread: the Store facade runs it on its own thread for the
// app; tests, the generator and the benchmark use it directly.
class StoreDatabase final
{
public:
    StoreDatabase();
    ~StoreDatabase();

    // Opens or creates the store and brings it to the latest schema. On failure returns false with
    // a message for people in *error, and leaves the file untouched.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    // Why a store at path could not be written (read-only file or folder); empty when it can.
    static QString notWritable(const QString &path);
    // SQLite's quick check of the file at path on a connection of its own (safe beside this one in
    // WAL mode): empty when it is sound, else what is damaged, for people. Reads the whole file;
    // setting *stop ends it early, with nothing found.
    static QString quickCheck(const QString &path, const std::atomic<bool> *stop = nullptr);
    // A damaged store is read, never written again: writable() is false and damage() says why.
    void setDamaged(const QString &why) { m_damage = why; }
    bool writable() const { return m_damage.isEmpty(); }
    QString damage() const { return m_damage; }
    QString path() const { return m_path; }

    // Applies a batch and its cursor in one transaction. Malformed events, and events the database
    // refuses, are skipped and listed in the result's `rejected`; the others and the cursor are kept.
    // A failure of the database itself (disk full, damaged) rolls the whole batch back and throws.
    StoreChanges applyBatch(const EventBatch &batch);
    QString cursor(const QString &backendId);

    // Outbox: see OutboxTable.
    OutboxItem enqueue(const OutboxRequest &request, StoreChanges &changes, QString *error);
    StoreChanges markSending(qint64 outboxId, const QString &mark = {}, bool *marked = nullptr);
    StoreChanges markSent(qint64 outboxId, const QString &remoteId);
    StoreChanges markFailed(qint64 outboxId, const QString &error, const QDateTime &retryAt,
                            bool itemFailure = true);
    StoreChanges retryBackendNow(const QString &backendId);
    StoreChanges retry(qint64 outboxId);
    StoreChanges retryMessage(qint64 messageId);
    // The agent's unsent text in a conversation; empty text deletes it.
    StoreChanges saveDraft(qint64 conversationId, const QString &text);
    QString draft(qint64 conversationId);
    StoreChanges markConversationRead(qint64 conversationId);
    // A downloaded attachment: where it is in the media cache (empty: not downloaded).
    StoreChanges setAttachmentLocalPath(qint64 attachmentId, const QString &path);

    StoreReader &reader() { return *m_reader; }
    OutboxTable &outbox() { return *m_outbox; }
    SqliteDatabase &sqlite() { return m_db; }

    // Bulk load for the generator and the benchmark: fewer, larger transactions.
    void setBulkMode(bool on);

    // Message search lives in its own file (SearchIndex) that reads what writes queued in
    // search_queue. takeSearchQueued(): whether writes since the last call queued any.
    // noteSearchIndexed(seq): the index has read up to seq; the next write drops those entries.
    bool takeSearchQueued();
    void noteSearchIndexed(qint64 seq);

private:
    template<typename F>
    StoreChanges write(F &&f);
    // isolate: each event in a savepoint of its own, so one that fails leaves the others.
    StoreChanges applyEvents(const EventBatch &batch, bool isolate);
    void backfillCustomerSearch();

    SqliteDatabase m_db;
    QString m_path;
    QString m_damage;
    std::unique_ptr<EventWriter> m_writer;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<OutboxTable> m_outbox;
    qint64 m_searchIndexedUpTo = 0;
    qint64 m_searchPrunedUpTo = 0;
};

} // namespace AgentDesk
