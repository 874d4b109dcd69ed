// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Agent.h"
#include "store/StoreChanges.h"

#include <QObject>

namespace AgentDesk {

class Store;

// The agents and teams of every backend, as the store has them: who a conversation can be
// assigned to and which team views the inbox offers. Follows store changes.
class DirectoryModel final : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryModel(Store *store, QObject *parent = nullptr);

    void reload(); // then changed()
    QList<Team> teams() const { return m_teams; }
    QList<Team> teams(const QString &backendId) const;
    QList<Agent> agents(const QString &backendId) const;
    QString agentName(const QString &backendId, const QString &remoteId) const;
    QString teamName(const QString &backendId, const QString &remoteId) const;

Q_SIGNALS:
    void changed();

private:
    Store *m_store;
    QList<Agent> m_agents;
    QList<Team> m_teams;
    int m_generation = 0;
};

} // namespace AgentDesk
