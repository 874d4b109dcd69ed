// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RtClient.h"

#include <QJsonObject>
#include <QJsonValue>

namespace AgentDesk::RtJson {

// What Request Tracker's REST 2.0 answers mean, read from its JSON without trusting it: a missing
// or mistyped field is empty, never an error. Apart from RtClient so that it can be tested and
// fuzzed alone.
QDateTime rtTime(const QJsonValue &value); // RT's ISO times, in UTC
// RT sends references as {"id": ..., "type": ...}; ids are strings or numbers.
QString idOf(const QJsonValue &value);
ServiceRequest ticket(const QJsonObject &json, const QByteArray &etag);
RtTransaction transaction(const QJsonObject &json);
RtAttachment attachment(const QJsonObject &json);

} // namespace AgentDesk::RtJson
