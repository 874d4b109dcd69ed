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
        connect(backend, &Backend::connectionStateChanged, this, [this](Domain::ConnectionState state) {
            if (state == Domain::ConnectionState::Connected)
                poke();
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

void OutboxDispatcher::send(const OutboxItem &item)
{
    Backend *backend = m_registry->backend(item.backendId);
    MessagingService *messaging = backend ? backend->messaging() : nullptr;
    if (!messaging) {
        // The backend is not registered in this session: keep the item, look again later.
        const QString error = tr("Waiting for backend \"%1\", which is not connected.").arg(item.backendId);
        m_store->markFailed(item.id, error,
                            QDateTime::currentDateTimeUtc().addMSecs(backoffFor(item.attempts + 1)));
        return;
    }
    if (backend->connectionState() != Domain::ConnectionState::Connected) {
        scheduleAt(QDateTime::currentDateTimeUtc().addMSecs(m_firstBackoffMs));
        return; // poke() follows the reconnect
    }
    m_inFlight.insert(item.id);
    m_store->markSending(item.id);
    const int attempt = item.attempts + 1;
    messaging->perform(item, this, [this, id = item.id, attempt](const SendResult &result) {
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
        const qint64 delay = backoffFor(attempt);
        qCInfo(lcOutbox) << "outbox item" << id << "will be retried in" << delay << "ms:" << result.error;
        m_store->markFailed(id, result.error, QDateTime::currentDateTimeUtc().addMSecs(delay));
    });
}

} // namespace AgentDesk
