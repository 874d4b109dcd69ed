// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace AgentDesk {

// A ticket in a ticketing backend, often created from a conversation.
struct ServiceRequest
{
    QString backendId;
    QString remoteId;
    QString clientKey; // the outbox key that created it, when this app created it
    QString subject;
    QString queue;
    QString status; // the backend's own vocabulary (RT: new, open, stalled, resolved, ...)
    QString ownerRemoteId;
    QString requestorRemoteId;
    int priority = 0;
    QVariantMap customFields; // name -> value (a string, or a list for multi-value fields)
    // The conversation it was created from (local id; set by the store, never by a backend).
    qint64 originConversationId = 0;
    // The ticket's own thread in the inbox, for backends that show tickets as conversations.
    QString conversationRemoteId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime dueAt; // invalid: no due date
    QString etag;    // for conflict detection on edits
    friend bool operator==(const ServiceRequest &, const ServiceRequest &) = default;
};

} // namespace AgentDesk
