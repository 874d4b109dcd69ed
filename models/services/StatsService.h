// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QDateTime>
#include <QObject>

namespace AgentDesk {

struct QueueStats
{
    QString queue;
    int waiting = 0;
    int active = 0;
    int agentsAvailable = 0;
    int slaBreached = 0;
    int longestWaitSeconds = 0;
    QDateTime at;
};

class StatsService
{
public:
    virtual ~StatsService() = default;
    virtual void queueStats(QObject *context, std::function<void(QList<QueueStats>, QString error)> done) = 0;
};

} // namespace AgentDesk
