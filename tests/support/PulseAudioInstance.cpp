// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PulseAudioInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <signal.h>

namespace AgentDesk {

PulseAudioInstance::~PulseAudioInstance()
{
    stop();
}

QString PulseAudioInstance::start()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
    if (program.isEmpty())
        return QStringLiteral("pulseaudio is not installed (installer/install-deps.sh --with-servers)");
    if (!m_runtime.isValid())
        return QStringLiteral("no temporary directory for pulseaudio");
    const QString runtime = m_runtime.path();
    const QString socket = runtime + QStringLiteral("/pulse/native");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("HOME"), runtime); // its cookie and state stay here too
    m_process.setProcessEnvironment(env);
    m_process.setProgram(program);
    m_process.setArguments({QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
                            QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=no"),
                            QStringLiteral("--log-target=stderr"),
                            QStringLiteral("--load=module-null-sink sink_name=agentdesk_test"),
                            QStringLiteral("--load=module-native-protocol-unix auth-anonymous=1")});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return QStringLiteral("pulseaudio did not start: %1").arg(m_process.errorString());
    QElapsedTimer waited;
    waited.start();
    while (!QFileInfo::exists(socket)) {
        if (waited.elapsed() > 10000 || m_process.state() != QProcess::Running)
            return QStringLiteral("pulseaudio gave no socket at %1").arg(socket);
        QThread::msleep(50);
    }
    qputenv("PULSE_SERVER", "unix:" + socket.toLocal8Bit());
    return {};
}

void PulseAudioInstance::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

} // namespace AgentDesk
