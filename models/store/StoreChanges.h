// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace AgentDesk {

// What one write changed, so item models refresh exactly those rows.
struct StoreChanges
{
    QSet<qint64> conversations;           // inbox rows to refresh
    QHash<qint64, QSet<qint64>> messages; // conversation id -> message ids
    bool customers = false;
    bool agents = false;
    bool alerts = false;
    bool serviceRequests = false;
    bool outbox = false;
    QStringList rejected; // events refused, with the reason

    bool isEmpty() const
    {
        return conversations.isEmpty() && messages.isEmpty() && !customers && !agents && !alerts &&
               !serviceRequests && !outbox;
    }
    void merge(const StoreChanges &other)
    {
        conversations.unite(other.conversations);
        for (auto it = other.messages.cbegin(); it != other.messages.cend(); ++it)
            messages[it.key()].unite(it.value());
        customers |= other.customers;
        agents |= other.agents;
        alerts |= other.alerts;
        serviceRequests |= other.serviceRequests;
        outbox |= other.outbox;
        rejected += other.rejected;
    }
};

} // namespace AgentDesk
