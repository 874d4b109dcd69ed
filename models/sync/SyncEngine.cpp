// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "EventValidator.h"
#include "services/Backend.h"
#include "store/Store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "agentdesk.sync")

namespace AgentDesk {

SyncEngine::SyncEngine(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // Events that arrive in one burst (one socket read, one poll) share a transaction.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &SyncEngine::flush);
    connect(m_store, &Store::eventsRejected, this,
            [this](const QString &backendId, const QStringList &reasons) {
                for (const QString &reason : reasons) {
                    qCWarning(lcSync) << backendId << "event rejected by the store:" << reason;
                    Q_EMIT eventRejected(backendId, reason);
                }
            });
}

void SyncEngine::attach(Backend *backend)
{
    connect(backend, &Backend::eventsReady, this, &SyncEngine::submit);
    const QPointer<Backend> guard(backend);
    m_store->fetchCursor(backend->id(), this, [guard](const QString &cursor) {
        if (guard)
            guard->start(cursor);
    });
}

void SyncEngine::submit(const EventBatch &batch)
{
    if (batch.backendId.isEmpty()) {
        Q_EMIT eventRejected(QString(), tr("a batch without a backend id was dropped"));
        return;
    }
    if (!m_pending.contains(batch.backendId))
        m_order.append(batch.backendId);
    EventBatch &pending = m_pending[batch.backendId];
    pending.backendId = batch.backendId;
    for (const BackendEvent &event : batch.events) {
        const QString error = EventValidator::validate(event);
        if (!error.isEmpty()) {
            qCWarning(lcSync) << batch.backendId << "malformed event dropped:" << error;
            Q_EMIT eventRejected(batch.backendId, error);
            continue;
        }
        pending.events.append(event);
    }
    if (!batch.cursor.isEmpty())
        pending.cursor = batch.cursor;
    if (pending.events.size() >= m_maxBatch)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void SyncEngine::flush()
{
    m_flushTimer.stop();
    for (const QString &backendId : std::as_const(m_order)) {
        EventBatch batch = m_pending.take(backendId);
        if (!batch.events.isEmpty() || !batch.cursor.isEmpty())
            m_store->applyBatch(batch);
    }
    m_order.clear();
}

int SyncEngine::pendingEvents() const
{
    int n = 0;
    for (const EventBatch &b : m_pending)
        n += int(b.events.size());
    return n;
}

} // namespace AgentDesk
