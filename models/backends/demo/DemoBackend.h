// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoMedia.h"
#include "DemoPopulation.h"
#include "DemoSimulator.h"
#include "services/AlertService.h"
#include "services/Backend.h"
#include "services/DirectoryService.h"
#include "services/MessagingService.h"
#include "services/StatsService.h"

#include <QHash>
#include <QTimer>

namespace AgentDesk {

struct DemoOptions
{
    QString id = QStringLiteral("demo");
    quint32 seed = 1;
    double chatsPerMinute = 3.0;
    int backlog = 40;          // conversations a first start finds
    int tickMs = 1000;         // simulation step; 0: no timer, tick() is called by hand
    int sendDelayMs = 300;     // until the "server" acknowledges a reply
    int deliveryDelayMs = 700; // then until the customer's device reports it delivered
    int answerDelayMinMs = 2500;
    int answerDelayMaxMs = 6000;
};

// The embedded backend the app runs on with no server: a customer population and a simulator
// producing live traffic, accepting the agent's replies and answering them.
class DemoBackend final : public Backend,
                          public MessagingService,
                          public DirectoryService,
                          public AlertService,
                          public StatsService
{
    Q_OBJECT

public:
    explicit DemoBackend(const DemoOptions &options = {}, QObject *parent = nullptr);

    QString id() const override { return m_options.id; }
    QString kind() const override { return QStringLiteral("demo"); }
    QString displayName() const override { return tr("Demo"); }
    Domain::Capabilities capabilities() const override;
    void start(const QString &cursor) override;
    void stop() override;

    MessagingService *messaging() override { return this; }
    DirectoryService *directory() override { return this; }
    AlertService *alerts() override { return this; }
    StatsService *stats() override { return this; }

    // MessagingService
    void perform(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done) override;
    void setTyping(const QString &conversationRemoteId, bool typing) override;
    quint64 fetchAttachment(const Attachment &attachment, const QString &path, QObject *context,
                            TransferProgress progress, std::function<void(QString error)> done) override;
    void cancelFetch(quint64 id) override { m_media.cancel(id); }
    qint64 maxAttachmentSize() const override { return maxFileSize; }
    static constexpr qint64 maxFileSize = 25LL * 1024 * 1024; // like a messaging app's limit
    // DirectoryService
    QString selfAgentId() const override { return QLatin1String(DemoPopulation::selfAgentId); }
    void setPresence(Domain::Presence presence) override;
    // AlertService
    void acknowledge(const QString &alertRemoteId, QObject *context,
                     std::function<void(QString)> done) override;
    // StatsService
    void queueStats(QObject *context, std::function<void(QList<QueueStats>, QString)> done) override;

    const DemoPopulation &population() const { return m_population; }
    // Runs one tick now; tests use it instead of waiting for the timer.
    void tick();

private:
    void emitEvents(QList<BackendEvent> events);

    DemoOptions m_options;
    DemoPopulation m_population;
    DemoSimulator m_simulator;
    DemoMedia m_media;
    QTimer m_timer;
    QHash<QString, QString> m_sent; // idempotency key -> message id: a repeated send is not sent twice
    QHash<QString, Alert> m_alerts; // raised this session, so they can be acknowledged
    QRandomGenerator m_delays;
};

} // namespace AgentDesk
