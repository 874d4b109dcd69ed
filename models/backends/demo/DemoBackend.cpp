// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBackend.h"

#include "services/ServiceCall.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "agentdesk.backend.demo")

namespace AgentDesk {

using namespace Domain;

DemoBackend::DemoBackend(const DemoOptions &options, QObject *parent)
    : Backend(parent)
    , m_options(options)
    , m_population(options.seed)
    , m_simulator(m_population, options.seed)
    , m_delays(options.seed ^ 0x5eedu)
{
    m_timer.setInterval(m_options.tickMs);
    connect(&m_timer, &QTimer::timeout, this, &DemoBackend::tick);
}

Capabilities DemoBackend::capabilities() const
{
    return Capability::Messaging | Capability::Directory | Capability::Alerts | Capability::Stats;
}

void DemoBackend::emitEvents(QList<BackendEvent> events)
{
    if (events.isEmpty())
        return;
    for (const BackendEvent &e : std::as_const(events))
        if (const auto *alert = std::get_if<Alert>(&e))
            m_alerts.insert(alert->remoteId, *alert);
    // Directory rows and conversations carry no backend id of their own: the sync engine stamps it.
    Q_EMIT eventsReady(EventBatch{m_options.id, std::move(events), m_simulator.cursor()});
}

void DemoBackend::start(const QString &cursor)
{
    setConnectionState(ConnectionState::Connecting);
    QList<BackendEvent> events = m_simulator.directory(); // idempotent: unchanged rows cost nothing
    if (cursor.isEmpty() || !m_simulator.restore(cursor)) {
        if (!cursor.isEmpty())
            qCWarning(lcDemo) << "cannot resume from cursor" << cursor << "- starting a new demo day";
        events += m_simulator.backlog(QDateTime::currentDateTimeUtc(), m_options.backlog);
    }
    emitEvents(std::move(events));
    setConnectionState(ConnectionState::Connected);
    if (m_options.tickMs > 0)
        m_timer.start();
}

void DemoBackend::stop()
{
    m_timer.stop();
    setConnectionState(ConnectionState::Disconnected);
}

void DemoBackend::tick()
{
    // Without a timer (tickMs 0), each call stands for one second of simulated traffic.
    const int stepMs = m_options.tickMs > 0 ? m_options.tickMs : 1000;
    emitEvents(m_simulator.step(QDateTime::currentDateTimeUtc(), stepMs, m_options.chatsPerMinute));
}

quint64 DemoBackend::fetchAttachment(const Attachment &attachment, const QString &path, QObject *context,
                                     TransferProgress progress, std::function<void(QString error)> done)
{
    return m_media.fetch(attachment, path, context, std::move(progress), std::move(done));
}

void DemoBackend::perform(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done)
{
    if (connectionState() != ConnectionState::Connected) {
        deliverResult(context, std::move(done), SendResult::unreachable(tr("The demo backend is stopped.")));
        return;
    }
    if (item.kind == OutboxKind::CreateServiceRequest || item.kind == OutboxKind::SetField) {
        deliverResult(context, std::move(done),
                      SendResult{false, {}, tr("The demo backend keeps no service requests."), false});
        return;
    }
    if (const auto it = m_sent.constFind(item.idempotencyKey); it != m_sent.cend()) {
        deliverResult(context, std::move(done), SendResult{true, it.value(), {}, true});
        return;
    }
    const bool isMessage = item.kind == OutboxKind::Reply || item.kind == OutboxKind::Note;
    const QString remoteId = isMessage ? m_simulator.nextMessageId() : QString();
    m_sent.insert(item.idempotencyKey, remoteId);
    QPointer<QObject> guard(context);
    // Files go up first, at about a megabyte a second, with progress, as over a real network.
    qint64 total = 0;
    for (const QVariant &f : item.payload.value(QStringLiteral("attachments")).toList())
        total += f.toMap().value(QStringLiteral("size")).toLongLong();
    const int uploadMs = int(std::min<qint64>(total / 1024, 8000));
    constexpr int step = 50;
    for (int at = step; total > 0 && at < uploadMs + step; at += step)
        QTimer::singleShot(at, this, [this, key = item.idempotencyKey, total, at, uploadMs] {
            Q_EMIT uploadProgress(key, std::min(total, total * at / std::max(1, uploadMs)), total);
        });
    QTimer::singleShot(uploadMs + m_options.sendDelayMs, this, [guard, done, remoteId] {
        if (guard)
            done(SendResult{true, remoteId, {}, true});
    });
    if (item.kind != OutboxKind::Reply)
        return;
    const QString conversation = item.conversationRemoteId;
    const QString text = item.payload.value(QStringLiteral("text")).toString();
    m_simulator.agentReplied(conversation);
    QTimer::singleShot(
        uploadMs + m_options.sendDelayMs + m_options.deliveryDelayMs, this, [this, conversation, remoteId] {
            emitEvents({MessageStateChange{conversation, remoteId, {}, DeliveryState::Delivered, {}}});
        });
    const int answerDelay = uploadMs + m_options.sendDelayMs + m_options.deliveryDelayMs +
                            m_delays.bounded(m_options.answerDelayMinMs, m_options.answerDelayMaxMs + 1);
    // The customer reads the reply, types for a while (as the agent sees), then answers.
    const int typingFor = qMin(2500, m_options.answerDelayMinMs);
    QTimer::singleShot(answerDelay - typingFor, this, [this, conversation, remoteId] {
        if (connectionState() == ConnectionState::Connected)
            emitEvents({MessageStateChange{conversation, remoteId, {}, DeliveryState::Read, {}},
                        TypingChange{conversation, true, QDateTime::currentDateTimeUtc()}});
    });
    QTimer::singleShot(answerDelay, this, [this, conversation, text] {
        if (connectionState() != ConnectionState::Connected)
            return;
        emitEvents(m_simulator.answer(conversation, text, QDateTime::currentDateTimeUtc()));
    });
}

void DemoBackend::setTyping(const QString &, bool)
{
    // Simulated customers do not watch the agent type.
}

void DemoBackend::setPresence(Presence presence)
{
    emitEvents({PresenceChange{selfAgentId(), presence}});
}

void DemoBackend::acknowledge(const QString &alertRemoteId, QObject *context,
                              std::function<void(QString)> done)
{
    const auto it = m_alerts.find(alertRemoteId);
    if (it == m_alerts.end()) {
        deliverResult(context, std::move(done),
                      tr("The alert %1 is not known to the demo.").arg(alertRemoteId));
        return;
    }
    it->acknowledged = true;
    emitEvents({*it});
    deliverResult(context, std::move(done), QString());
}

void DemoBackend::queueStats(QObject *context, std::function<void(QList<QueueStats>, QString)> done)
{
    QueueStats s;
    s.queue = tr("Demo");
    s.waiting = m_simulator.waitingConversations();
    s.active = m_simulator.liveConversations();
    s.agentsAvailable = int(m_population.agents().size());
    s.at = QDateTime::currentDateTimeUtc();
    deliverResult(context, std::move(done), QList<QueueStats>{s}, QString());
}

} // namespace AgentDesk
