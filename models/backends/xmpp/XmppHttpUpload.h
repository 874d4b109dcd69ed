// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QObject>
#include <QString>

namespace AgentDesk {

class HttpClient;
class XmppClient;

// HTTP file upload (XEP-0363): finds the server's upload service, asks it for a slot for a file
// and PUTs the file there (streamed by HttpClient's worker thread); the result is the address to
// send to the other side, conventionally as the message body and an out-of-band URL (XEP-0066).
class XmppHttpUpload final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QString getUrl;         // empty on failure
        QString error;          // for people
        bool permanent = false; // retrying cannot help (too large, refused, no service)
    };

    XmppHttpUpload(XmppClient *client, HttpClient *http, QObject *parent = nullptr);

    // Asks the server (disco#items, then disco#info of each item) for its upload service.
    void discover(const QString &domain, std::function<void()> done);
    bool discovered() const { return m_discovered; }
    QString service() const { return m_service; }
    qint64 maxFileSize() const { return m_maxFileSize; } // 0: the service names no limit

    void upload(const QString &path, const QString &fileName, const QString &mimeType, qint64 size,
                QObject *context, std::function<void(Result)> done,
                std::function<void(qint64 sent, qint64 total)> progress = {});

private:
    void checkItems(QStringList items, std::function<void()> done);

    XmppClient *m_client;
    HttpClient *m_http;
    bool m_discovered = false;
    QString m_service;
    qint64 m_maxFileSize = 0;
};

} // namespace AgentDesk
