// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenceController.h"

#include "services/BackendRegistry.h"
#include "services/DirectoryService.h"

namespace AgentDesk {

PresenceController::PresenceController(BackendRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    connect(m_registry, &BackendRegistry::capabilitiesChanged, this,
            [this](Domain::Capabilities capabilities) {
                Q_EMIT availabilityChanged(capabilities.testFlag(Domain::Capability::Directory));
            });
    // A backend that joins later learns the presence the agent already chose.
    connect(m_registry, &BackendRegistry::backendAdded, this, [this](Backend *backend) {
        if (backend->directory() && m_presence != Domain::Presence::Available)
            backend->directory()->setPresence(m_presence);
    });
}

bool PresenceController::isAvailable() const
{
    return m_registry->capabilities().testFlag(Domain::Capability::Directory);
}

void PresenceController::setPresence(Domain::Presence presence)
{
    if (presence == m_presence)
        return;
    m_presence = presence;
    for (Backend *backend : m_registry->withCapability(Domain::Capability::Directory))
        if (DirectoryService *directory = backend->directory())
            directory->setPresence(presence);
    Q_EMIT presenceChanged(presence);
}

} // namespace AgentDesk
