// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrityCheck.h"

#include "StoreDatabase.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#ifdef Q_OS_LINUX
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace AgentDesk {

namespace {

// Reads of this thread wait for every other reader of the disk (Linux's idle I/O class; CPU idle
// priority is QThread's IdlePriority, SCHED_IDLE there).
void idleIo()
{
#if defined(Q_OS_LINUX) && defined(SYS_ioprio_set)
    constexpr int whoProcess = 1; // IOPRIO_WHO_PROCESS: with 0, the calling thread
    constexpr int classIdle = 3;  // IOPRIO_CLASS_IDLE
    constexpr int classShift = 13;
    syscall(SYS_ioprio_set, whoProcess, 0, classIdle << classShift);
#endif
}

} // namespace

IntegrityCheck::~IntegrityCheck()
{
    stop();
}

void IntegrityCheck::start(const QString &path, int delayMs, std::function<void(QString)> damaged)
{
    stop();
    m_stop.store(false);
    m_thread = QThread::create([this, path, delayMs, damaged = std::move(damaged)] {
        idleIo();
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, std::chrono::milliseconds(delayMs), [this] { return m_stop.load(); }))
                return;
        }
        const QFileInfo stamp(stampPath(path));
        if (stamp.exists() &&
            stamp.lastModified().secsTo(QDateTime::currentDateTime()) < intervalHours * 3600)
            return;
        const QString why = StoreDatabase::quickCheck(path, &m_stop);
        if (m_stop.load())
            return;
        if (!why.isEmpty()) {
            QFile::remove(stamp.filePath());
            damaged(why);
            return;
        }
        QFile file(stamp.filePath());
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) // its time is the stamp
            file.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8());
    });
    m_thread->setObjectName(QStringLiteral("AgentDesk store check"));
    m_thread->start(QThread::IdlePriority);
}

QString IntegrityCheck::stampPath(const QString &storePath)
{
    return storePath + QStringLiteral("-checked");
}

void IntegrityCheck::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop.store(true);
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace AgentDesk
