// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Domain.h"

#include <QDateTime>
#include <QString>

namespace AgentDesk {

// A proactive product alert (disk failing, firmware update due) raised by a backend.
struct Alert
{
    QString backendId;
    QString remoteId;
    QString customerRemoteId;
    QString productSerial;
    Domain::AlertSeverity severity = Domain::AlertSeverity::Info;
    QString title;
    QString body;
    QDateTime raisedAt;
    bool acknowledged = false;
    friend bool operator==(const Alert &, const Alert &) = default;
};

} // namespace AgentDesk
