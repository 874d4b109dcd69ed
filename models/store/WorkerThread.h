// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QObject>
#include <QThread>

namespace AgentDesk {

// The end of a worker living on a thread of its own: last() runs there after everything posted
// before it (FIFO), then the thread stops and both are deleted. From the owner's thread.
inline void finishWorker(QObject *worker, QThread *thread, const std::function<void()> &last)
{
    QMetaObject::invokeMethod(worker, last, Qt::BlockingQueuedConnection);
    thread->quit();
    thread->wait();
    delete worker;
    delete thread;
}

} // namespace AgentDesk
