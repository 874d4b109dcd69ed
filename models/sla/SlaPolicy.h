// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Domain.h"

#include <QCoreApplication>
#include <QDateTime>

namespace AgentDesk {

struct InboxRow;

// What a conversation owes its customer now, and by when: a first response while nobody has
// answered, the next response after the customer writes again, its resolution while nobody waits
// for a word. A clock stops when it is met (an answer, the conversation resolved or pending).
// Targets come from tier and priority together, so an urgent alert of a standard customer is due
// before a routine chat of a VIP; a backend's own due date (RT's Due) sets the resolution.
class SlaPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(AgentDesk::SlaPolicy)

public:
    enum class Owed
    {
        Nothing = 0,
        FirstResponse,
        NextResponse,
        Resolution
    };

    static int responseMinutes(Domain::Tier tier, Domain::Priority priority);
    static int resolutionMinutes(Domain::Tier tier, Domain::Priority priority);

    // Fills row.owed and row.owedBy from its status, times and targets.
    static void apply(InboxRow &row);

    // "Reply 4 min over", "First reply in 12 min", "Resolve in 3 h 5 min"; empty when nothing is owed.
    static QString describe(const InboxRow &row, const QDateTime &now);
    // "4 min", "2 h 5 min", "3 d": a span, short.
    static QString shortDuration(qint64 seconds);
};

} // namespace AgentDesk
