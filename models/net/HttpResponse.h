// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrl>
#include <utility>

namespace AgentDesk {

struct HttpResponse
{
    // Transport outcome. An HTTP error status (404, 500...) is not a transport error: check ok().
    enum class Error
    {
        None,
        Network,
        Timeout,
        Tls,
        Cancelled,
        File,
        InvalidRequest
    };

    Error error = Error::None;
    QString errorString; // for people; empty when error is None
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;  // empty when the body went to a file
    int attempts = 0; // how many times it was sent
    QUrl url;         // after redirects

    bool ok() const { return error == Error::None && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const; // case-insensitive; the last one wins
    QJsonDocument json(QString *parseError = nullptr) const;
};

} // namespace AgentDesk
