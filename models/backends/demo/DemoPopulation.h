// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Agent.h"
#include "domain/Customer.h"

#include <QList>

namespace AgentDesk {

// The demo's customers, agents and teams: realistic, varied (tiers, English and Chinese names,
// products with serial numbers and site IDs, several channels) and the same for the same seed.
class DemoPopulation final
{
public:
    static constexpr auto backendId = "demo";
    static constexpr auto selfAgentId = "agent-1";

    explicit DemoPopulation(quint32 seed, int customerCount = 320);

    const QList<Customer> &customers() const { return m_customers; }
    const QList<Agent> &agents() const { return m_agents; }
    const QList<Team> &teams() const { return m_teams; }
    const Customer *customer(const QString &remoteId) const;

private:
    QList<Customer> m_customers;
    QList<Agent> m_agents;
    QList<Team> m_teams;
    QHash<QString, int> m_index;
};

} // namespace AgentDesk
