// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProsodyInstance.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

namespace AgentDesk {

namespace {

const QString script = QStringLiteral(TEST_SOURCE_DIR "/xmpp/prosody-instance.sh");

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

ProsodyInstance::~ProsodyInstance()
{
    stop();
}

bool ProsodyInstance::installed()
{
    return !QStandardPaths::findExecutable(QStringLiteral("prosody")).isEmpty();
}

QString ProsodyInstance::start()
{
    if (!m_c2sPort) {
        m_c2sPort = freePort();
        m_httpPort = freePort();
    }
    QProcess p;
    p.start(QStringLiteral("bash"), QStringList{script, QStringLiteral("start"), m_dir.path(),
                                                QString::number(m_c2sPort), QString::number(m_httpPort)} +
                                        m_users);
    if (!p.waitForFinished(60000))
        return QStringLiteral("prosody-instance.sh did not finish");
    if (p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError());
    m_url = QUrl(QString::fromUtf8(p.readAllStandardOutput().trimmed()));
    m_running = true;
    return m_url.isValid() ? QString() : QStringLiteral("no URL from prosody-instance.sh");
}

void ProsodyInstance::stop()
{
    if (!m_running)
        return;
    QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("stop"), m_dir.path()});
    m_running = false;
}

} // namespace AgentDesk
