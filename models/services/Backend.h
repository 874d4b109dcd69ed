// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Domain.h"
#include "sync/BackendEvent.h"

#include <QObject>

namespace AgentDesk {

class AlertService;
class CallService;
class DirectoryService;
class KnowledgeService;
class MessagingService;
class StatsService;
class TicketService;

// One connection to one system. A backend reports what happens there as typed events and offers
// the capabilities it has; it never touches the store or the UI.
class Backend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Backend() override = default;

    virtual QString id() const = 0;          // unique in the registry, e.g. "demo", "rt-helpdesk"
    virtual QString kind() const = 0;        // implementation, e.g. "demo", "rt", "xmpp"
    virtual QString displayName() const = 0; // for people
    virtual Domain::Capabilities capabilities() const = 0;

    // Begins (or resumes after the given cursor, empty: from scratch) and reports through
    // eventsReady(). Stop ends all activity; start may be called again later.
    virtual void start(const QString &cursor) = 0;
    virtual void stop() = 0;
    Domain::ConnectionState connectionState() const { return m_state; }

    // Null unless capabilities() says otherwise.
    virtual MessagingService *messaging() { return nullptr; }
    virtual DirectoryService *directory() { return nullptr; }
    virtual TicketService *tickets() { return nullptr; }
    virtual KnowledgeService *knowledge() { return nullptr; }
    virtual CallService *calls() { return nullptr; }
    virtual AlertService *alerts() { return nullptr; }
    virtual StatsService *stats() { return nullptr; }

Q_SIGNALS:
    void eventsReady(const AgentDesk::EventBatch &batch);
    void connectionStateChanged(AgentDesk::Domain::ConnectionState state, const QString &detail);
    // A reply's files going up: sent of total bytes, for the outbox item with this key.
    void uploadProgress(const QString &idempotencyKey, qint64 sent, qint64 total);

protected:
    void setConnectionState(Domain::ConnectionState state, const QString &detail = {});

private:
    Domain::ConnectionState m_state = Domain::ConnectionState::Disconnected;
};

} // namespace AgentDesk
