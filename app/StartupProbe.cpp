// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupProbe.h"

#include "Application.h"
#include "InboxPanel.h"
#include "itemmodels/InboxModel.h"
#include "MainWindow.h"
#include "store/Store.h"

#include <cstdio>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QListView>
#include <QTimer>

namespace AgentDesk {

StartupProbe::StartupProbe(Application *app, const QElapsedTimer &sinceMain, int idleSeconds)
    : QObject(app)
    , m_app(app)
    , m_sinceMain(sinceMain)
    , m_idleSeconds(idleSeconds)
{
    // Where the time to the first paint goes, for the benchmark to print beside its own figure.
    auto mark = [this](const char *phase) {
        std::printf("phase-ms %s %lld\n", phase, m_sinceMain.elapsed());
        std::fflush(stdout);
    };
    mark("probe");
    connect(
        app->store(), &Store::opened, this, [mark] { mark("store-opened"); }, Qt::SingleShotConnection);
    connect(
        app->inboxModel(), &InboxModel::loaded, this, [mark] { mark("inbox-read"); },
        Qt::SingleShotConnection);
    connect(app, &Application::ready, this, [this, mark] {
        mark("window-made");
        m_app->mainWindow()->inboxPanel()->view()->viewport()->installEventFilter(this);
    });
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || m_reported)
        return false;
    MainWindow *window = m_app->mainWindow();
    if (!window->inboxPanel()->view()->model()->rowCount())
        return false; // not loaded yet: the empty list is not an inbox to work in
    m_reported = true;
    // The paint itself is part of it: report once the event loop is back.
    QTimer::singleShot(0, this, [this] {
        std::printf("interactive-ms %lld\n", m_sinceMain.elapsed());
        std::fflush(stdout);
        QTimer::singleShot(m_idleSeconds * 1000, this, [] {
            std::printf("idle-rss-kib %lld\n", residentKiB());
            std::printf("idle-pss-kib %lld\n", proportionalKiB());
            if (qEnvironmentVariableIsSet("AGENTDESK_RSS_DETAIL")) {
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly))
                    std::printf("%s", status.readAll().constData());
            }
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    });
    Q_UNUSED(watched)
    return false;
}

qint64 StartupProbe::proportionalKiB()
{
    QFile rollup(QStringLiteral("/proc/self/smaps_rollup"));
    if (!rollup.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : rollup.readAll().split('\n'))
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

qint64 StartupProbe::residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

} // namespace AgentDesk
