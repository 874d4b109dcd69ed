// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Domain.h"

#include <QObject>

namespace AgentDesk {

class BackendRegistry;

// The agent's availability, sent to every backend that has a directory (presence) service.
class PresenceController final : public QObject
{
    Q_OBJECT

public:
    explicit PresenceController(BackendRegistry *registry, QObject *parent = nullptr);

    // False when no registered backend offers presence: the UI hides the selector.
    bool isAvailable() const;
    Domain::Presence presence() const { return m_presence; }
    void setPresence(Domain::Presence presence);

Q_SIGNALS:
    void availabilityChanged(bool available);
    void presenceChanged(AgentDesk::Domain::Presence presence);

private:
    BackendRegistry *m_registry;
    Domain::Presence m_presence = Domain::Presence::Available;
};

} // namespace AgentDesk
