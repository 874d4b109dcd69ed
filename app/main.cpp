// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "AppOptions.h"
#include "MainWindow.h"
#include "settings/Preferences.h"
#include "settings/PrivateFiles.h"
#include "SingleInstance.h"
#include "StartupProbe.h"
#include "Translations.h"

#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTimer>

using namespace AgentDesk;

namespace {

void describe(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("AgentDesk"));
    app.setApplicationName(QStringLiteral("AgentDesk"));
    app.setApplicationVersion(QStringLiteral(AGENTDESK_VERSION));
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    describe(app);
    AppOptions options;
    QString error;
    if (!options.parse(app.arguments(), &error)) {
        std::fprintf(stderr, "agentdesk: %s\n", qPrintable(error));
        return 2;
    }
    // Filling a store another process has open would corrupt what it shows and sends.
    PrivateFiles::makeDirectory(options.profileDir);
    SingleInstance instance(options.profileDir);
    if (options.generateConversations > 0 && instance.claim({}, false) != SingleInstance::Claim::Primary) {
        std::fprintf(stderr, "agentdesk: %s\n", qPrintable(instance.error()));
        return 1;
    }
    return Application::generate(options);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (AppOptions::wantsNoGui(argc, argv))
        return runHeadless(argc, argv);

    // Qt Multimedia 6.4's GStreamer path crashes on common Debian set-ups; FFmpeg plays everything
    // customers send. Whoever sets the variable keeps their choice.
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    describe(app);
    app.setDesktopFileName(QStringLiteral("org.agentdesk.AgentDesk"));
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/agentdesk.svg")));
    Translations::apply(QStringLiteral("system")); // the command line's own messages

    AppOptions options;
    QString error;
    if (!options.parse(app.arguments(), &error)) {
        std::fprintf(stderr, "agentdesk: %s\n", qPrintable(error));
        return 2;
    }

    // The profile's language, chosen in Preferences (its settings file, read before any window).
    {
        QSettings settings(options.settingsPath(), QSettings::IniFormat);
        const QString language = Preferences::load(settings).language;
        if (language != QLatin1String("system"))
            Translations::apply(language);
    }

    // One process per profile: a second launch hands its request to the first and leaves.
    PrivateFiles::makeDirectory(options.profileDir);
    SingleInstance instance(options.profileDir);
    switch (instance.claim(app.arguments())) {
    case SingleInstance::Claim::Primary:
        break;
    case SingleInstance::Claim::Forwarded:
        std::fprintf(stderr, "agentdesk: already running for this profile; its window was brought forward\n");
        return 0;
    case SingleInstance::Claim::Failed:
        std::fprintf(stderr, "agentdesk: %s\n", qPrintable(instance.error()));
        return 1;
    }

    Application agentDesk(options);
    QObject::connect(&instance, &SingleInstance::requested, &agentDesk, &Application::handleRequest);
    QObject::connect(&agentDesk, &Application::failed, &app, [&app](const QString &message) {
        std::fprintf(stderr, "agentdesk: %s\n", qPrintable(message));
        // Shown without a nested event loop; quitting follows when the agent closes it.
        auto *box = new QMessageBox(QMessageBox::Critical, QObject::tr("AgentDesk cannot start"), message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(box, &QMessageBox::finished, &app, [&app] { app.exit(1); });
        box->show();
    });
    if (!options.screenshotPath.isEmpty()) {
        QObject::connect(&agentDesk, &Application::ready, &app, [&] {
            QTimer::singleShot(options.screenshotDelayMs, &app, [&] {
                const QPixmap shot = agentDesk.mainWindow()->grab();
                const bool saved = shot.save(options.screenshotPath);
                std::fprintf(stderr, "agentdesk: screenshot %s %s\n", qPrintable(options.screenshotPath),
                             saved ? "saved" : "could not be saved");
                app.exit(saved ? 0 : 1);
            });
        });
    }
    if (options.measureIdleSeconds >= 0)
        new StartupProbe(&agentDesk, sinceMain, options.measureIdleSeconds);
    agentDesk.start();
    return app.exec();
}
