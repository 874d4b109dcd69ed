// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QCoreApplication>
#include <QJsonParseError>

namespace AgentDesk {

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return method == Method::Get || method == Method::Head || method == Method::Put ||
           method == Method::Delete;
}

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    headers.append({name, value});
}

QByteArray HttpRequest::methodName() const
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Head:
        return "HEAD";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    }
    return "GET";
}

HttpRequest HttpRequest::get(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    return r;
}

HttpRequest HttpRequest::json(Method method, const QUrl &url, const QJsonDocument &document)
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.body = document.toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json");
    r.setHeader("Accept", "application/json");
    return r;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    QByteArray value;
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            value = h.second;
    return value;
}

QJsonDocument HttpResponse::json(QString *parseError) const
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (parseError)
        *parseError =
            e.error == QJsonParseError::NoError
                ? QString()
                : QCoreApplication::translate("HttpResponse", "The server sent invalid JSON: %1 at byte %2")
                      .arg(e.errorString())
                      .arg(e.offset);
    return doc;
}

} // namespace AgentDesk
