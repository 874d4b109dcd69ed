// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RtInstance.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>

namespace AgentDesk {

namespace {
const QString script = QStringLiteral(TEST_SOURCE_DIR "/rt/rt-instance.sh");
}

RtInstance::~RtInstance()
{
    stop();
}

bool RtInstance::installed()
{
    return QFile::exists(QStringLiteral("/usr/sbin/rt-setup-database-5"));
}

QString RtInstance::start()
{
    if (!m_port) {
        QTcpServer probe; // a free loopback port, kept for restarts
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("no free port");
        m_port = probe.serverPort();
    }
    QProcess p;
    p.start(QStringLiteral("bash"), {script, QStringLiteral("start"), m_dir.path(), QString::number(m_port)});
    if (!p.waitForFinished(180000))
        return QStringLiteral("rt-instance.sh did not finish");
    if (p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError());
    m_url = QUrl(QString::fromUtf8(p.readAllStandardOutput().trimmed()));
    m_running = true;
    return m_url.isValid() ? QString() : QStringLiteral("no URL from rt-instance.sh");
}

void RtInstance::stop()
{
    if (!m_running)
        return;
    QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("stop"), m_dir.path()});
    m_running = false;
}

QString RtInstance::token() const
{
    QFile f(m_dir.filePath(QStringLiteral("agent.token")));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

} // namespace AgentDesk
