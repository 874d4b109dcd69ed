// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Domain.h"

#include <optional>
#include <QList>
#include <QString>

class QSettings;

namespace AgentDesk {

// One way of looking at the unified inbox: which statuses, channel, assignee, team and text. The
// built-in views (Mine, Unassigned, per channel...) and the agent's saved filters are all this.
struct InboxView
{
    enum class Assignee
    {
        Anyone = 0,
        Me,         // the signed-in agent of the conversation's own backend
        Unassigned, // nobody
    };

    QString name; // shown in the view selector
    QList<Domain::ConversationStatus> statuses = activeStatuses();
    std::optional<Domain::Channel> channel;
    Assignee assignee = Assignee::Anyone;
    QString teamBackendId; // empty: any team
    QString teamRemoteId;
    QString label; // empty: any labels; else conversations carrying it (any case)
    QString text;  // matches customer, subject, labels or the last message

    bool hasTeam() const { return !teamBackendId.isEmpty(); }
    friend bool operator==(const InboxView &, const InboxView &) = default;

    // The statuses an agent has to work on now (snoozed ones are out of the way until they wake).
    static QList<Domain::ConversationStatus> activeStatuses();
    // Mine, Unassigned, All open, Snoozed, Resolved: what every profile starts with.
    static QList<InboxView> builtIn();
    // The agent's saved filters (settings array "views"); entries that do not parse are skipped.
    static QList<InboxView> loadSaved(QSettings &settings);
    static void saveSaved(QSettings &settings, const QList<InboxView> &views);
};

} // namespace AgentDesk
