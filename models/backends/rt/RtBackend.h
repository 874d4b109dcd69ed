// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RtClient.h"
#include "services/Backend.h"
#include "services/KnowledgeService.h"
#include "services/MessagingService.h"
#include "services/TicketService.h"

#include <QHash>
#include <QTimer>

namespace AgentDesk {

// Request Tracker as an AgentDesk backend. Each ticket is a service request and also a
// conversation thread (e-mail channel) with the requestor as the customer: its correspondence
// and comments are messages, its status, owner and field changes system lines. RT has no push:
// the backend polls for tickets changed since its cursor and reports them as typed events.
// Replies, comments and edits come from the outbox; edits are checked against what the agent
// saw, so another person's change is never silently overwritten.
class RtBackend final : public Backend, public MessagingService, public TicketService, public KnowledgeService
{
    Q_OBJECT

public:
    struct Settings
    {
        QString id = QStringLiteral("rt");
        QString displayName;
        RtClient::Settings server;
        QString queue;              // only this queue's tickets; empty: every queue the user sees
        int pollIntervalMs = 15000; // RT has no push
        int firstSyncDays = 30;     // how far back a first start looks
        int clockSkewSeconds = 300; // tolerated difference between our clock and the server's
    };

    // Settings as the app and the plugin store them (url, user, secret, auth, queue, caFile, ...).
    static Settings settingsFrom(const QString &id, const QVariantMap &map);

    explicit RtBackend(const Settings &settings, QObject *parent = nullptr);

    QString id() const override { return m_settings.id; }
    QString kind() const override { return QStringLiteral("rt"); }
    QString displayName() const override;
    Domain::Capabilities capabilities() const override;
    void start(const QString &cursor) override;
    void stop() override;

    MessagingService *messaging() override { return this; }
    TicketService *tickets() override { return this; }
    KnowledgeService *knowledge() override { return this; }

    // MessagingService: replies (correspond), notes (comment), status/owner/priority/field edits
    // and service requests created from another backend's conversation.
    void prepareSend(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done) override;
    void perform(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done) override;
    void setTyping(const QString &, bool) override {}
    // Files of tickets: fetched one by one (REST 2.0 has no ranges for them); cancel drops the answer.
    quint64 fetchAttachment(const Attachment &attachment, const QString &path, QObject *context,
                            TransferProgress progress, std::function<void(QString error)> done) override;
    void cancelFetch(quint64 id) override;
    qint64 maxAttachmentSize() const override { return 10LL * 1024 * 1024; } // RT's default MaxAttachmentSize
    // TicketService
    void search(const QString &ticketSql, QObject *context,
                std::function<void(QList<ServiceRequest>, QString)> done) override;
    void fetch(const QString &remoteId, QObject *context,
               std::function<void(ServiceRequest, QString)> done) override;
    void create(const ServiceRequestDraft &draft, QObject *context,
                std::function<void(ServiceRequest, QString)> done) override;
    // KnowledgeService
    void search(const QString &text, QObject *context,
                std::function<void(QList<KbArticle>, QString)> done) override;
    void fetch(const QString &remoteId, QObject *context,
               std::function<void(KbArticle, QString)> done) override;

    // Polls now (or right after the poll in progress).
    void pollSoon();
    bool isPolling() const { return m_polling; }

Q_SIGNALS:
    // A poll ended; error is empty when it succeeded.
    void pollFinished(const QString &error);

private:
    QHash<quint64, std::function<void(QString)>> m_fetches; // under way, by id
    quint64 m_nextFetch = 1;
    struct TicketData;

    void poll();
    void finishPoll(const QString &error, bool transient);
    void syncNext(QList<ServiceRequest> tickets, int generation);
    void syncTicket(const ServiceRequest &listed, int generation, std::function<void(QString error)> done);
    QList<BackendEvent> eventsFor(const TicketData &data) const;
    QString cursorText() const;

    void sendMessage(const OutboxItem &item, std::function<void(SendResult)> done);
    void findSentMessage(const QString &ticketId, const QString &text, const QString &mark,
                         std::function<void(QString txn, QString error)> done);
    void sendEdit(const OutboxItem &item, std::function<void(SendResult)> done);
    void updateIfUnchanged(const OutboxItem &item, const ServiceRequest &current, bool mayRetry,
                           std::function<void(SendResult)> done);
    void createFromConversation(const OutboxItem &item, std::function<void(SendResult)> done);
    // The last RtClient error as a result; an unreachable server marks the backend reconnecting.
    SendResult failure(const QString &error);

    Settings m_settings;
    RtClient *m_client;
    QTimer m_timer;
    int m_generation = 0; // bumped by stop(): late answers of an earlier run are dropped
    bool m_running = false;
    bool m_polling = false;
    bool m_pollAgain = false;
    QDateTime m_since;                  // the newest LastUpdated reported so far (the cursor)
    QHash<QString, QDateTime> m_seen;   // ticket id -> LastUpdated already reported this run
    QHash<QString, RtUser> m_users;     // requestors, looked up once per run
    QHash<QString, QString> m_sentKeys; // RT transaction or ticket id -> the outbox key that made it
};

} // namespace AgentDesk
