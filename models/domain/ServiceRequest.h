#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace AgentDesk {

// A ticket in a ticketing backend, created from a conversation.
struct ServiceRequest
{
    QString backendId;
    QString remoteId;
    QString subject;
    QString queue;
    QString status; // the backend's own vocabulary (RT: new, open, stalled, resolved, ...)
    QString ownerRemoteId;
    QString requestorRemoteId;
    int priority = 0;
    qint64 conversationId = 0; // the conversation it was created from, if any
    QDateTime createdAt;
    QDateTime updatedAt;
    QString etag; // for conflict detection on edits
    friend bool operator==(const ServiceRequest &, const ServiceRequest &) = default;
};

} // namespace AgentDesk
