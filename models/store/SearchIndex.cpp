// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchIndex.h"

#include "text/Translate.h"

#include "settings/PrivateFiles.h"

#include "SearchText.h"

#include <algorithm>
#include <limits>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSearch, "agentdesk.store.search")

namespace AgentDesk {

using namespace Domain;

namespace {

// A regular (content-keeping) FTS5 table: it knows what it indexed for each message, so an edit or
// a delete is applied from the message id alone, whatever was read before and in whichever chunk.
// With indexes of every one- and two-letter prefix (version 2): a search typed a letter at a time
// asks for "s*" first, which without them merges the doclists of every word starting with s (half
// a second at 10M messages; one lookup with them, for 45% more index).
#define MESSAGE_FTS                                                                                          \
    "CREATE VIRTUAL TABLE message_fts USING fts5(body, columnsize=0, prefix='1 2', "                         \
    "tokenize='unicode61 remove_diacritics 2');"
const char *const schema = MESSAGE_FTS R"sql(
CREATE TABLE state (
    store_identity INTEGER,
    done_seq INTEGER NOT NULL,
    rebuild_next INTEGER NOT NULL,
    rebuild_last INTEGER NOT NULL
);
INSERT INTO state VALUES (NULL, 0, 0, 0);
)sql";

QString tr(const char *text)
{
    return translateIn("AgentDesk::SearchIndex", text);
}

void removeFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

QString SearchIndex::pathFor(const QString &storePath)
{
    const QFileInfo info(storePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-search.sqlite3"));
}

bool SearchIndex::open(const QString &storePath, QString *error)
{
    close();
    const QString path = pathFor(storePath);
    try {
        switch (openFile(path)) {
        case FileState::Usable:
            break;
        case FileState::Foreign:
            *error = tr("%1 belongs to another application; AgentDesk will not change it. Message search "
                        "is unavailable until it is moved away.")
                         .arg(path);
            close();
            return false;
        case FileState::Unusable:
            // Derived data: start again from the store.
            qCWarning(lcSearch) << "the search index" << path
                                << "is damaged or of another version; rebuilding it";
            close();
            removeFiles(path);
            if (openFile(path) != FileState::Usable)
                throw SqliteError(0, tr("a new index could not be made"));
            break;
        }
        adoptStore(storePath);
    } catch (const SqliteError &e) {
        *error = tr("Cannot open the search index %1: %2").arg(path, e.message());
        close();
        return false;
    }
    return true;
}

SearchIndex::FileState SearchIndex::openFile(const QString &path)
{
    PrivateFiles::restrictDatabase(path, !QFileInfo::exists(path)); // customers' words: owner-only
    m_db.open(path, true);
    qint64 appId = 0;
    qint64 fileVersion = 0;
    qint64 tables = 0;
    try {
        appId = m_db.scalar("PRAGMA application_id");
        fileVersion = m_db.scalar("PRAGMA user_version");
        tables = m_db.scalar("SELECT count(*) FROM sqlite_schema");
    } catch (const SqliteError &) {
        return FileState::Unusable; // not a database at all: it was ours, damaged
    }
    if (appId == 0 && tables == 0) {
        m_db.exec("PRAGMA journal_mode = WAL");
        SqliteTransaction t(m_db);
        m_db.exec(schema);
        m_db.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
        m_db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        t.commit();
    } else if (appId != applicationId) {
        return FileState::Foreign;
    } else if (fileVersion != version) {
        return FileState::Unusable;
    }
    m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA synchronous = NORMAL");
    m_db.exec("PRAGMA temp_store = MEMORY");
    m_db.exec("PRAGMA cache_size = -8192");
    m_db.exec("PRAGMA mmap_size = 0");
    return FileState::Usable;
}

void SearchIndex::adoptStore(const QString &storePath)
{
    SqliteStatement &attach = m_db.statement("ATTACH DATABASE ?1 AS store");
    attach.bind(1, storePath).exec();
    m_db.exec("PRAGMA store.cache_size = -8192");
    SqliteTransaction t(m_db, SqliteTransaction::Deferred);
    const qint64 identity = m_db.scalar("SELECT value FROM store.search_identity");
    const qint64 queued = m_db.scalar(
        "SELECT coalesce((SELECT seq FROM store.sqlite_sequence WHERE name = 'search_queue'), 0)");
    SqliteStatement &q =
        m_db.statement("SELECT store_identity, done_seq, rebuild_next, rebuild_last FROM state");
    if (!q.step())
        throw SqliteError(0, tr("its state is missing"));
    const bool same = !q.isNull(0) && q.int64(0) == identity;
    m_doneSeq = q.int64(1);
    m_rebuildNext = q.int64(2);
    m_rebuildLast = q.int64(3);
    q.reset();
    t.commit();
    // Another store's index, or this store's read further than the store now goes (an older copy
    // of the store was put back): its rows cannot be trusted.
    if (!same || m_doneSeq > queued)
        startRebuild(identity);
}

void SearchIndex::startRebuild(qint64 identity)
{
    SqliteTransaction t(m_db, SqliteTransaction::Deferred);
    // Dropping is instant; deleting a content table's rows one by one is not.
    m_db.exec("DROP TABLE message_fts");
    m_db.exec(MESSAGE_FTS);
    // One snapshot of the store: every message up to its newest id is read below, which covers
    // every change queued so far.
    m_doneSeq = m_db.scalar(
        "SELECT coalesce((SELECT seq FROM store.sqlite_sequence WHERE name = 'search_queue'), 0)");
    m_rebuildNext = m_db.scalar("SELECT coalesce(min(id), 0) FROM store.messages");
    m_rebuildLast = m_db.scalar("SELECT coalesce(max(id), 0) FROM store.messages");
    m_db.statement("UPDATE state SET store_identity = ?1").bind(1, identity).exec();
    saveState();
    t.commit();
    if (m_rebuildNext > 0)
        qCInfo(lcSearch) << "indexing the stored messages for search, ids" << m_rebuildNext << "to"
                         << m_rebuildLast;
}

void SearchIndex::close()
{
    m_db.close();
    m_doneSeq = m_rebuildNext = m_rebuildLast = 0;
}

int SearchIndex::catchUp(int chunk)
{
    if (!isOpen())
        return 0;
    const qint64 doneSeq = m_doneSeq;
    const qint64 rebuildNext = m_rebuildNext;
    qint64 read = 0;
    try {
        SqliteTransaction t(m_db, SqliteTransaction::Deferred);
        if (m_rebuildNext > 0) {
            const qint64 last = qMin(m_rebuildNext + chunk - 1, m_rebuildLast);
            syncRange(m_rebuildNext, last);
            read = last - m_rebuildNext + 1;
            m_rebuildNext = last >= m_rebuildLast ? 0 : last + 1;
        } else {
            SqliteStatement &q = m_db.statement(
                "SELECT seq, first_id, last_id FROM store.search_queue WHERE seq > ?1 ORDER BY seq");
            q.bind(1, m_doneSeq);
            QList<std::pair<qint64, qint64>> ranges;
            while (read < chunk && q.step()) {
                m_doneSeq = q.int64(0);
                ranges.append({q.int64(1), q.int64(2)});
                read += q.int64(2) - q.int64(1) + 1;
            }
            q.reset();
            if (ranges.isEmpty())
                return 0;
            // A message edited twice, or a run of batches: each id is read once.
            std::sort(ranges.begin(), ranges.end());
            qsizetype merged = 0;
            for (qsizetype i = 1; i < ranges.size(); ++i) {
                if (ranges[i].first <= ranges[merged].second + 1)
                    ranges[merged].second = qMax(ranges[merged].second, ranges[i].second);
                else
                    ranges[++merged] = ranges[i];
            }
            ranges.resize(merged + 1);
            for (const auto &[first, last] : std::as_const(ranges))
                syncRange(first, last);
        }
        saveState();
        t.commit();
    } catch (...) {
        m_doneSeq = doneSeq;
        m_rebuildNext = rebuildNext;
        throw;
    }
    // The store's WAL, copied into its file here rather than on the store's thread, where a
    // checkpoint stalls the next write by tens of ms. After every read: small, frequent checkpoints
    // hold the store's writes up least (measured: event to row p99 5 ms, 11-21 ms when they come
    // every 100-500 messages); each is an fsync, so a trickle of messages costs one per read.
    // Passive: it never waits for the store's writer or readers; what it cannot copy now is copied
    // next time.
    m_db.exec("PRAGMA store.wal_checkpoint(PASSIVE)");
    return int(qMin<qint64>(read, std::numeric_limits<int>::max()));
}

void SearchIndex::syncRange(qint64 first, qint64 last)
{
    // What the index holds for these ids, to compare with what the store holds now.
    QHash<qint64, QString> indexed;
    SqliteStatement &held =
        m_db.statement("SELECT id, c0 FROM message_fts_content WHERE id BETWEEN ?1 AND ?2");
    held.bind(1, first).bind(2, last);
    while (held.step())
        indexed.insert(held.int64(0), held.text(1));
    held.reset();

    SqliteStatement &stored =
        m_db.statement("SELECT id, body FROM store.messages WHERE id BETWEEN ?1 AND ?2");
    stored.bind(1, first).bind(2, last);
    while (stored.step()) {
        const qint64 id = stored.int64(0);
        const QString text = SearchText::forIndex(stored.text(1));
        if (!indexed.isEmpty()) {
            if (const auto it = indexed.constFind(id); it != indexed.cend()) {
                const bool same = it.value() == text;
                indexed.erase(it);
                if (same)
                    continue;
                m_db.statement("DELETE FROM message_fts WHERE rowid = ?1").bind(1, id).exec();
            }
        }
        if (!text.isEmpty())
            m_db.statement("INSERT INTO message_fts (rowid, body) VALUES (?1, ?2)")
                .bind(1, id)
                .bind(2, text)
                .exec();
    }
    stored.reset();
    for (auto it = indexed.cbegin(); it != indexed.cend(); ++it) // deleted from the store
        m_db.statement("DELETE FROM message_fts WHERE rowid = ?1").bind(1, it.key()).exec();
}

void SearchIndex::saveState()
{
    m_db.statement("UPDATE state SET done_seq = ?1, rebuild_next = ?2, rebuild_last = ?3")
        .bind(1, m_doneSeq)
        .bind(2, m_rebuildNext)
        .bind(3, m_rebuildLast)
        .exec();
}

QList<SearchHit> SearchIndex::searchMessages(const QString &query, int limit, qint64 conversationId,
                                             qint64 beforeId)
{
    if (!isOpen() || SearchText::matchExpression(query).isEmpty())
        return {};
    while (catchUp() > 0) {
    }
    return find(m_db, query, limit, conversationId, beforeId);
}

QList<SearchHit> SearchIndex::find(SqliteDatabase &db, const QString &query, int limit, qint64 conversationId,
                                   qint64 beforeId)
{
    QStringList terms;
    const QString match = SearchText::matchExpression(query, &terms);
    if (match.isEmpty() || !db.isOpen())
        return {};
    // Newest first: FTS5 walks its index by rowid, so no ranking pass over every hit is needed.
    SqliteStatement &everywhere = db.statement(
        "WITH hits AS (SELECT rowid FROM message_fts WHERE message_fts MATCH ?1 AND rowid < ?4 "
        "ORDER BY rowid DESC LIMIT ?2) "
        "SELECT m.id, m.conversation_id, m.body, m.sent_at, c.channel, coalesce(cu.name, c.customer_remote_id) "
        "FROM hits JOIN store.messages m ON m.id = hits.rowid JOIN store.conversations c ON c.id = m.conversation_id "
        "LEFT JOIN store.customers cu ON cu.backend = c.backend AND cu.remote_id = c.customer_remote_id "
        "ORDER BY m.id DESC");
    // One conversation: its messages are few next to the index, so filter the hits by it.
    SqliteStatement &inOne = db.statement(
        "SELECT m.id, m.conversation_id, m.body, m.sent_at, c.channel, coalesce(cu.name, c.customer_remote_id) "
        "FROM message_fts f JOIN store.messages m ON m.id = f.rowid "
        "JOIN store.conversations c ON c.id = m.conversation_id "
        "LEFT JOIN store.customers cu ON cu.backend = c.backend AND cu.remote_id = c.customer_remote_id "
        "WHERE message_fts MATCH ?1 AND m.conversation_id = ?3 AND f.rowid < ?4 ORDER BY m.id DESC LIMIT ?2");
    SqliteStatement &q = conversationId ? inOne : everywhere;
    // A plain bound on the rowid, which FTS5 seeks on (the next page starts where the last ended).
    q.bind(1, match).bind(2, limit).bind(4, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    if (conversationId)
        q.bind(3, conversationId);
    QList<SearchHit> hits;
    while (q.step()) {
        SearchHit h;
        h.messageId = q.int64(0);
        h.conversationId = q.int64(1);
        h.excerpt = SearchText::excerpt(q.text(2), terms);
        h.sentAt = q.dateTime(3);
        h.channel = Channel(q.integer(4));
        h.customerName = q.text(5);
        h.terms = terms;
        hits.append(h);
    }
    q.reset();
    return hits;
}

} // namespace AgentDesk
