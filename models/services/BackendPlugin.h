// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtPlugin>
#include <QVariantMap>

namespace AgentDesk {

class Backend;

// What a backend shared library exports. The interface version is part of the IID: a plugin
// built against another version is refused by the loader before any of its code runs.
class BackendPlugin
{
public:
    virtual ~BackendPlugin() = default;
    virtual QString kind() const = 0; // matches Backend::kind()
    // A new backend with the given registry id and settings; the caller takes ownership.
    virtual Backend *create(const QString &id, const QVariantMap &settings) = 0;
};

} // namespace AgentDesk

#define AgentDeskBackendPluginIidPrefix "org.agentdesk.BackendPlugin/"
#define AgentDeskBackendPluginVersion "2" // 2: attachments download with progress, resumable
#define AgentDeskBackendPlugin_iid AgentDeskBackendPluginIidPrefix AgentDeskBackendPluginVersion
Q_DECLARE_INTERFACE(AgentDesk::BackendPlugin, AgentDeskBackendPlugin_iid)
