// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Call.h"

#include <functional>
#include <QObject>

namespace AgentDesk {

class CallService
{
public:
    virtual ~CallService() = default;
    virtual void accept(const QString &callRemoteId, QObject *context,
                        std::function<void(QString error)> done) = 0;
    virtual void hangUp(const QString &callRemoteId, QObject *context,
                        std::function<void(QString error)> done) = 0;
};

} // namespace AgentDesk
