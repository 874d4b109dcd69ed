// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/InboxRow.h"
#include "sync/BackendEvent.h"

#include <memory>
#include <QDateTime>
#include <QString>

namespace AgentDesk {
class Store;
}

namespace AgentDesk::TestData {

// Small, readable fixtures shared by the store, model and controller tests.
Customer customer(const QString &id, const QString &name, Domain::Tier tier = Domain::Tier::Standard);
Conversation conversation(const QString &id, const QString &customerId, const QDateTime &created,
                          Domain::Channel channel = Domain::Channel::WebChat);
Message inbound(const QString &id, const QString &conversationId, const QString &text, const QDateTime &at);
QDateTime t0(); // a fixed instant, so tests do not depend on the clock
// Ada Lovelace (VIP, c1) writes in conversation k1: "My NAS shows a red light" (m1), then her serial
// number (m2, 30 s later).
EventBatch redLightCase(const QString &cursor = {});

// A Store opened on path, or null when it did not open within five seconds.
std::unique_ptr<Store> openStore(const QString &path);
// The inbox rows as the store has them now (waits for the store thread).
QList<InboxRow> inbox(Store &store);
// One number read from the store by SQL (waits for the store thread); -1 when it did not answer.
qint64 scalar(Store &store, const QString &sql);

} // namespace AgentDesk::TestData
