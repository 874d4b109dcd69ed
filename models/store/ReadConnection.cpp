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

ReadConnection::ReadConnection(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new QObject)
    , m_db(std::make_unique<SqliteDatabase>())
    , m_reader(std::make_unique<StoreReader>(*m_db))
{
    m_thread->setObjectName(QStringLiteral("AgentDesk store reader"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

ReadConnection::~ReadConnection()
{
    for (auto &generation : m_generations) // what runs stops at once; what waits is skipped
        ++generation;
    finishWorker(m_worker, m_thread, [this] { m_db->close(); });
}

void ReadConnection::open(const QString &storePath)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, storePath] {
            try {
                m_db->open(storePath, false);
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
    const quint64 generation = ++m_generations[int(lane)];
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
    if (m_generations[int(lane)].load() != generation || !m_db->isOpen())
        return false;
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
    // What the read cached is given back: reads here are occasional and scattered (a page of the
    // archive), and an idle app holds no more than it needs.
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
