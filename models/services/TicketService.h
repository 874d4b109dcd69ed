// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attachment.h"
#include "domain/ServiceRequest.h"

#include <functional>
#include <QObject>

namespace AgentDesk {

struct ServiceRequestDraft
{
    QString subject;
    QString queue;
    QString requestorRemoteId;
    QString content;               // the conversation transcript
    QList<Attachment> attachments; // those with a local file are uploaded with it
    qint64 conversationId = 0;
};

// Service requests (tickets). Results: the list or item, and an error for people when it failed.
class TicketService
{
public:
    virtual ~TicketService() = default;
    virtual void search(const QString &query, QObject *context,
                        std::function<void(QList<ServiceRequest>, QString error)> done) = 0;
    virtual void fetch(const QString &remoteId, QObject *context,
                       std::function<void(ServiceRequest, QString error)> done) = 0;
    virtual void create(const ServiceRequestDraft &draft, QObject *context,
                        std::function<void(ServiceRequest, QString error)> done) = 0;
};

} // namespace AgentDesk
