// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QHash>
#include <QString>
#include <QStringList>

namespace AgentDesk {

// Which archived conversations a view shows (see InboxScope): the store pages them in, newest
// activity first, instead of the inbox holding years of them. What InboxFilterModel::accepts()
// asks of a row, in terms the store's query can test.
struct ArchiveFilter
{
    enum class Assignee
    {
        Anyone,
        Me, // selfAgents: backend id -> the signed-in agent's id there
        Unassigned,
    };

    std::optional<int> channel;
    Assignee assignee = Assignee::Anyone;
    QHash<QString, QString> selfAgents;
    QString teamBackendId; // empty: any team
    QString teamRemoteId;
    QString label;     // empty: any labels; else one of them (any case)
    QStringList texts; // at most two (a view's and the quick filter's), each found (any case) in the
                       // customer, subject, labels or last message

    friend bool operator==(const ArchiveFilter &, const ArchiveFilter &) = default;
};

// Where a page of archived conversations ends: the next page starts after it.
struct ArchiveKey
{
    qint64 activityMs = 0; // last activity (ms UTC); 0 with id 0: from the newest
    qint64 id = 0;
    friend bool operator==(const ArchiveKey &, const ArchiveKey &) = default;
};

} // namespace AgentDesk
