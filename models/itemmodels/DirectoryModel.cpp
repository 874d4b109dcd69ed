// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryModel.h"

#include "store/Store.h"
#include "store/StoreDatabase.h"
#include "store/StoreReader.h"

namespace AgentDesk {

DirectoryModel::DirectoryModel(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &Store::changed, this, [this](const StoreChanges &changes) {
        if (changes.agents)
            reload();
    });
}

void DirectoryModel::reload()
{
    using Both = std::pair<QList<Agent>, QList<Team>>;
    const int generation = ++m_generation;
    m_store->read<Both>(
        this,
        [](StoreDatabase &db) {
            return Both{db.reader().agents(), db.reader().teams()};
        },
        [this, generation](Both both) {
            if (generation != m_generation)
                return; // a newer reload is on its way
            if (both.first == m_agents && both.second == m_teams)
                return;
            m_agents = std::move(both.first);
            m_teams = std::move(both.second);
            Q_EMIT changed();
        });
}

QList<Team> DirectoryModel::teams(const QString &backendId) const
{
    QList<Team> out;
    for (const Team &t : m_teams)
        if (t.backendId == backendId)
            out << t;
    return out;
}

QList<Agent> DirectoryModel::agents(const QString &backendId) const
{
    QList<Agent> out;
    for (const Agent &a : m_agents)
        if (a.backendId == backendId)
            out << a;
    return out;
}

QString DirectoryModel::agentName(const QString &backendId, const QString &remoteId) const
{
    for (const Agent &a : m_agents)
        if (a.backendId == backendId && a.remoteId == remoteId)
            return a.name;
    return remoteId;
}

QString DirectoryModel::teamName(const QString &backendId, const QString &remoteId) const
{
    for (const Team &t : m_teams)
        if (t.backendId == backendId && t.remoteId == remoteId)
            return t.name;
    return remoteId;
}

} // namespace AgentDesk
