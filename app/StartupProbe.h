// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace AgentDesk {

class Application;

// For the benchmark: prints "interactive-ms N" when the inbox has first painted its rows (from
// the start of main), then "idle-rss-kib N" after the given seconds of idling, and quits.
class StartupProbe final : public QObject
{
    Q_OBJECT

public:
    StartupProbe(Application *app, const QElapsedTimer &sinceMain, int idleSeconds);

    // The resident memory of this process, from /proc (0 where there is none).
    static qint64 residentKiB();
    static qint64 proportionalKiB(); // PSS: shared pages counted by this process's share of them

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Application *m_app;
    QElapsedTimer m_sinceMain;
    int m_idleSeconds;
    bool m_reported = false;
};

} // namespace AgentDesk
