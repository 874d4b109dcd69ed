// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace AgentDesk {

// What the command line asked for.
struct AppOptions
{
    QStringList backends{QStringLiteral("demo")}; // "demo", plugin kinds, or "none"
    QString profileDir;                           // empty: the default profile
    double demoRate = 3.0;                        // new demo conversations per minute
    quint32 seed = 1;
    int demoBacklog = 40;
    QStringList pluginDirs;
    int generateConversations = 0; // > 0: fill the store and exit
    QString screenshotPath;        // take a screenshot of the window and exit
    int screenshotDelayMs = 4000;
    int measureIdleSeconds = -1; // >= 0: report startup time and idle memory, then exit
    QString searchText;          // --search: open the search with it

    // Parses argv; on a bad value returns false with a message for the terminal in *error.
    bool parse(const QStringList &arguments, QString *error);
    // True when argv asks for no window (--generate, --help, --version): no display needed.
    static bool wantsNoGui(int argc, char **argv);
    QString storePath() const;
    QString settingsPath() const;
    static QString defaultProfileDir();
};

} // namespace AgentDesk
