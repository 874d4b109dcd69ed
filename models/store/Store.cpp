// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Store.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "IntegrityCheck.h"
#include "ReadConnection.h"
#include "SearchIndex.h"
#include "StoreDatabase.h"
#include "WorkerThread.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace AgentDesk {

namespace {
// New messages wait this long to be indexed for search: a quarter second of traffic goes into
// one FTS5 segment, instead of one segment (and its merges) per event.
constexpr int indexDelayMs = 250;
// The quick check waits this long after the store opens: the start has the disk to itself.
constexpr int integrityCheckDelayMs = 2000;
} // namespace

Store::Store(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new QObject)
    , m_db(std::make_unique<StoreDatabase>())
    , m_indexThread(new QThread)
    , m_indexWorker(new QObject)
    , m_index(std::make_unique<SearchIndex>())
    , m_reads(new ReadConnection(QStringLiteral("AgentDesk store reader"), this))
    , m_searches(new ReadConnection(QStringLiteral("AgentDesk search reader"), this))
    , m_check(std::make_unique<IntegrityCheck>())
{
    m_thread->setObjectName(QStringLiteral("AgentDesk store"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    m_indexThread->setObjectName(QStringLiteral("AgentDesk search index"));
    m_indexTimer = new QTimer(m_indexWorker); // moves with its parent
    m_indexTimer->setSingleShot(true);
    connect(m_indexTimer, &QTimer::timeout, m_indexWorker, [this] { indexForSearch(); });
    m_indexWorker->moveToThread(m_indexThread);
    m_indexThread->start();
}

Store::~Store()
{
    // From here on neither thread posts to the other: a task still queued on the store thread
    // must not post to an index thread that has stopped (its task would never run, nor be freed).
    m_stopping.store(true);
    // Everything posted before runs first (FIFO); then the file is closed on its own thread.
    finishWorker(m_indexWorker, m_indexThread, [this] {
        m_indexTimer->stop();
        m_index->close(); // what the store queued and it has not read is read next time
    });
    finishWorker(m_worker, m_thread, [this] { m_db->close(); });
    m_check.reset(); // after the store's thread, which starts it
}

void Store::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, task = std::move(task)] {
            // Every task runs, open store or not: a caller waiting for an answer gets one (an empty
            // result or an error), never silence.
            try {
                task();
                if (m_db->takeSearchQueued()) // the task stored messages: index them a moment later
                    postToIndex([this] {
                        // Not restarted by each write: under steady traffic, indexed every delay.
                        if (!m_indexTimer->isActive())
                            m_indexTimer->start(indexDelayMs);
                    });
            } catch (const std::exception &e) {
                const QString message = QString::fromUtf8(e.what());
                qCWarning(lcStore) << "store request failed:" << message;
                deliver([this, message] { Q_EMIT writeFailed(message); });
            }
        },
        Qt::QueuedConnection);
}

void Store::deliver(std::function<void()> callback)
{
    QMetaObject::invokeMethod(this, std::move(callback), Qt::QueuedConnection);
}

void Store::open(const QString &path)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, path] {
            QString error;
            const bool ok = m_db->open(path, &error);
            if (ok) // the schema is the latest now
                m_reads->open(path);
            if (ok) // a damaged page is found before a write meets it
                m_check->start(path, integrityCheckDelayMs, [this](const QString &damage) {
                    qCWarning(lcStore).noquote() << damage;
                    if (m_stopping.load())
                        return;
                    postToStore([this, damage] { m_db->setDamaged(damage); });
                    deliver([this, damage] {
                        m_damage = damage;
                        Q_EMIT damaged(damage);
                    });
                });
            if (ok)
                postToIndex([this, path] {
                    QString indexError;
                    if (!m_index->open(path, &indexError)) {
                        // The store works without it; searches find nothing until it is fixed.
                        qCWarning(lcStore) << indexError;
                        deliver([this, indexError] { Q_EMIT writeFailed(indexError); });
                        return;
                    }
                    // Searches read what the index has committed, on a connection of their own:
                    // none waits for a write of the store's or the index's.
                    m_searches->open(SearchIndex::pathFor(path), path);
                    reportIndexed();
                    m_indexTimer->start(0); // whatever the last session left, or a rebuild
                });
            deliver([this, ok, error, path] {
                m_open = ok;
                m_path = ok ? path : QString();
                Q_EMIT opened(ok, error);
            });
        },
        Qt::QueuedConnection);
}

QString Store::writeRefusal() const
{
    if (!m_db->isOpen())
        return tr("The store is not open.");
    return m_db->writable() ? QString() : m_db->damage();
}

bool Store::refuseWrite()
{
    const QString error = writeRefusal();
    if (error.isEmpty())
        return false;
    deliver([this, error] { Q_EMIT writeFailed(error); });
    return true;
}

void Store::write(std::function<StoreChanges(StoreDatabase &)> work)
{
    post([this, work = std::move(work)] {
        if (refuseWrite())
            return;
        const StoreChanges changes = work(*m_db);
        if (changes.isEmpty() && changes.rejected.isEmpty())
            return;
        deliver([this, changes] {
            if (!changes.isEmpty())
                Q_EMIT changed(changes);
        });
    });
}

bool Store::databaseOpen() const
{
    return m_db->isOpen();
}

void Store::postToIndex(std::function<void()> task)
{
    if (!m_stopping.load())
        QMetaObject::invokeMethod(m_indexWorker, std::move(task), Qt::QueuedConnection);
}

void Store::postToStore(std::function<void()> task)
{
    if (!m_stopping.load())
        QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

void Store::reportIndexed()
{
    // The store drops the queue entries read, in its next write.
    postToStore([this, seq = m_index->indexedUpTo()] { m_db->noteSearchIndexed(seq); });
}

void Store::indexForSearch()
{
    if (!m_index->isOpen())
        return;
    try {
        const int read = m_index->catchUp();
        if (read == 0) {
            if (std::exchange(m_indexedSinceIdle, 0) >= SearchIndex::defaultChunk) {
                // A rebuild or a big catch-up is over: an idle app holds no more than it needs.
                m_index->releaseMemory();
#ifdef __GLIBC__
                malloc_trim(0);
#endif
            }
            return;
        }
        m_indexedSinceIdle += read;
        reportIndexed();
        deliver([this] { Q_EMIT searchIndexed(); });
        m_indexTimer->start(0); // there may be more: go on after the searches queued meanwhile
    } catch (const std::exception &e) {
        qCWarning(lcStore) << "indexing for search failed:" << e.what();
        m_indexTimer->start(indexDelayMs * 20); // nothing is lost: the store's queue is read again later
    }
}

void Store::fetchInbox(QObject *context, std::function<void(QList<InboxRow>)> done)
{
    read<QList<InboxRow>>(
        context, [](StoreDatabase &db) { return db.reader().inboxRows(); }, std::move(done));
}

void Store::fetchInbox(InboxScope scope, const QDateTime &archivedBefore, QObject *context,
                       std::function<void(QList<InboxRow>)> done)
{
    read<QList<InboxRow>>(
        context,
        [scope, before = archivedBefore.toMSecsSinceEpoch()](StoreDatabase &db) {
            return db.reader().inboxRows(scope, before);
        },
        std::move(done));
}

void Store::fetchArchivePage(const ArchiveFilter &filter, const QDateTime &archivedBefore, ArchiveKey after,
                             int limit, QObject *context, std::function<void(QList<InboxRow>)> done)
{
    m_reads->read<QList<InboxRow>>(
        ReadConnection::Lane::Archive, context,
        [filter, cutoff = archivedBefore.toMSecsSinceEpoch(), after, limit](StoreReader &reader) {
            return reader.archivePage(filter, cutoff, after, limit);
        },
        std::move(done));
}

int Store::interruptedReads() const
{
    return m_reads->interrupted();
}

void Store::fetchConversationAttachments(qint64 conversationId, QObject *context,
                                         std::function<void(QList<std::pair<QString, Attachment>>)> done)
{
    using Files = QList<std::pair<QString, Attachment>>;
    read<Files>(
        context,
        [conversationId](StoreDatabase &db) { return db.reader().conversationAttachments(conversationId); },
        std::move(done));
}

void Store::fetchCustomerInbox(const QString &backendId, const QString &customerRemoteId, QObject *context,
                               std::function<void(QList<InboxRow>)> done)
{
    read<QList<InboxRow>>(
        context,
        [backendId, customerRemoteId](StoreDatabase &db) {
            return db.reader().customerInboxRows(backendId, customerRemoteId);
        },
        std::move(done));
}

void Store::fetchInboxRows(const QList<qint64> &ids, QObject *context,
                           std::function<void(QList<InboxRow>)> done)
{
    read<QList<InboxRow>>(
        context,
        [ids](StoreDatabase &db) { return ids.isEmpty() ? QList<InboxRow>() : db.reader().inboxRows(ids); },
        std::move(done));
}

void Store::fetchMessages(qint64 conversationId, int limit, qint64 beforeAt, qint64 beforeId,
                          QObject *context, std::function<void(QList<Message>)> done)
{
    read<QList<Message>>(
        context,
        [=](StoreDatabase &db) { return db.reader().messages(conversationId, limit, beforeAt, beforeId); },
        std::move(done));
}

void Store::fetchMessagesByIds(const QList<qint64> &ids, QObject *context,
                               std::function<void(QList<Message>)> done)
{
    read<QList<Message>>(
        context, [ids](StoreDatabase &db) { return db.reader().messagesByIds(ids); }, std::move(done));
}

void Store::search(const QString &query, int limit, QObject *context,
                   std::function<void(QList<SearchHit>)> done, qint64 conversationId, qint64 beforeId)
{
    Q_ASSERT(context && context->thread() == thread());
    m_searches->read<QList<SearchHit>>(
        ReadConnection::Lane::Search, context,
        [=](StoreReader &reader) {
            return SearchIndex::find(reader.database(), query, limit, conversationId, beforeId);
        },
        std::move(done));
}

void Store::fetchMessagesFrom(qint64 conversationId, qint64 messageId, int older, QObject *context,
                              std::function<void(QList<Message>, bool)> done)
{
    using Page = std::pair<QList<Message>, bool>;
    read<Page>(
        context,
        [=](StoreDatabase &db) {
            Page page;
            page.first = db.reader().messagesFrom(conversationId, messageId, older, &page.second);
            return page;
        },
        [done = std::move(done)](Page page) { done(std::move(page.first), page.second); });
}

void Store::fetchConversation(qint64 id, QObject *context,
                              std::function<void(std::optional<Conversation>)> done)
{
    read<std::optional<Conversation>>(
        context, [id](StoreDatabase &db) { return db.reader().conversation(id); }, std::move(done));
}

void Store::releaseMemory()
{
    postToIndex([this] { m_index->releaseMemory(); });
    post([this] {
        if (m_db->isOpen())
            m_db->sqlite().releaseMemory();
#ifdef __GLIBC__
        malloc_trim(0); // the big read's temporaries were freed; hand their pages back too
#endif
    });
}

void Store::fetchCustomer(const QString &backendId, const QString &remoteId, QObject *context,
                          std::function<void(std::optional<Customer>)> done)
{
    read<std::optional<Customer>>(
        context,
        [backendId, remoteId](StoreDatabase &db) { return db.reader().customer(backendId, remoteId); },
        std::move(done));
}

void Store::fetchServiceRequests(qint64 conversationId, QObject *context,
                                 std::function<void(QList<ServiceRequestRow>)> done)
{
    read<QList<ServiceRequestRow>>(
        context, [conversationId](StoreDatabase &db) { return db.reader().serviceRequests(conversationId); },
        std::move(done));
}

void Store::fetchCursor(const QString &backendId, QObject *context, std::function<void(QString)> done)
{
    read<QString>(
        context, [backendId](StoreDatabase &db) { return db.cursor(backendId); }, std::move(done));
}

void Store::applyBatch(const EventBatch &batch)
{
    post([this, batch] {
        if (refuseWrite())
            return;
        const StoreChanges changes = m_db->applyBatch(batch);
        deliver([this, changes, backendId = batch.backendId] {
            if (!changes.rejected.isEmpty())
                Q_EMIT eventsRejected(backendId, changes.rejected);
            if (!changes.isEmpty())
                Q_EMIT changed(changes);
        });
    });
}

void Store::enqueue(const OutboxRequest &request, QObject *context,
                    std::function<void(OutboxItem, QString)> done)
{
    QPointer<QObject> guard(context);
    post([this, request, guard, done = std::move(done)] {
        StoreChanges changes;
        QString error;
        OutboxItem item;
        try {
            error = writeRefusal(); // told to the caller, not only to writeFailed
            if (error.isEmpty())
                item = m_db->enqueue(request, changes, &error);
        } catch (const std::exception &e) {
            // Disk full, a damaged file: the agent is told, and the text stays in the composer.
            qCWarning(lcStore) << "store request failed:" << e.what();
            item = {};
            changes = {};
            error = tr("Could not save it to the store: %1").arg(QString::fromUtf8(e.what()));
        }
        deliver([this, guard, done, item, error, changes] {
            if (!changes.isEmpty())
                Q_EMIT changed(changes);
            if (guard)
                done(item, error);
        });
    });
}

void Store::fetchDueOutbox(int limit, QObject *context,
                           std::function<void(QList<OutboxItem>, QDateTime next)> done)
{
    using Result = std::pair<QList<OutboxItem>, QDateTime>;
    read<Result>(
        context,
        [limit](StoreDatabase &db) {
            return Result{db.outbox().due(QDateTime::currentDateTimeUtc(), limit),
                          db.outbox().nextAttemptAt()};
        },
        [done = std::move(done)](Result r) { done(r.first, r.second); });
}

void Store::markSending(qint64 outboxId, const QString &mark, QObject *context,
                        std::function<void(bool)> done)
{
    QPointer<QObject> guard(context);
    post([=, this, done = std::move(done)] {
        bool marked = false;
        StoreChanges changes;
        try {
            if (refuseWrite()) {
                deliver([guard, done] {
                    if (guard && done)
                        done(false);
                });
                return;
            }
            changes = m_db->markSending(outboxId, mark, &marked);
        } catch (const std::exception &e) {
            const QString message = QString::fromUtf8(e.what());
            qCWarning(lcStore) << "store request failed:" << message;
            deliver([this, guard, done, message] {
                Q_EMIT writeFailed(message);
                if (guard && done)
                    done(false);
            });
            return;
        }
        deliver([this, guard, done, marked, changes] {
            if (!changes.isEmpty())
                Q_EMIT changed(changes);
            if (guard && done)
                done(marked);
        });
    });
}

void Store::markSent(qint64 outboxId, const QString &remoteId)
{
    write([outboxId, remoteId](StoreDatabase &db) { return db.markSent(outboxId, remoteId); });
}

void Store::markFailed(qint64 outboxId, const QString &error, const QDateTime &retryAt, bool itemFailure)
{
    write([=](StoreDatabase &db) { return db.markFailed(outboxId, error, retryAt, itemFailure); });
}

void Store::retryBackendNow(const QString &backendId)
{
    write([backendId](StoreDatabase &db) { return db.retryBackendNow(backendId); });
}

void Store::retryOutbox(qint64 outboxId)
{
    write([outboxId](StoreDatabase &db) { return db.retry(outboxId); });
}

void Store::retryMessage(qint64 messageId)
{
    write([messageId](StoreDatabase &db) { return db.retryMessage(messageId); });
}

void Store::saveDraft(qint64 conversationId, const QString &text)
{
    write([conversationId, text](StoreDatabase &db) { return db.saveDraft(conversationId, text); });
}

void Store::setAttachmentLocalPath(qint64 attachmentId, const QString &path)
{
    write([attachmentId, path](StoreDatabase &db) { return db.setAttachmentLocalPath(attachmentId, path); });
}

void Store::fetchDraft(qint64 conversationId, QObject *context, std::function<void(QString)> done)
{
    read<QString>(
        context, [conversationId](StoreDatabase &db) { return db.draft(conversationId); }, std::move(done));
}

void Store::markConversationRead(qint64 conversationId)
{
    write([conversationId](StoreDatabase &db) { return db.markConversationRead(conversationId); });
}

} // namespace AgentDesk
