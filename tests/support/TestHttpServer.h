// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace AgentDesk {

// A small HTTP/1.1 server on 127.0.0.1 for client tests: keep-alive, Content-Length bodies,
// optional TLS with the test certificate in tests/data/tls, delayed or withheld answers.
class TestHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // as sent: a path, or an absolute URL when the server acts as a proxy
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };
    struct Response
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;
        bool withhold = false;   // never answer
        qsizetype cutAfter = -1; // send only this many bytes of the body, then drop the connection
    };
    using Handler = std::function<Response(const Request &)>;

    explicit TestHttpServer(Handler handler, bool tls = false, QObject *parent = nullptr);
    ~TestHttpServer() override;

    QUrl url(const QString &path = QStringLiteral("/")) const;
    quint16 port() const;
    int connections() const { return m_connections; }
    QList<Request> requests;

private:
    void accept();
    void read(QTcpSocket *socket);

    Handler m_handler;
    bool m_tls;
    QTcpServer *m_server;
    int m_connections = 0;
};

} // namespace AgentDesk
