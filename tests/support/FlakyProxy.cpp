// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlakyProxy.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace AgentDesk {

FlakyProxy::FlakyProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_listener(new QTcpServer(this))
    , m_target(targetPort)
{
    m_listener->listen(QHostAddress::LocalHost, 0);
    connect(m_listener, &QTcpServer::newConnection, this, &FlakyProxy::accept);
}

FlakyProxy::~FlakyProxy()
{
    cutAll();
}

quint16 FlakyProxy::port() const
{
    return m_listener->serverPort();
}

void FlakyProxy::accept()
{
    while (QTcpSocket *client = m_listener->nextPendingConnection()) {
        ++m_seen;
        if (m_refusing) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *server = new QTcpSocket(this);
        client->setParent(this);
        m_pairs.append(Pair{client, server});
        connect(client, &QTcpSocket::readyRead, this, [this, client, server] { forward(client, server); });
        connect(server, &QTcpSocket::readyRead, this, [this, client, server] { forward(server, client); });
        // Bytes the client sent before the server answered wait in its buffer until connected.
        connect(server, &QTcpSocket::connected, this, [this, client, server] { forward(client, server); });
        // One side closed: what it sent last still goes to the other, then that closes too.
        auto closed = [](QTcpSocket *from, QTcpSocket *to) {
            if (!to)
                return;
            if (from && to->state() == QAbstractSocket::ConnectedState && from->bytesAvailable())
                to->write(from->readAll());
            to->disconnectFromHost();
        };
        connect(client, &QTcpSocket::disconnected, server,
                [closed, client, server] { closed(client, server); });
        connect(server, &QTcpSocket::disconnected, client,
                [closed, client, server] { closed(server, client); });
        connect(server, &QTcpSocket::errorOccurred, client, [client](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError && client)
                client->abort(); // the server is not there: as a refused connection
        });
        server->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void FlakyProxy::forward(QTcpSocket *from, QTcpSocket *to)
{
    if (!from || !to || to->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray bytes = from->readAll();
    if (bytes.isEmpty())
        return;
    if (m_delayMs <= 0) {
        to->write(bytes);
        return;
    }
    // Timers of one delay fire in the order they were started: the bytes keep their order.
    QPointer<QTcpSocket> target(to);
    QTimer::singleShot(m_delayMs, this, [target, bytes] {
        if (target && target->state() == QAbstractSocket::ConnectedState)
            target->write(bytes);
    });
}

void FlakyProxy::cutAll()
{
    const auto pairs = std::exchange(m_pairs, {});
    for (const Pair &p : pairs) {
        if (p.client)
            p.client->abort();
        if (p.server)
            p.server->abort();
        if (p.client)
            p.client->deleteLater();
        if (p.server)
            p.server->deleteLater();
    }
    m_cuts += int(pairs.size());
}

} // namespace AgentDesk
