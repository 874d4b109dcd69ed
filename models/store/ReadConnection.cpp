// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadConnection.h"

#include "SqliteDatabase.h"
#include "StoreReader.h"
#include "TextMatch.h"
#include "WorkerThread.h"

#include <QLoggingCategory>
#include <QThread>
#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace AgentDesk {

ReadConnection::ReadConnection(const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new QObject)
    , m_db(std::make_unique<SqliteDatabase>())
    , m_reader(std::make_unique<StoreReader>(*m_db))
{
    m_thread->setObjectName(threadName);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

ReadConnection::~ReadConnection()
{
    for (auto &generation : m_generations) // what runs stops at once; what waits is skipped
        ++generation;
    finishWorker(m_worker, m_thread, [this] { m_db->close(); });
}

void ReadConnection::open(const QString &path, const QString &attachStore)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, path, attachStore] {
            try {
                m_db->close(); // a file opened anew (the search index rebuilt) is read from here on
                m_db->open(path, false);
                if (!attachStore.isEmpty())
                    m_db->statement("ATTACH DATABASE ?1 AS store").bind(1, attachStore).exec();
                m_db->exec("PRAGMA query_only = 1");
                m_db->exec("PRAGMA cache_size = -4096");
                m_db->exec("PRAGMA mmap_size = 0");
                TextMatch::registerFunctions(m_db->handle());
                sqlite3_progress_handler(m_db->handle(), 2000, &ReadConnection::progress, this);
            } catch (const SqliteError &e) {
                qCWarning(lcStore) << "the store's read connection could not open:" << e.message();
                m_db->close();
            }
        },
        Qt::QueuedConnection);
}

void ReadConnection::post(Lane lane, std::function<bool(StoreReader &)> task)
{
    const quint64 generation =
        supersedes(lane) ? ++m_generations[int(lane)] : m_generations[int(lane)].load();
    QMetaObject::invokeMethod(
        m_worker, [this, lane, generation, task = std::move(task)] { run(lane, generation, task); },
        Qt::QueuedConnection);
}

bool ReadConnection::wasInterrupted(const SqliteError &e)
{
    if (e.code() == SQLITE_INTERRUPT)
        return true;
    qCWarning(lcStore) << "a read of the store failed:" << e.message();
    return false;
}

bool ReadConnection::run(Lane lane, quint64 generation, const std::function<bool(StoreReader &)> &task)
{
    if (m_generations[int(lane)].load() != generation)
        return false;
    if (!m_db->isOpen() && supersedes(lane))
        return false; // a lane that never supersedes always answers (with nothing, here)
    m_runningLane = int(lane);
    m_runningGeneration = generation;
    bool answered = false;
    try {
        answered = task(*m_reader);
    } catch (const SqliteError &e) {
        if (e.code() == SQLITE_INTERRUPT)
            ++m_interrupted;
    }
    m_runningLane = -1;
    // What the read cached is given back: reads of the archive are occasional and scattered, and
    // an idle app holds no more than it needs. A search as typed reads the same pages again at the
    // next key: its cache (4 MiB at most) is kept.
    if (lane != Lane::Search)
        m_db->releaseMemory();
    return answered;
}

int ReadConnection::progress(void *self)
{
    auto *that = static_cast<ReadConnection *>(self);
    if (that->m_runningLane < 0)
        return 0;
    return that->m_generations[that->m_runningLane].load(std::memory_order_relaxed) !=
           that->m_runningGeneration;
}

} // namespace AgentDesk
