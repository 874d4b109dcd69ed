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
