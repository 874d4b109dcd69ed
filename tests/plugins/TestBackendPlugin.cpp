// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A backend plugin built for the current interface version, loaded by tst_PluginLoader through
// QPluginLoader exactly as the app loads real ones.
#include "services/Backend.h"
#include "services/BackendPlugin.h"

#include <QObject>

namespace {

class PluginBackend final : public AgentDesk::Backend
{
    Q_OBJECT

public:
    PluginBackend(const QString &id, const QVariantMap &settings)
        : m_id(id)
        , m_greeting(
              settings.value(QStringLiteral("greeting"), QStringLiteral("hello from a plugin")).toString())
    {}
    QString id() const override { return m_id; }
    QString kind() const override { return QStringLiteral("testplugin"); }
    QString displayName() const override { return QStringLiteral("Test plugin"); }
    AgentDesk::Domain::Capabilities capabilities() const override
    {
        return AgentDesk::Domain::Capability::Knowledge;
    }
    void start(const QString &cursor) override
    {
        setConnectionState(AgentDesk::Domain::ConnectionState::Connected);
        AgentDesk::Customer c;
        c.remoteId = QStringLiteral("plugin-customer");
        c.name = m_greeting;
        Q_EMIT eventsReady(AgentDesk::EventBatch{m_id, {c}, cursor + QStringLiteral("+1")});
    }
    void stop() override { setConnectionState(AgentDesk::Domain::ConnectionState::Disconnected); }

private:
    QString m_id;
    QString m_greeting;
};

class TestBackendPlugin final : public QObject, public AgentDesk::BackendPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AgentDeskBackendPlugin_iid)
    Q_INTERFACES(AgentDesk::BackendPlugin)

public:
    QString kind() const override { return QStringLiteral("testplugin"); }
    AgentDesk::Backend *create(const QString &id, const QVariantMap &settings) override
    {
        return new PluginBackend(id, settings);
    }
};

} // namespace

#include "TestBackendPlugin.moc"
