// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <QString>

class QThread;

namespace AgentDesk {

// The store's quick check (every page read once), so damage is found before a write meets it. On a
// thread of its own at idle CPU and I/O priority, a moment after the store opens: on a store of
// years (2 GB: 5 s of reading warm, far longer cold) it must not compete with the first paint, the
// search index or searches, as it did from the index thread. At most once a day (a stamp file
// beside the store says when the last check found it sound): a store of years is read for 5-10 s,
// and while that read is open the store's WAL cannot be reset.
class IntegrityCheck final
{
public:
    IntegrityCheck() = default;
    ~IntegrityCheck(); // stops a check under way and waits for its thread
    IntegrityCheck(const IntegrityCheck &) = delete;
    IntegrityCheck &operator=(const IntegrityCheck &) = delete;

    // damaged(why) runs on the check's thread, only when damage is found. Stops the last check.
    void start(const QString &path, int delayMs, std::function<void(QString)> damaged);
    void stop();

    static QString stampPath(const QString &storePath);
    static constexpr int intervalHours = 24;

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex; // with m_wake: the delay ends early when stopped
    std::condition_variable m_wake;
};

} // namespace AgentDesk
