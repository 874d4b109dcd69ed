// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteDatabase.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QObject>
#include <QPointer>

class QThread;

namespace AgentDesk {

class StoreReader;

// A second connection to the store, read-only, on a thread of its own, for reads that may take
// long: an archived view filtered by text may scan every conversation. In WAL mode it reads a
// snapshot while the store's thread goes on writing, so no event waits behind it, and it waits
// behind no write. Each request belongs to a lane; a newer request in a lane interrupts the one
// running and skips those still queued (the filter's next key supersedes what the last one
// asked), and those never answer. The search lane supersedes nothing: two panes may search at
// once and each gets its answer. Answers come on the owner's thread, dropped if the context died.
class ReadConnection final : public QObject
{
    Q_OBJECT

public:
    enum class Lane
    {
        Archive,
        Search,
        Count
    };

    explicit ReadConnection(const QString &threadName, QObject *parent = nullptr);
    ~ReadConnection() override;

    // After the store brought the file to the latest schema; from any thread. With attachStore,
    // path is another file (the search index) and the store is attached to it as "store".
    void open(const QString &path, const QString &attachStore = {});

    template<typename R>
    void read(Lane lane, QObject *context, std::function<R(StoreReader &)> query,
              std::function<void(R)> done);

    // How many requests a newer one interrupted while they ran (for tests and benchmarks).
    int interrupted() const { return m_interrupted.load(); }

private:
    static constexpr bool supersedes(Lane lane) { return lane != Lane::Search; }
    static bool wasInterrupted(const SqliteError &e); // and logs any other failure
    // Runs task(reader) on the thread unless superseded; false when it was (nothing to answer).
    void post(Lane lane, std::function<bool(StoreReader &)> task);
    bool run(Lane lane, quint64 generation, const std::function<bool(StoreReader &)> &task);
    static int progress(void *self);

    QThread *m_thread;
    QObject *m_worker; // lives on m_thread
    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<StoreReader> m_reader;
    std::atomic<quint64> m_generations[int(Lane::Count)] = {};
    // On m_thread: the request running now, for the progress handler.
    int m_runningLane = -1;
    quint64 m_runningGeneration = 0;
    std::atomic<int> m_interrupted{0};
};

template<typename R>
void ReadConnection::read(Lane lane, QObject *context, std::function<R(StoreReader &)> query,
                          std::function<void(R)> done)
{
    QPointer<QObject> guard(context);
    post(lane, [this, guard, query = std::move(query), done = std::move(done)](StoreReader &reader) mutable {
        auto result = std::make_shared<R>();
        try {
            *result = query(reader);
        } catch (const SqliteError &e) {
            if (wasInterrupted(e))
                throw; // superseded: nobody waits for this answer
            // Failed: answered with nothing, as the store's own reads are.
        }
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done), result] {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
        return true;
    });
}

} // namespace AgentDesk
