// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RtFields.h"

namespace AgentDesk {

using namespace Domain;

ConversationStatus RtFields::statusFromRt(const QString &status)
{
    if (status == QLatin1String("stalled"))
        return ConversationStatus::Pending;
    if (status == QLatin1String("resolved") || status == QLatin1String("rejected") ||
        status == QLatin1String("deleted"))
        return ConversationStatus::Resolved;
    return ConversationStatus::Open; // new, open, and any site-defined active status
}

QString RtFields::statusToRt(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open:
        return QStringLiteral("open");
    case ConversationStatus::Pending:
    case ConversationStatus::Snoozed:
        return QStringLiteral("stalled");
    case ConversationStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return QStringLiteral("open");
}

// RT priorities are numbers; 0 is what a ticket gets when nobody chose one.
Priority RtFields::priorityFromRt(int priority)
{
    if (priority == 0)
        return Priority::Normal;
    if (priority < 30)
        return Priority::Low;
    if (priority < 60)
        return Priority::Normal;
    if (priority < 90)
        return Priority::High;
    return Priority::Urgent;
}

int RtFields::priorityToRt(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return 10;
    case Priority::Normal:
        return 50;
    case Priority::High:
        return 70;
    case Priority::Urgent:
        return 90;
    }
    return 50;
}

} // namespace AgentDesk
