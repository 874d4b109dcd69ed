// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backend.h"

#include <QList>
#include <QObject>

namespace AgentDesk {

// Holds every backend of the session, several at once. Owns them.
class BackendRegistry final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Refuses a backend whose id is already taken; error says why.
    bool add(Backend *backend, QString *error = nullptr);
    void remove(const QString &id);
    Backend *backend(const QString &id) const;
    QList<Backend *> backends() const { return m_backends; }
    QList<Backend *> withCapability(Domain::Capability capability) const;
    // The union of every backend's capabilities: the UI hides what nobody offers.
    Domain::Capabilities capabilities() const;

Q_SIGNALS:
    void backendAdded(AgentDesk::Backend *backend);
    void backendRemoved(const QString &id);
    void capabilitiesChanged(AgentDesk::Domain::Capabilities capabilities);

private:
    QList<Backend *> m_backends;
};

} // namespace AgentDesk
