// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackendRegistry.h"

namespace AgentDesk {

bool BackendRegistry::add(Backend *backend, QString *error)
{
    Q_ASSERT(backend);
    if (backend->id().isEmpty() || this->backend(backend->id())) {
        if (error)
            *error = backend->id().isEmpty()
                         ? tr("A backend needs an id.")
                         : tr("A backend named \"%1\" is already registered.").arg(backend->id());
        return false;
    }
    const Domain::Capabilities before = capabilities();
    backend->setParent(this);
    m_backends.append(backend);
    Q_EMIT backendAdded(backend);
    if (capabilities() != before)
        Q_EMIT capabilitiesChanged(capabilities());
    return true;
}

void BackendRegistry::remove(const QString &id)
{
    Backend *b = backend(id);
    if (!b)
        return;
    const Domain::Capabilities before = capabilities();
    m_backends.removeOne(b);
    b->stop();
    b->deleteLater();
    Q_EMIT backendRemoved(id);
    if (capabilities() != before)
        Q_EMIT capabilitiesChanged(capabilities());
}

Backend *BackendRegistry::backend(const QString &id) const
{
    for (Backend *b : m_backends)
        if (b->id() == id)
            return b;
    return nullptr;
}

QList<Backend *> BackendRegistry::withCapability(Domain::Capability capability) const
{
    QList<Backend *> out;
    for (Backend *b : m_backends)
        if (b->capabilities().testFlag(capability))
            out.append(b);
    return out;
}

Domain::Capabilities BackendRegistry::capabilities() const
{
    Domain::Capabilities all;
    for (Backend *b : m_backends)
        all |= b->capabilities();
    return all;
}

} // namespace AgentDesk
