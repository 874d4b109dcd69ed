// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PluginLoader.h"

#include "text/Translate.h"

#include "BackendPlugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>

Q_LOGGING_CATEGORY(lcPlugins, "agentdesk.plugins")

namespace AgentDesk {

namespace {
QString tr(const char *text)
{
    return translateIn("AgentDesk::PluginLoader", text);
}
} // namespace

QList<PluginLoader::Loaded> PluginLoader::load(const QString &directory)
{
    QList<Loaded> loaded;
    const QDir dir(directory);
    if (!dir.exists())
        return loaded;
    const QString prefix = QStringLiteral(AgentDeskBackendPluginIidPrefix);
    const QString expected = QStringLiteral(AgentDeskBackendPlugin_iid);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = dir.absoluteFilePath(name);
        if (!QLibrary::isLibrary(path))
            continue;
        QPluginLoader loader(path);
        // Reading the metadata runs none of the plugin's code.
        const QString iid = loader.metaData().value(QLatin1String("IID")).toString();
        if (!iid.startsWith(prefix)) {
            qCDebug(lcPlugins) << "not a backend plugin:" << name << loader.errorString();
            continue;
        }
        if (iid != expected) {
            m_errors
                << tr("%1 was built for backend interface version %2, but this AgentDesk needs version %3; "
                      "it was not loaded. Install a %1 built for this AgentDesk.")
                       .arg(name, iid.mid(prefix.size()), QStringLiteral(AgentDeskBackendPluginVersion));
            continue;
        }
        QObject *instance = loader.instance();
        auto *plugin = qobject_cast<BackendPlugin *>(instance);
        if (!plugin) {
            m_errors << tr("%1 could not be loaded: %2").arg(name, loader.errorString());
            continue;
        }
        qCInfo(lcPlugins) << "loaded backend plugin" << name << "kind" << plugin->kind();
        loaded.append({name, plugin->kind(), plugin});
    }
    return loaded;
}

} // namespace AgentDesk
