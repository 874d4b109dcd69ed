// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeBackend.h"

#include "services/ServiceCall.h"

namespace AgentDesk {

FakeBackend::FakeBackend(const QString &id, QObject *parent)
    : Backend(parent)
    , m_id(id)
{}

Domain::Capabilities FakeBackend::capabilities() const
{
    return m_capabilities;
}

void FakeBackend::start(const QString &cursor)
{
    startedWithCursors << cursor;
    setConnectionState(Domain::ConnectionState::Connected);
}

void FakeBackend::stop()
{
    setConnectionState(Domain::ConnectionState::Disconnected);
}

void FakeBackend::setConnected(bool connected)
{
    setConnectionState(connected ? Domain::ConnectionState::Connected
                                 : Domain::ConnectionState::Reconnecting);
}

void FakeBackend::send(const QList<BackendEvent> &events, const QString &cursor)
{
    Q_EMIT eventsReady(EventBatch{m_id, events, cursor});
}

void FakeBackend::prepareSend(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done)
{
    prepared << item;
    SendResult r = SendResult::sent();
    r.mark = QStringLiteral("mark-") + item.idempotencyKey;
    deliverResult(context, std::move(done), r);
}

void FakeBackend::perform(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done)
{
    performed << item;
    SendResult result =
        m_results.isEmpty() ? SendResult::sent(QStringLiteral("fake-%1").arg(m_next++)) : m_results.dequeue();
    if (m_hold) {
        QPointer<QObject> guard(context);
        m_held << [guard, done, result] {
            if (guard)
                deliverResult(guard.data(), done, result);
        };
        return;
    }
    deliverResult(context, std::move(done), result);
}

void FakeBackend::release()
{
    for (const auto &answer : std::exchange(m_held, {}))
        answer();
}

} // namespace AgentDesk
