// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Domain.h"

#include <QString>

namespace AgentDesk {

// How Request Tracker's ticket fields read as AgentDesk's and back: its lifecycle statuses and
// its numeric priorities.
class RtFields final
{
public:
    static Domain::ConversationStatus statusFromRt(const QString &status);
    static QString statusToRt(Domain::ConversationStatus status);
    static Domain::Priority priorityFromRt(int priority);
    static int priorityToRt(Domain::Priority priority);
};

} // namespace AgentDesk
