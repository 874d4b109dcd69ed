// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>

#include <unistd.h>

namespace AgentDesk {

namespace {
constexpr qint64 maxRequest = 64 * 1024; // a command line, not a file
}

SingleInstance::SingleInstance(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(QDir(profileDir).absolutePath())
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &profileDir)
{
    const QByteArray key =
        QByteArray::number(uint(::getuid())) + '\0' + QDir(profileDir).canonicalPath().toUtf8();
    return QStringLiteral("agentdesk-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

SingleInstance::Claim SingleInstance::claim(const QStringList &arguments, bool forward, int timeoutMs)
{
    m_lock = std::make_unique<QLockFile>(QDir(m_profileDir).filePath(QStringLiteral("agentdesk.lock")));
    m_lock->setStaleLockTime(0); // never stale while its process lives; a dead one's lock is taken over
    if (m_lock->tryLock(0))
        return listen() ? Claim::Primary : Claim::Failed;
    if (m_lock->error() != QLockFile::LockFailedError) {
        m_error = tr("Cannot lock the profile %1 (is the directory writable?).").arg(m_profileDir);
        return Claim::Failed;
    }
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    if (!forward) {
        m_error = tr("AgentDesk is running for the profile %1 (process %2); close it first.")
                      .arg(m_profileDir)
                      .arg(pid);
        return Claim::Failed;
    }
    // The first process may still be starting: try until it listens, or the time is up.
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    const QByteArray request =
        QJsonDocument(QJsonObject{{QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)}})
            .toJson(QJsonDocument::Compact) +
        '\n';
    while (!deadline.hasExpired()) {
        socket.connectToServer(serverName(m_profileDir));
        if (socket.waitForConnected(int(std::max<qint64>(1, deadline.remainingTime())))) {
            socket.write(request);
            if (socket.waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime()))) &&
                socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))) &&
                socket.readLine().trimmed() == "ok")
                return Claim::Forwarded;
            socket.abort();
        }
        QThread::msleep(100);
    }
    m_error = tr("AgentDesk is already running for the profile %1 (process %2) but does not answer.")
                  .arg(m_profileDir)
                  .arg(pid);
    return Claim::Failed;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // the user's own processes only
    const QString name = serverName(m_profileDir);
    // We hold the lock: a socket left by a process that died is ours to replace.
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        m_error = tr("Cannot listen for later launches: %1").arg(m_server->errorString());
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readRequest);
    return true;
}

void SingleInstance::readRequest()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > maxRequest) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonDocument doc = QJsonDocument::fromJson(socket->readLine());
            socket->write("ok\n");
            socket->flush();
            QStringList arguments;
            for (const QJsonValue &v : doc.object().value(QStringLiteral("arguments")).toArray())
                arguments << v.toString();
            Q_EMIT requested(arguments);
        });
    }
}

} // namespace AgentDesk
