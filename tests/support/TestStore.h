#pragma once

#include "sync/BackendEvent.h"

#include <QDateTime>
#include <QString>

namespace AgentDesk::TestData {

// Small, readable fixtures shared by the store, model and controller tests.
Customer customer(const QString &id, const QString &name, Domain::Tier tier = Domain::Tier::Standard);
Conversation conversation(const QString &id, const QString &customerId, const QDateTime &created,
                          Domain::Channel channel = Domain::Channel::WebChat);
Message inbound(const QString &id, const QString &conversationId, const QString &text, const QDateTime &at);
QDateTime t0(); // a fixed instant, so tests do not depend on the clock

} // namespace AgentDesk::TestData
