// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace AgentDesk {

// A real Request Tracker 5 for one test executable: tests/rt/rt-instance.sh with a fresh SQLite
// database in a temporary directory, on a free loopback port, stopped by PID.
class RtInstance final
{
public:
    ~RtInstance();

    static bool installed();
    // Starts RT (again, with the same data, after stop()); empty on success, else why not.
    QString start();
    void stop();
    QUrl url() const { return m_url; }
    QString token() const; // an auth token of the user "agent"

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QUrl m_url;
    bool m_running = false;
};

} // namespace AgentDesk
