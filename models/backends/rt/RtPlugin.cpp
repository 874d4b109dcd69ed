// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The RT backend as a shared-library plugin, found in a plugins directory by PluginLoader.
#include "RtBackendFactory.h"

#include <QObject>

namespace AgentDesk {

class RtPlugin final : public QObject, public BackendPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AgentDeskBackendPlugin_iid)
    Q_INTERFACES(AgentDesk::BackendPlugin)

public:
    QString kind() const override { return m_factory.kind(); }
    Backend *create(const QString &id, const QVariantMap &settings) override
    {
        return m_factory.create(id, settings);
    }

private:
    RtBackendFactory m_factory;
};

} // namespace AgentDesk

#include "RtPlugin.moc"
