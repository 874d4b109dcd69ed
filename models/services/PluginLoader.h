// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace AgentDesk {

class BackendPlugin;

// Finds backend plugins in a directory and loads those built for this interface version.
class PluginLoader final
{
public:
    struct Loaded
    {
        QString fileName;
        QString kind;
        BackendPlugin *plugin = nullptr; // owned by Qt's plugin instance; lives until unload
    };

    // Every plugin found; files that are not plugins of ours are skipped silently, plugins of
    // ours that cannot be used are listed in errors() with the reason.
    QList<Loaded> load(const QString &directory);
    QStringList errors() const { return m_errors; }

private:
    QStringList m_errors;
};

} // namespace AgentDesk
