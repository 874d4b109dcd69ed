// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InboxRow.h"
#include "SqliteDatabase.h"

#include <QList>
#include <QString>

namespace AgentDesk {

// The full-text index of messages, in its own file beside the store, written by its own
// connection: the app runs it on its own thread, in parallel with the store's writes (SQLite has
// one writer per file, and indexing is half the cost of storing a message). It reads the messages
// the store listed in search_queue from the store itself (attached, only ever read), and records
// in its own file how far it has read, in the same transaction as the index rows: after a crash
// or a restart it goes on from there. A new, damaged or newer-version file, or one that belongs
// to another store (or to another copy of this one), is rebuilt from the store's messages. The
// file holds derived data only: losing it loses nothing.
class SearchIndex final
{
public:
    static constexpr int applicationId = 0x41474458; // "AGDX": an AgentDesk search index
    static constexpr int version = 2;                // 2: prefix indexes
    // Messages read per transaction: one FTS5 segment each, so fewer and larger is cheaper.
    static constexpr int defaultChunk = 20000;

    static QString pathFor(const QString &storePath);

    // The store must be at the latest schema (StoreDatabase::open brings it there). On failure
    // returns false with a message for people in *error.
    bool open(const QString &storePath, QString *error);
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    // Reads about `chunk` of the messages the store queued (or, while rebuilding, the next ids),
    // in one transaction, then checkpoints the store's WAL (see StoreDatabase::open). Returns how
    // many message ids it read: 0 when up to date. Throws SqliteError; what was not committed is
    // read again next time.
    int catchUp(int chunk = defaultChunk);
    // Newest first; conversationId limits it to one conversation (0: all of them); beforeId > 0:
    // only messages older than that one (the next page). Catches up first: every message the
    // store had committed before the call is found.
    QList<SearchHit> searchMessages(const QString &query, int limit, qint64 conversationId = 0,
                                    qint64 beforeId = 0);
    // The same query on any connection to an index file with its store attached as "store"
    // (the app's searches: a read connection of their own), with what the index has committed,
    // without catching up. Nothing when db is not open.
    static QList<SearchHit> find(SqliteDatabase &db, const QString &query, int limit,
                                 qint64 conversationId = 0, qint64 beforeId = 0);

    // The store's search_queue entries up to this one have been read (it may drop them).
    qint64 indexedUpTo() const { return m_doneSeq; }
    bool isRebuilding() const { return m_rebuildNext > 0; }
    void releaseMemory() { m_db.releaseMemory(); }
    SqliteDatabase &database() { return m_db; } // for benchmarks

private:
    enum class FileState
    {
        Usable,
        Unusable,
        Foreign
    };
    FileState openFile(const QString &path);
    void adoptStore(const QString &storePath);
    void startRebuild(qint64 identity);
    void syncRange(qint64 first, qint64 last);
    void saveState();

    SqliteDatabase m_db;
    qint64 m_doneSeq = 0;
    qint64 m_rebuildNext = 0; // > 0: rebuilding; the next message id to read
    qint64 m_rebuildLast = 0;
};

} // namespace AgentDesk
