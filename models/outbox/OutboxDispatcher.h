// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutboxItem.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace AgentDesk {

class BackendRegistry;
class MessagingService;
class Store;
struct SendResult;

// Sends queued outbox items through their backend's messaging service and records the outcome:
// sent, retried later with exponential backoff, or failed with the reason. One item per
// conversation is in flight at a time, so replies keep their order. An item goes only once the
// store has it as "sending" (with what the backend noted first, see MessagingService::prepareSend),
// so a crash at any moment leaves it either never attempted or in doubt, never wrongly "new". A
// lost connection is not a failure of the item: it goes again as soon as the backend reconnects.
class OutboxDispatcher final : public QObject
{
    Q_OBJECT

public:
    OutboxDispatcher(Store *store, BackendRegistry *registry, QObject *parent = nullptr);

    void start(); // picks up what earlier sessions left queued
    void poke();  // something was queued or a backend came back: look now

    void setBackoff(int firstMs, int maxMs);
    int inFlight() const { return int(m_inFlight.size()); }
    // Delay before retry number `attempt` (1-based).
    qint64 backoffFor(int attempt) const;

Q_SIGNALS:
    void itemFailed(qint64 outboxId, const QString &error);

private:
    void dispatchDue();
    void send(const OutboxItem &item);
    void begin(const OutboxItem &item, const QString &mark);
    void settle(const OutboxItem &item, const SendResult &result);
    MessagingService *messagingFor(const OutboxItem &item) const; // null unless connected
    void scheduleAt(const QDateTime &at);

    Store *m_store;
    BackendRegistry *m_registry;
    QTimer m_timer;
    QSet<qint64> m_inFlight;
    // The store answers in order, but a fetch made before an item's outcome was recorded may come
    // back after it: such a stale answer must not send the item again.
    quint64 m_fetches = 0;              // fetches made so far
    QHash<qint64, quint64> m_settledAt; // item id -> m_fetches when its outcome was recorded
    bool m_fetching = false;
    bool m_again = false;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 5 * 60 * 1000;
};

} // namespace AgentDesk
