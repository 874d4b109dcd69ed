// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace AgentDesk {

enum class CallState
{
    Ringing = 0,
    Active,
    Held,
    Ended
};

struct Call
{
    QString backendId;
    QString remoteId;
    QString customerRemoteId;
    bool video = false;
    CallState state = CallState::Ringing;
    QDateTime startedAt;
    QDateTime endedAt;
    friend bool operator==(const Call &, const Call &) = default;
};

} // namespace AgentDesk
