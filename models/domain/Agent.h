// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Domain.h"

#include <QString>

namespace AgentDesk {

struct Agent
{
    QString backendId;
    QString remoteId;
    QString name;
    QString teamRemoteId;
    Domain::Presence presence = Domain::Presence::Offline;
    friend bool operator==(const Agent &, const Agent &) = default;
};

// A team owns a queue of conversations.
struct Team
{
    QString backendId;
    QString remoteId;
    QString name;
    friend bool operator==(const Team &, const Team &) = default;
};

} // namespace AgentDesk
