// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxDispatcher.h"

#include "services/Backend.h"
#include "services/BackendRegistry.h"
#include "services/MessagingService.h"
#include "store/Store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOutbox, "agentdesk.outbox")

namespace AgentDesk {

OutboxDispatcher::OutboxDispatcher(Store *store, BackendRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_registry(registry)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &OutboxDispatcher::poke); // never two fetches at once
    connect(m_store, &Store::changed, this, [this](const StoreChanges &changes) {
        if (changes.outbox)
            poke();
    });
    connect(m_registry, &BackendRegistry::backendAdded, this, [this](Backend *backend) {
        connect(backend, &Backend::connectionStateChanged, this,
                [this, id = backend->id()](Domain::ConnectionState state) {
                    // What waited for the server goes at once, whatever its backoff said.
                    if (state != Domain::ConnectionState::Connected)
                        return;
                    m_store->retryBackendNow(id);
                    poke(); // the store answers in order: this fetch sees them due
                });
        poke();
    });
}

void OutboxDispatcher::start()
{
    poke();
}

void OutboxDispatcher::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = firstMs;
    m_maxBackoffMs = maxMs;
}

qint64 OutboxDispatcher::backoffFor(int attempt) const
{
    const int shift = qBound(0, attempt - 1, 20);
    return qMin<qint64>(qint64(m_firstBackoffMs) << shift, m_maxBackoffMs);
}

void OutboxDispatcher::poke()
{
    if (!m_store->isOpen())
        return;
    if (m_fetching) {
        m_again = true; // look once more when the current fetch is back
        return;
    }
    dispatchDue();
}

void OutboxDispatcher::dispatchDue()
{
    m_fetching = true;
    m_again = false;
    const quint64 fetch = ++m_fetches;
    m_store->fetchDueOutbox(50, this, [this, fetch](const QList<OutboxItem> &items, const QDateTime &next) {
        m_fetching = false;
        for (const OutboxItem &item : items)
            if (!m_inFlight.contains(item.id) && m_settledAt.value(item.id, 0) < fetch)
                send(item);
        // Outcomes recorded before this fetch was made are reflected in every later answer.
        m_settledAt.removeIf([fetch](const auto &it) { return it.value() < fetch; });
        if (m_again)
            poke();
        else if (next.isValid())
            scheduleAt(next);
    });
}

void OutboxDispatcher::scheduleAt(const QDateTime &at)
{
    const qint64 ms = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
    if (!m_timer.isActive() || m_timer.remainingTime() > ms)
        m_timer.start(int(qMin<qint64>(ms + 5, std::numeric_limits<int>::max())));
}

MessagingService *OutboxDispatcher::messagingFor(const OutboxItem &item) const
{
    Backend *backend = m_registry->backend(item.backendId);
    if (!backend || backend->connectionState() != Domain::ConnectionState::Connected)
        return nullptr;
    return backend->messaging();
}

void OutboxDispatcher::send(const OutboxItem &item)
{
    Backend *backend = m_registry->backend(item.backendId);
    if (!backend || !backend->messaging()) {
        // The backend is not registered in this session: keep the item, look again later.
        const QString error = tr("Waiting for backend \"%1\", which is not connected.").arg(item.backendId);
        m_store->markFailed(item.id, error,
                            QDateTime::currentDateTimeUtc().addMSecs(backoffFor(item.failures + 1)), false);
        return;
    }
    if (backend->connectionState() != Domain::ConnectionState::Connected) {
        scheduleAt(QDateTime::currentDateTimeUtc().addMSecs(m_firstBackoffMs));
        return; // poke() follows the reconnect
    }
    m_inFlight.insert(item.id);
    if (item.attempts > 0 || !item.sendMark.isEmpty()) {
        begin(item, item.sendMark);
        return;
    }
    backend->messaging()->prepareSend(item, this, [this, item](const SendResult &prepared) {
        if (!prepared.ok)
            settle(item, prepared);
        else
            begin(item, prepared.mark);
    });
}

void OutboxDispatcher::begin(const OutboxItem &item, const QString &mark)
{
    // Only once the store says "sending" (with the mark) does the item go: a crash after this point
    // finds it in doubt (attempts > 0) and the backend checks what reached the server before it
    // sends again; a crash before it finds it never attempted.
    m_store->markSending(item.id, mark, this, [this, item, mark](bool marked) {
        MessagingService *messaging = marked ? messagingFor(item) : nullptr;
        if (!messaging) {
            m_inFlight.remove(item.id);
            if (marked) // the backend went away meanwhile: nothing was sent
                settle(item, SendResult::unreachable(tr("The server is not connected.")));
            return;
        }
        OutboxItem attempt = item;
        if (attempt.sendMark.isEmpty())
            attempt.sendMark = mark;
        messaging->perform(attempt, this, [this, item](const SendResult &result) { settle(item, result); });
    });
}

void OutboxDispatcher::settle(const OutboxItem &item, const SendResult &result)
{
    const qint64 id = item.id;
    m_inFlight.remove(id);
    m_settledAt.insert(id, m_fetches);
    if (result.ok) {
        m_store->markSent(id, result.remoteId);
        return;
    }
    if (!result.retryable) {
        qCWarning(lcOutbox) << "outbox item" << id << "failed:" << result.error;
        m_store->markFailed(id, result.error, {});
        Q_EMIT itemFailed(id, result.error);
        return;
    }
    if (result.offline) {
        // Not the item's fault: it goes as soon as the backend is connected again (retryBackendNow),
        // or shortly if the backend never noticed.
        qCInfo(lcOutbox) << "outbox item" << id << "waits for its server:" << result.error;
        m_store->markFailed(id, result.error, QDateTime::currentDateTimeUtc().addMSecs(m_firstBackoffMs),
                            false);
        return;
    }
    const qint64 delay = backoffFor(item.failures + 1);
    qCInfo(lcOutbox) << "outbox item" << id << "will be retried in" << delay << "ms:" << result.error;
    m_store->markFailed(id, result.error, QDateTime::currentDateTimeUtc().addMSecs(delay));
}

} // namespace AgentDesk
