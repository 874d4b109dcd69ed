// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace AgentDesk {

bool AppOptions::wantsNoGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--generate") || arg == "--help" || arg == "-h" || arg == "--version" ||
            arg == "-v")
            return true;
    }
    return false;
}

QString AppOptions::defaultProfileDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/default");
}

QString AppOptions::storePath() const
{
    return profileDir + QStringLiteral("/store.sqlite3");
}

QString AppOptions::settingsPath() const
{
    return profileDir + QStringLiteral("/settings.ini");
}

bool AppOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions", "AgentDesk: the desktop for customer-support agents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption backend(
        {QStringLiteral("b"), QStringLiteral("backend")},
        QCoreApplication::translate("AppOptions",
                                    "Backends to use, comma separated: demo (default), the kind of "
                                    "an installed backend plugin, or none."),
        QStringLiteral("list"), QStringLiteral("demo"));
    const QCommandLineOption profile(
        {QStringLiteral("p"), QStringLiteral("profile")},
        QCoreApplication::translate("AppOptions", "Profile directory (store, settings)."),
        QStringLiteral("dir"));
    const QCommandLineOption rate(
        QStringLiteral("demo-rate"),
        QCoreApplication::translate("AppOptions", "New demo conversations per minute."), QStringLiteral("n"),
        QStringLiteral("3"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QCoreApplication::translate("AppOptions", "Seed of the demo simulation."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption backlog(
        QStringLiteral("demo-backlog"),
        QCoreApplication::translate("AppOptions", "Conversations a new demo profile starts with."),
        QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption pluginDir(
        QStringLiteral("plugin-dir"),
        QCoreApplication::translate("AppOptions", "Also load backend plugins from dir."),
        QStringLiteral("dir"));
    const QCommandLineOption generate(
        QStringLiteral("generate"),
        QCoreApplication::translate("AppOptions", "Fill the profile's store with n generated "
                                                  "conversations (10 messages each), then exit."),
        QStringLiteral("n"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("AppOptions", "Save a screenshot of the window to file, then exit."),
        QStringLiteral("file"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("AppOptions", "Milliseconds to wait before the screenshot."),
        QStringLiteral("ms"), QStringLiteral("4000"));
    const QCommandLineOption measure(
        QStringLiteral("measure-startup"),
        QCoreApplication::translate("AppOptions",
                                    "Print the time until the inbox is interactive, then the memory in use "
                                    "after s seconds idle, and exit (for the benchmark)."),
        QStringLiteral("s"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QCoreApplication::translate("AppOptions", "Search all conversations for text (a phone number, an "
                                                  "order number); in the window already open for the "
                                                  "profile, if there is one."),
        QStringLiteral("text"));
    parser.addOptions({backend, profile, rate, seedOption, backlog, pluginDir, generate, screenshot,
                       screenshotDelay, measure, search});
    parser.process(arguments); // exits for --help and --version, and on unknown options

    const auto number = [&](const QCommandLineOption &option, double min, double max, double *out) {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value < min || value > max) {
            *error =
                QCoreApplication::translate("AppOptions", "--%1 must be a number from %2 to %3, not \"%4\".")
                    .arg(option.names().constLast(), QString::number(min, 'f', 0),
                         QString::number(max, 'f', 0), parser.value(option));
            return false;
        }
        *out = value;
        return true;
    };
    double value = 0;
    if (!number(rate, 0, 600, &demoRate))
        return false;
    if (!number(seedOption, 0, 4294967295.0, &value))
        return false;
    seed = quint32(value);
    if (!number(backlog, 0, 100000, &value))
        return false;
    demoBacklog = int(value);
    if (!number(screenshotDelay, 0, 600000, &value))
        return false;
    screenshotDelayMs = int(value);
    if (parser.isSet(measure)) {
        if (!number(measure, 0, 3600, &value))
            return false;
        measureIdleSeconds = int(value);
    }
    if (parser.isSet(generate)) {
        if (!number(generate, 1, 10000000, &value))
            return false;
        generateConversations = int(value);
    }
    backends = parser.value(backend).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &b : backends)
        b = b.trimmed().toLower();
    if (backends.contains(QLatin1String("none")))
        backends.clear();
    profileDir = parser.isSet(profile) ? QDir(parser.value(profile)).absolutePath() : defaultProfileDir();
    pluginDirs = parser.values(pluginDir);
    screenshotPath = parser.value(screenshot);
    searchText = parser.value(search).trimmed();
    return true;
}

} // namespace AgentDesk
