// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;

namespace AgentDesk {

// A TCP proxy on 127.0.0.1 that makes a link as bad as a test wants: it delays what it forwards,
// cuts every connection on demand, and refuses new ones for a while. Bytes that pass keep their
// order. For the soak test of the real app against real servers.
class FlakyProxy final : public QObject
{
    Q_OBJECT

public:
    FlakyProxy(quint16 targetPort, QObject *parent = nullptr);
    ~FlakyProxy() override;

    quint16 port() const;
    void setDelayMs(int ms) { m_delayMs = ms; } // every chunk, each way
    void setRefusing(bool refusing) { m_refusing = refusing; }
    void cutAll(); // as a network that drops: no goodbye
    int connectionsSeen() const { return m_seen; }
    int cuts() const { return m_cuts; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
    };
    void accept();
    void forward(QTcpSocket *from, QTcpSocket *to);

    QTcpServer *m_listener;
    quint16 m_target;
    QList<Pair> m_pairs;
    int m_delayMs = 0;
    bool m_refusing = false;
    int m_seen = 0;
    int m_cuts = 0;
};

} // namespace AgentDesk
