// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ServiceRequest.h"
#include "outbox/OutboxItem.h"

#include <optional>

namespace AgentDesk {

// A service request as the conversation panel lists it: the request, and while this app is still
// creating it, the state of that action (queued, failed with the reason, ...).
struct ServiceRequestRow
{
    ServiceRequest request;
    std::optional<OutboxState> creation; // empty: created (or not created by this app)
    QString creationError;
};

} // namespace AgentDesk
