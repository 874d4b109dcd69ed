// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaPolicy.h"

#include "store/InboxRow.h"

namespace AgentDesk {

using namespace Domain;

int SlaPolicy::responseMinutes(Tier tier, Priority priority)
{
    // Rows: tier, Standard to VIP; columns: priority, Low to Urgent. Urgent work of any customer is
    // due before routine work of the best one.
    static constexpr int minutes[4][4] = {
        {480, 240, 60, 15}, // Standard
        {240, 120, 60, 15}, // Silver
        {120, 60, 30, 10},  // Gold
        {60, 30, 15, 5},    // VIP
    };
    return minutes[qBound(0, int(tier), 3)][qBound(0, int(priority), 3)];
}

int SlaPolicy::resolutionMinutes(Tier tier, Priority priority)
{
    static constexpr int hours[4][4] = {
        {120, 72, 24, 8}, // Standard
        {96, 48, 16, 8},  // Silver
        {72, 24, 12, 4},  // Gold
        {48, 16, 8, 2},   // VIP
    };
    return hours[qBound(0, int(tier), 3)][qBound(0, int(priority), 3)] * 60;
}

void SlaPolicy::apply(InboxRow &row)
{
    row.owed = Owed::Nothing;
    row.owedBy = {};
    if (row.status == ConversationStatus::Resolved)
        return;
    if (row.waitingSince.isValid()) {
        // Answered before the customer wrote again: the next response; never answered: the first.
        const bool answered = row.firstReplyAt.isValid() && row.firstReplyAt <= row.waitingSince;
        row.owed = answered ? Owed::NextResponse : Owed::FirstResponse;
        row.owedBy = row.waitingSince.addSecs(60 * responseMinutes(row.tier, row.priority));
        return;
    }
    if (row.status != ConversationStatus::Open)
        return; // pending or snoozed: waiting for the customer, no clock runs
    row.owed = Owed::Resolution;
    row.owedBy = row.slaDueAt.isValid()
                     ? row.slaDueAt
                     : row.createdAt.addSecs(60 * resolutionMinutes(row.tier, row.priority));
    if (!row.owedBy.isValid())
        row.owed = Owed::Nothing;
}

QString SlaPolicy::describe(const InboxRow &row, const QDateTime &now)
{
    if (row.owed == Owed::Nothing || !row.owedBy.isValid())
        return {};
    const qint64 left = now.secsTo(row.owedBy);
    const QString span = shortDuration(qAbs(left));
    switch (row.owed) {
    case Owed::FirstResponse:
        return left < 0 ? tr("First reply %1 over").arg(span) : tr("First reply in %1").arg(span);
    case Owed::NextResponse:
        return left < 0 ? tr("Reply %1 over").arg(span) : tr("Reply in %1").arg(span);
    case Owed::Resolution:
        return left < 0 ? tr("Resolve %1 over").arg(span) : tr("Resolve in %1").arg(span);
    case Owed::Nothing:
        break;
    }
    return {};
}

QString SlaPolicy::shortDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    seconds = qAbs(seconds);
    QString text;
    if (seconds < 60)
        text = tr("%1 s").arg(seconds);
    else if (seconds < 3600)
        text = tr("%1 min").arg(seconds / 60);
    else if (seconds < 86400)
        text = tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    else
        text = tr("%1 d").arg(seconds / 86400);
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace AgentDesk
