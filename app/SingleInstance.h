// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QObject>
#include <QStringList>

class QLocalServer;
class QLockFile;

namespace AgentDesk {

// One AgentDesk per profile. The first process locks the profile (a lock file that dies with its
// process) and listens on a local socket of the user's alone; a second launch hands its command
// line to the first, which raises its window, and exits without ever opening the store (two
// writers of one store would reset each other's replies in flight and send them twice).
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    enum class Claim
    {
        Primary,   // this process has the profile, and hears later launches
        Forwarded, // another process has it, and got the arguments
        Failed,    // neither: error() says why
    };

    explicit SingleInstance(const QString &profileDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // forward false: only the lock (a headless run that must not start beside a window).
    // Waits at most timeoutMs for a first process that is still starting; no event loop runs.
    Claim claim(const QStringList &arguments, bool forward = true, int timeoutMs = 5000);
    QString error() const { return m_error; }
    // The local socket's name for a profile: per user and per profile directory.
    static QString serverName(const QString &profileDir);

Q_SIGNALS:
    // A later launch's command line (its arguments as given, program name first).
    void requested(const QStringList &arguments);

private:
    bool listen();
    void readRequest();

    QString m_profileDir;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace AgentDesk
