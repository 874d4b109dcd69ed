// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrl>
#include <utility>

namespace AgentDesk {

// One part of a multipart/form-data upload: in-memory data, or a file read by the worker thread.
struct MultipartPart
{
    QByteArray name;
    QByteArray contentType;
    QString fileName; // sent as the part's filename; empty for plain fields
    QByteArray data;
    QString filePath; // when set, the part's content is this file
};

struct HttpRequest
{
    enum class Method
    {
        Get,
        Head,
        Post,
        Put,
        Patch,
        Delete
    };

    Method method = Method::Get;
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QList<MultipartPart> multipart; // non-empty: the body is multipart/form-data
    QString downloadPath;           // non-empty: the response body streams to this file
    QString uploadPath;             // non-empty: the request body streams from this file (PUT)
    // Downloads: a broken or cancelled one keeps what it got (downloadPath + ".part") and the next
    // request for the same path asks only for the rest (Range); from a server that cannot resume,
    // the whole file is fetched again at once.
    bool resumable = false;
    int timeoutMs = 30000; // whole exchange; downloads: no data for this long
    int connectTimeoutMs = 10000;
    int maxAttempts = 3;            // retries happen for idempotent requests only
    bool followRedirects = true;    // GET and HEAD only; APIs that redirect to a login page say no
    std::optional<bool> idempotent; // default: GET, HEAD, PUT and DELETE are

    bool isIdempotent() const;
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray methodName() const;

    static HttpRequest get(const QUrl &url);
    static HttpRequest json(Method method, const QUrl &url, const QJsonDocument &document);
};

} // namespace AgentDesk
