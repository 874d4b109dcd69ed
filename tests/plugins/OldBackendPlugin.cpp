// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A plugin built against an older backend interface: the loader must refuse it, with a clear
// message, without running any of its code.
#include <QObject>
#include <QtPlugin>

class OldBackendPluginInterface
{
public:
    virtual ~OldBackendPluginInterface() = default;
    virtual int legacy() const = 0;
};
Q_DECLARE_INTERFACE(OldBackendPluginInterface, "org.agentdesk.BackendPlugin/0")

class OldBackendPlugin final : public QObject, public OldBackendPluginInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.agentdesk.BackendPlugin/0")
    Q_INTERFACES(OldBackendPluginInterface)

public:
    int legacy() const override { return 0; }
};

#include "OldBackendPlugin.moc"
