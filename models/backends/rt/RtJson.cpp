// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RtJson.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>

namespace AgentDesk::RtJson {

QDateTime rtTime(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString idOf(const QJsonValue &value)
{
    const QJsonValue id = value.isObject() ? value.toObject().value(QLatin1String("id")) : value;
    if (!id.isDouble())
        return id.toString();
    // A number an id cannot be (infinite, huge, fractional) is no id; converting it would overflow.
    const double d = id.toDouble();
    if (!(std::abs(d) < 9.0e15) || d != std::floor(d))
        return {};
    return QString::number(qint64(d));
}

ServiceRequest ticket(const QJsonObject &json, const QByteArray &etag)
{
    ServiceRequest sr;
    sr.remoteId = idOf(json.value(QLatin1String("id")));
    sr.subject = json.value(QLatin1String("Subject")).toString();
    sr.status = json.value(QLatin1String("Status")).toString();
    sr.queue = idOf(json.value(QLatin1String("Queue")));
    sr.ownerRemoteId = idOf(json.value(QLatin1String("Owner")));
    const QJsonArray requestors = json.value(QLatin1String("Requestor")).toArray();
    sr.requestorRemoteId = requestors.isEmpty() ? QString() : idOf(requestors.first());
    const double priority = json.value(QLatin1String("Priority")).toVariant().toDouble(); // a number or text
    sr.priority = std::isfinite(priority) ? int(std::clamp(priority, -1.0e6, 1.0e6)) : 0;
    sr.createdAt = rtTime(json.value(QLatin1String("Created")));
    sr.updatedAt = rtTime(json.value(QLatin1String("LastUpdated")));
    const QDateTime due = rtTime(json.value(QLatin1String("Due")));
    if (due.isValid() && due.toSecsSinceEpoch() > 0) // RT says "not set" with the epoch
        sr.dueAt = due;
    for (const QJsonValue &cf : json.value(QLatin1String("CustomFields")).toArray()) {
        const QJsonArray values = cf.toObject().value(QLatin1String("values")).toArray();
        const QString name = cf.toObject().value(QLatin1String("name")).toString();
        if (values.size() == 1)
            sr.customFields.insert(name, values.first().toString());
        else if (values.size() > 1)
            sr.customFields.insert(name, values.toVariantList());
    }
    sr.conversationRemoteId = sr.remoteId;
    sr.etag = QString::fromLatin1(etag);
    return sr;
}

RtTransaction transaction(const QJsonObject &o)
{
    return {idOf(o.value(QLatin1String("id"))),
            o.value(QLatin1String("Type")).toString(),
            o.value(QLatin1String("Field")).toString(),
            o.value(QLatin1String("OldValue")).toString(),
            o.value(QLatin1String("NewValue")).toString(),
            idOf(o.value(QLatin1String("Creator"))),
            rtTime(o.value(QLatin1String("Created")))};
}

RtAttachment attachment(const QJsonObject &o)
{
    RtAttachment a;
    a.id = idOf(o.value(QLatin1String("id")));
    a.transactionId = idOf(o.value(QLatin1String("TransactionId")));
    a.contentType = o.value(QLatin1String("ContentType")).toString();
    a.fileName = o.value(QLatin1String("Filename")).toString();
    a.creator = idOf(o.value(QLatin1String("Creator")));
    a.text = o.value(QLatin1String("Content")).toString();
    a.created = rtTime(o.value(QLatin1String("Created")));
    const QString headers = o.value(QLatin1String("Headers")).toString();
    for (const QStringView line : QStringView(headers).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Content-Length:"), Qt::CaseInsensitive))
            a.size = line.mid(15).trimmed().toLongLong();
    return a;
}

} // namespace AgentDesk::RtJson
