// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: an answer of Request Tracker's REST 2.0, read as a ticket, a transaction and an
// attachment, as RtClient reads every collection item.
#include "RtJson.h"

#include <cstdint>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
void readAll(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    (void)AgentDesk::RtJson::ticket(o, "\"etag\"");
    (void)AgentDesk::RtJson::transaction(o);
    (void)AgentDesk::RtJson::attachment(o);
    (void)AgentDesk::RtJson::idOf(v);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (doc.isObject()) {
        readAll(doc.object());
        for (const QJsonValue &item : doc.object().value(QLatin1String("items")).toArray())
            readAll(item);
    } else if (doc.isArray()) {
        for (const QJsonValue &item : doc.array())
            readAll(item);
    }
    return 0;
}
