// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Domain.h"

#include <QString>

namespace AgentDesk {

// Customers, agents and teams arrive as events; this is what the agent sets.
class DirectoryService
{
public:
    virtual ~DirectoryService() = default;
    virtual QString selfAgentId() const = 0; // the signed-in agent on this backend
    virtual void setPresence(Domain::Presence presence) = 0;
};

} // namespace AgentDesk
