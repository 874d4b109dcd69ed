// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QObject>

namespace AgentDesk {

class AlertService
{
public:
    virtual ~AlertService() = default;
    virtual void acknowledge(const QString &alertRemoteId, QObject *context,
                             std::function<void(QString error)> done) = 0;
};

} // namespace AgentDesk
