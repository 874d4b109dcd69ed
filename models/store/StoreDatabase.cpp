// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreDatabase.h"

#include "SearchText.h"
#include "settings/PrivateFiles.h"
#include "StoreSchema.h"
#include "sync/EventValidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "agentdesk.store")

namespace AgentDesk {

StoreDatabase::StoreDatabase() = default;

StoreDatabase::~StoreDatabase()
{
    close();
}

QString StoreDatabase::notWritable(const QString &path)
{
    if (path == QLatin1String(":memory:"))
        return {};
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    const bool fileOk = !info.exists() || info.isWritable();
    // WAL mode writes its log and shared-memory files beside the store.
    const bool dirOk = dir.isDir() && dir.isWritable();
    if (fileOk && dirOk)
        return {};
    return QCoreApplication::translate("StoreDatabase",
                                       "The store %1 is read-only: AgentDesk must be able to write %2. Check "
                                       "the permissions of the profile folder, or choose another profile.")
        .arg(path, fileOk ? dir.absoluteFilePath() : info.absoluteFilePath());
}

bool StoreDatabase::open(const QString &path, QString *error)
{
    close();
    const QFileInfo info(path);
    const bool exists = info.exists();
    // Not "damaged": a profile that cannot be written says so, before SQLite fails on the first write.
    if (const QString readOnly = notWritable(path); !readOnly.isEmpty()) {
        *error = readOnly;
        return false;
    }
    // Customers' personal data: owner-only from the start (an older profile's files are made so).
    PrivateFiles::restrictDatabase(path, !exists);
    try {
        m_db.open(path, true);
        if (sqlite3_db_readonly(m_db.handle(), "main") == 1) {
            *error =
                QCoreApplication::translate("StoreDatabase", "The store %1 is read-only: AgentDesk must be "
                                                             "able to write it. Check its permissions, or "
                                                             "choose another profile.")
                    .arg(path);
            m_db.close();
            return false;
        }
        // Read the header before any write: a foreign or newer file must stay as it is.
        const QString migrationError = StoreSchema::migrate(m_db);
        if (!migrationError.isEmpty()) {
            *error = migrationError;
            m_db.close();
            return false;
        }
        m_db.exec("PRAGMA journal_mode = WAL");
        m_db.exec("PRAGMA synchronous = NORMAL"); // durable at checkpoints; WAL keeps it consistent
        m_db.exec("PRAGMA foreign_keys = ON");
        m_db.exec("PRAGMA temp_store = MEMORY");
        m_db.exec("PRAGMA cache_size = -65536"); // 64 MiB
        // No memory-mapped reads: every page of the file touched would count as resident memory.
        m_db.exec("PRAGMA mmap_size = 0");
        // Checkpoints (copying the WAL into the file, and an fsync) are a fifth of a bulk load's
        // time and stall the write that runs one: the search index's thread runs them after each
        // read of new messages (SearchIndex::catchUp). The store runs one itself only when the WAL
        // grows beyond this (32 MiB): the index is not there or not keeping up.
        m_db.exec("PRAGMA wal_autocheckpoint = 8000");
    } catch (const SqliteError &e) {
        *error = QCoreApplication::translate("StoreDatabase", "Cannot open the store %1: %2")
                     .arg(path, e.message());
        m_db.close();
        return false;
    }
    m_path = path;
    m_writer = std::make_unique<EventWriter>(m_db);
    m_reader = std::make_unique<StoreReader>(m_db);
    m_outbox = std::make_unique<OutboxTable>(m_db, *m_writer);
    if (path != QLatin1String(":memory:")) // files the agent sends are kept beside the store until sent
        m_outbox->setFilesDirectory(QFileInfo(path).absoluteDir().filePath(QStringLiteral("outgoing")));
    try {
        backfillCustomerSearch();
        StoreChanges ignored;
        SqliteTransaction t(m_db);
        const int reset = m_outbox->resetInterrupted(ignored);
        t.commit();
        if (reset)
            qCInfo(lcStore) << reset << "outbox items were interrupted while sending; queued again";
    } catch (const SqliteError &e) {
        *error = e.message();
        close();
        return false;
    }
    qCInfo(lcStore) << (exists ? "opened" : "created") << path;
    return true;
}

// Customers that existed before search came (schema 2) are indexed once; messages are indexed by
// SearchIndex, which reads them again whenever its file is new.
void StoreDatabase::backfillCustomerSearch()
{
    const qint64 customersUpTo =
        m_db.scalar("SELECT up_to FROM search_index_backfill WHERE name = 'customers'");
    if (!customersUpTo)
        return;
    SqliteTransaction t(m_db);
    SqliteStatement &customers = m_db.statement("SELECT c.id, c.name, coalesce(c.site_id, '') || ' ' || "
                                                "coalesce((SELECT group_concat(coalesce(p.serial, '') "
                                                "|| ' ' || p.model, ' ') FROM products p WHERE p.customer_id "
                                                "= c.id), '') FROM customers c WHERE c.id <= ?1");
    customers.bind(1, customersUpTo);
    QList<std::tuple<qint64, QString, QString>> people;
    while (customers.step())
        people.append({customers.int64(0), customers.text(1), customers.text(2)});
    customers.reset();
    for (const auto &[id, name, identity] : std::as_const(people))
        m_db.statement("INSERT OR REPLACE INTO customer_fts (rowid, name, identity) VALUES (?1, ?2, ?3)")
            .bind(1, id)
            .bind(2, SearchText::forIndex(name))
            .bind(3, identity)
            .exec();
    m_db.exec("UPDATE search_index_backfill SET up_to = 0");
    t.commit();
    qCInfo(lcStore) << "indexed" << people.size() << "customers for search";
}

void StoreDatabase::close()
{
    m_outbox.reset();
    m_reader.reset();
    m_writer.reset();
    m_db.close();
    m_path.clear();
    m_damage.clear();
    m_searchIndexedUpTo = m_searchPrunedUpTo = 0;
}

QString StoreDatabase::quickCheck(const QString &path, const std::atomic<bool> *stop)
{
    QString problem;
    try {
        SqliteDatabase db;
        db.open(path, false);
        if (stop)
            sqlite3_progress_handler(
                db.handle(), 1000,
                [](void *flag) { return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0; },
                const_cast<std::atomic<bool> *>(stop));
        SqliteStatement &q = db.statement("PRAGMA quick_check(5)");
        QStringList problems;
        while (q.step())
            problems << q.text(0);
        q.reset();
        if (problems == QStringList{QStringLiteral("ok")})
            return {};
        problem = problems.join(QStringLiteral("; ")).left(300);
    } catch (const SqliteError &e) {
        if (stop && stop->load())
            return {}; // stopped, not damaged
        problem = e.message();
    }
    return QCoreApplication::translate("StoreDatabase",
                                       "The store %1 is damaged (%2). AgentDesk shows what it can read and "
                                       "writes nothing more to it; restore it from a backup or move it away "
                                       "to start with an empty one.")
        .arg(path, problem);
}

bool StoreDatabase::takeSearchQueued()
{
    return m_writer && m_writer->takeSearchQueued();
}

void StoreDatabase::noteSearchIndexed(qint64 seq)
{
    m_searchIndexedUpTo = qMax(m_searchIndexedUpTo, seq);
}

void StoreDatabase::setBulkMode(bool on)
{
    m_db.exec(on ? "PRAGMA synchronous = OFF" : "PRAGMA synchronous = NORMAL");
}

template<typename F>
StoreChanges StoreDatabase::write(F &&f)
{
    StoreChanges changes;
    try {
        SqliteTransaction t(m_db);
        if (m_searchIndexedUpTo > m_searchPrunedUpTo) // what the index has read is done with
            m_db.statement("DELETE FROM search_queue WHERE seq <= ?1").bind(1, m_searchIndexedUpTo).exec();
        f(changes);
        m_writer->finishBatch(changes); // whatever the write left: summaries, the search queue
        t.commit();
        m_searchPrunedUpTo = m_searchIndexedUpTo;
    } catch (...) {
        m_writer->clearCaches(); // ids cached inside the rolled-back transaction are void
        throw;
    }
    return changes;
}

StoreChanges StoreDatabase::applyBatch(const EventBatch &batch)
{
    try {
        return applyEvents(batch, false);
    } catch (const SqliteError &) {
        // One event the store cannot take must not hold back the others, nor the cursor: the batch
        // again, each event in a savepoint of its own, the failing ones listed as rejected. Only
        // then, so that the common case pays nothing for it.
        return applyEvents(batch, true);
    }
}

StoreChanges StoreDatabase::applyEvents(const EventBatch &batch, bool isolate)
{
    return write([&](StoreChanges &changes) {
        for (const BackendEvent &event : batch.events) {
            if (!isolate) {
                m_writer->apply(batch.backendId, event, changes);
                continue;
            }
            m_db.exec("SAVEPOINT event");
            try {
                m_writer->apply(batch.backendId, event, changes);
                m_db.exec("RELEASE event");
            } catch (const SqliteError &e) {
                m_db.exec("ROLLBACK TO event");
                m_db.exec("RELEASE event");
                m_writer->forgetIds(); // ids it cached may be of rows rolled back
                changes.rejected << QCoreApplication::translate("StoreDatabase",
                                                                "The store could not keep %1: %2")
                                        .arg(EventValidator::describe(event), e.message());
                qCWarning(lcStore) << "event not stored:" << changes.rejected.constLast();
            }
        }
        if (!batch.cursor.isEmpty())
            m_db.statement("INSERT INTO sync_cursors (backend, cursor, updated_at) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT (backend) DO UPDATE SET cursor = excluded.cursor, "
                           "updated_at = excluded.updated_at")
                .bind(1, batch.backendId)
                .bind(2, batch.cursor)
                .bind(3, QDateTime::currentDateTimeUtc())
                .exec();
    });
}

QString StoreDatabase::cursor(const QString &backendId)
{
    SqliteStatement &q = m_db.statement("SELECT cursor FROM sync_cursors WHERE backend = ?1");
    q.bind(1, backendId);
    const QString c = q.step() ? q.text(0) : QString();
    q.reset();
    return c;
}

OutboxItem StoreDatabase::enqueue(const OutboxRequest &request, StoreChanges &changes, QString *error)
{
    // A refused request is rolled back whole: it must leave no half-written message behind.
    struct Refused
    {};
    OutboxItem item;
    try {
        changes.merge(write([&](StoreChanges &c) {
            item = m_outbox->enqueue(request, QDateTime::currentDateTimeUtc(), c, error);
            if (!item.id)
                throw Refused{};
        }));
    } catch (const Refused &) {
        return {};
    }
    return item;
}

StoreChanges StoreDatabase::markSending(qint64 outboxId, const QString &mark, bool *marked)
{
    return write([&](StoreChanges &c) {
        const bool ok = m_outbox->markSending(outboxId, mark, c);
        if (marked)
            *marked = ok;
    });
}

StoreChanges StoreDatabase::markSent(qint64 outboxId, const QString &remoteId)
{
    return write([&](StoreChanges &c) { m_outbox->markSent(outboxId, remoteId, c); });
}

StoreChanges StoreDatabase::markFailed(qint64 outboxId, const QString &error, const QDateTime &retryAt,
                                       bool itemFailure)
{
    return write([&](StoreChanges &c) { m_outbox->markFailed(outboxId, error, retryAt, itemFailure, c); });
}

StoreChanges StoreDatabase::retryBackendNow(const QString &backendId)
{
    return write(
        [&](StoreChanges &c) { m_outbox->retryBackendNow(backendId, QDateTime::currentDateTimeUtc(), c); });
}

StoreChanges StoreDatabase::retry(qint64 outboxId)
{
    return write([&](StoreChanges &c) { m_outbox->retry(outboxId, QDateTime::currentDateTimeUtc(), c); });
}

StoreChanges StoreDatabase::retryMessage(qint64 messageId)
{
    return write(
        [&](StoreChanges &c) { m_outbox->retryMessage(messageId, QDateTime::currentDateTimeUtc(), c); });
}

StoreChanges StoreDatabase::saveDraft(qint64 conversationId, const QString &text)
{
    return write([&](StoreChanges &) {
        if (text.trimmed().isEmpty()) {
            m_db.statement("DELETE FROM drafts WHERE conversation_id = ?1").bind(1, conversationId).exec();
            return;
        }
        m_db.statement("INSERT INTO drafts (conversation_id, body, updated_at) SELECT id, ?2, ?3 FROM "
                       "conversations WHERE id = ?1 ON CONFLICT (conversation_id) DO UPDATE SET body = "
                       "excluded.body, updated_at = excluded.updated_at")
            .bind(1, conversationId)
            .bind(2, text)
            .bind(3, QDateTime::currentDateTimeUtc())
            .exec();
    });
}

QString StoreDatabase::draft(qint64 conversationId)
{
    SqliteStatement &q = m_db.statement("SELECT body FROM drafts WHERE conversation_id = ?1");
    q.bind(1, conversationId);
    const QString body = q.step() ? q.text(0) : QString();
    q.reset();
    return body;
}

StoreChanges StoreDatabase::markConversationRead(qint64 conversationId)
{
    return write([&](StoreChanges &c) {
        SqliteStatement &up =
            m_db.statement("UPDATE conversations SET unread_count = 0 WHERE id = ?1 AND unread_count <> 0");
        up.bind(1, conversationId).exec();
        if (m_db.changes())
            c.conversations.insert(conversationId);
    });
}

StoreChanges StoreDatabase::setAttachmentLocalPath(qint64 attachmentId, const QString &path)
{
    return write([&](StoreChanges &c) {
        SqliteStatement &up = m_db.statement(
            "UPDATE attachments SET local_path = ?2 WHERE id = ?1 AND local_path IS NOT ?2 "
            "RETURNING message_id, (SELECT conversation_id FROM messages WHERE id = message_id)");
        up.bind(1, attachmentId);
        path.isEmpty() ? up.bindNull(2) : up.bind(2, path);
        if (up.step())
            c.messages[up.int64(1)].insert(up.int64(0));
        up.reset();
    });
}

} // namespace AgentDesk
