// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace AgentDesk {

// A real prosody for one test executable: tests/xmpp/prosody-instance.sh with its own data in a
// temporary directory, on free loopback ports, with the given users ("name:password"), stopped by PID.
class ProsodyInstance final
{
public:
    explicit ProsodyInstance(const QStringList &users)
        : m_users(users)
    {}
    ~ProsodyInstance();

    static bool installed();
    QString start(); // empty on success, else why not; again after stop() with the same data
    void stop();
    QUrl webSocketUrl() const { return m_url; }

private:
    QStringList m_users;
    QTemporaryDir m_dir;
    quint16 m_c2sPort = 0;
    quint16 m_httpPort = 0;
    QUrl m_url;
    bool m_running = false;
};

} // namespace AgentDesk
