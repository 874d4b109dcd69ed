// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/Backend.h"
#include "services/DirectoryService.h"
#include "services/MessagingService.h"

#include <QList>
#include <QQueue>

namespace AgentDesk {

// A backend whose answers a test scripts: each perform() takes the next queued result (default:
// success with a generated id) and records what was sent.
class FakeBackend final : public Backend, public MessagingService, public DirectoryService
{
    Q_OBJECT

public:
    explicit FakeBackend(const QString &id = QStringLiteral("fake"), QObject *parent = nullptr);

    QString id() const override { return m_id; }
    QString kind() const override { return QStringLiteral("fake"); }
    QString displayName() const override { return QStringLiteral("Fake"); }
    Domain::Capabilities capabilities() const override;
    void start(const QString &cursor) override;
    void stop() override;
    MessagingService *messaging() override
    {
        return m_capabilities.testFlag(Domain::Capability::Messaging) ? this : nullptr;
    }
    DirectoryService *directory() override
    {
        return m_capabilities.testFlag(Domain::Capability::Directory) ? this : nullptr;
    }

    // Notes "mark-<key>" (see MessagingService::prepareSend) and counts the calls.
    void prepareSend(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done) override;
    void perform(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done) override;
    void setTyping(const QString &, bool) override {}
    QString selfAgentId() const override { return QStringLiteral("me"); }
    void setPresence(Domain::Presence presence) override { m_presence = presence; }

    void queueResult(const SendResult &result) { m_results.enqueue(result); }
    // While holding, perform() keeps its answers back until release().
    void hold(bool on) { m_hold = on; }
    void release();
    void setCapabilities(Domain::Capabilities capabilities) { m_capabilities = capabilities; }
    void setConnected(bool connected);
    void reportState(Domain::ConnectionState state, const QString &detail)
    {
        setConnectionState(state, detail);
    }
    void send(const QList<BackendEvent> &events, const QString &cursor = {});

    QList<OutboxItem> performed;
    QList<OutboxItem> prepared;
    QStringList startedWithCursors;
    Domain::Presence m_presence = Domain::Presence::Offline;

private:
    QString m_id;
    Domain::Capabilities m_capabilities = Domain::Capability::Messaging | Domain::Capability::Directory;
    QQueue<SendResult> m_results;
    bool m_hold = false;
    QList<std::function<void()>> m_held;
    int m_next = 1;
};

} // namespace AgentDesk
