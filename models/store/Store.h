// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArchiveFilter.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "InboxRow.h"
#include "outbox/OutboxItem.h"
#include "ServiceRequestRow.h"
#include "StoreChanges.h"
#include "sync/BackendEvent.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <QObject>
#include <QPointer>

class QThread;
class QTimer;

namespace AgentDesk {

class IntegrityCheck;
class ReadConnection;
class SearchIndex;
class StoreDatabase;

// The single source of truth for the UI, asynchronous: SQLite runs on the store's own thread and
// results come back on the caller's thread through callbacks bound to a context object (dropped
// if the context is destroyed first). Requests are served in the order they were made; a search
// runs on the search index's thread, after every write requested before it.
class Store final : public QObject
{
    Q_OBJECT

public:
    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    void open(const QString &path); // then opened()
    bool isOpen() const { return m_open; }
    QString damage() const { return m_damage; } // empty unless damaged() was emitted
    QString path() const { return m_path; }

    // Runs query on the store thread and done(result) on context's thread.
    template<typename R>
    void read(QObject *context, std::function<R(StoreDatabase &)> query, std::function<void(R)> done);
    // Runs a write on the store thread; changed() follows on this object's thread.
    void write(std::function<StoreChanges(StoreDatabase &)> work);

    void fetchInbox(QObject *context, std::function<void(QList<InboxRow>)> done);
    // See InboxScope; archivedBefore is its cut-off.
    void fetchInbox(InboxScope scope, const QDateTime &archivedBefore, QObject *context,
                    std::function<void(QList<InboxRow>)> done);
    // A page of archived conversations (StoreReader::archivePage), read on the store's read
    // connection: a slow page (a rare filter text scans the archive) holds up no write. A newer
    // request supersedes one not yet answered, which then never answers.
    void fetchArchivePage(const ArchiveFilter &filter, const QDateTime &archivedBefore, ArchiveKey after,
                          int limit, QObject *context, std::function<void(QList<InboxRow>)> done);
    // How many archive pages a newer one interrupted while they were read.
    int interruptedReads() const;
    void fetchConversationAttachments(qint64 conversationId, QObject *context,
                                      std::function<void(QList<std::pair<QString, Attachment>>)> done);
    void fetchCustomerInbox(const QString &backendId, const QString &customerRemoteId, QObject *context,
                            std::function<void(QList<InboxRow>)> done);
    void fetchInboxRows(const QList<qint64> &ids, QObject *context,
                        std::function<void(QList<InboxRow>)> done);
    void fetchMessages(qint64 conversationId, int limit, qint64 beforeAt, qint64 beforeId, QObject *context,
                       std::function<void(QList<Message>)> done);
    void fetchMessagesByIds(const QList<qint64> &ids, QObject *context,
                            std::function<void(QList<Message>)> done);
    // Newest first; conversationId limits it to one conversation (0: all history of all backends).
    // beforeId > 0: the next page, hits older than that message.
    void search(const QString &query, int limit, QObject *context, std::function<void(QList<SearchHit>)> done,
                qint64 conversationId = 0, qint64 beforeId = 0);
    // See StoreReader::messagesFrom; done(messages, hasOlder).
    void fetchMessagesFrom(qint64 conversationId, qint64 messageId, int older, QObject *context,
                           std::function<void(QList<Message>, bool)> done);
    void fetchConversation(qint64 id, QObject *context,
                           std::function<void(std::optional<Conversation>)> done);
    void fetchCustomer(const QString &backendId, const QString &remoteId, QObject *context,
                       std::function<void(std::optional<Customer>)> done);
    void fetchServiceRequests(qint64 conversationId, QObject *context,
                              std::function<void(QList<ServiceRequestRow>)> done);
    void fetchCursor(const QString &backendId, QObject *context, std::function<void(QString)> done);

    void applyBatch(const EventBatch &batch);
    // done(item, error): item.id is 0 and error says why when the request was refused.
    void enqueue(const OutboxRequest &request, QObject *context,
                 std::function<void(OutboxItem, QString)> done);
    void fetchDueOutbox(int limit, QObject *context,
                        std::function<void(QList<OutboxItem>, QDateTime next)> done);
    // done(true) once the item is durably "sending" with the backend's mark: only then may it go.
    // done(false): it is no longer queued, or the write failed.
    void markSending(qint64 outboxId, const QString &mark = {}, QObject *context = nullptr,
                     std::function<void(bool)> done = {});
    void markSent(qint64 outboxId, const QString &remoteId);
    // itemFailure: counts for the item's backoff (see OutboxItem::failures).
    void markFailed(qint64 outboxId, const QString &error, const QDateTime &retryAt, bool itemFailure = true);
    // The backend is connected again: its queued items are due now.
    void retryBackendNow(const QString &backendId);
    void retryOutbox(qint64 outboxId);
    void retryMessage(qint64 messageId);
    void markConversationRead(qint64 conversationId);
    void saveDraft(qint64 conversationId, const QString &text);
    void setAttachmentLocalPath(qint64 attachmentId, const QString &path);
    void fetchDraft(qint64 conversationId, QObject *context, std::function<void(QString)> done);
    // After a big read (the whole inbox at start), so an idle app holds no more than it needs.
    void releaseMemory();

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void changed(const AgentDesk::StoreChanges &changes);
    void eventsRejected(const QString &backendId, const QStringList &reasons);
    void writeFailed(const QString &error);
    // The quick check after opening found damaged pages: reads go on, writes are refused with this.
    void damaged(const QString &why);
    // The search index committed more of the store's messages: searches find them from now on
    // (they read what the index has, and never wait for it).
    void searchIndexed();

private:
    void post(std::function<void()> task);
    void deliver(std::function<void()> callback); // to this object's thread
    bool databaseOpen() const;                    // on the store thread
    // On the store thread: why nothing may be written now (not open, damaged); empty when it may.
    QString writeRefusal() const;
    // On the store thread: true (and writeFailed says why) when nothing may be written now.
    bool refuseWrite();
    void postToIndex(std::function<void()> task); // from any thread; nothing once stopping
    void postToStore(std::function<void()> task); // from the index thread; nothing once stopping
    void indexForSearch();                        // on the index thread
    void reportIndexed();                         // on the index thread

    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;         // lives on m_thread; runs the posted tasks
    std::unique_ptr<StoreDatabase> m_db; // touched only on m_thread
    // Message search has its own file and thread (see SearchIndex): indexing runs in parallel
    // with the store's writes.
    QThread *m_indexThread = nullptr;
    QObject *m_indexWorker = nullptr;        // lives on m_indexThread
    QTimer *m_indexTimer = nullptr;          // on m_indexThread: reads new messages in batches
    std::unique_ptr<SearchIndex> m_index;    // touched only on m_indexThread
    qint64 m_indexedSinceIdle = 0;           // on m_indexThread
    ReadConnection *m_reads;                 // its own thread and connection
    ReadConnection *m_searches;              // the same, on the search index
    std::unique_ptr<IntegrityCheck> m_check; // started on m_thread, stopped after it
    std::atomic<bool> m_stopping{false};     // the destructor runs: the threads post nothing more
    bool m_open = false;
    QString m_path;
    QString m_damage;
};

template<typename R>
void Store::read(QObject *context, std::function<R(StoreDatabase &)> query, std::function<void(R)> done)
{
    Q_ASSERT(context && context->thread() == thread());
    QPointer<QObject> guard(context);
    post([this, guard, query = std::move(query), done = std::move(done)]() mutable {
        // Asked before the store opened, or after it failed to: nothing to read. A read that
        // fails (a damaged page) answers with nothing too, and writeFailed says why.
        auto result = std::make_shared<R>();
        if (databaseOpen()) {
            try {
                *result = query(*m_db);
            } catch (const std::exception &e) {
                deliver([this, message = QString::fromUtf8(e.what())] { Q_EMIT writeFailed(message); });
            }
        }
        deliver([guard, done = std::move(done), result] {
            if (guard)
                done(std::move(*result));
        });
    });
}

} // namespace AgentDesk

Q_DECLARE_METATYPE(AgentDesk::StoreChanges)
