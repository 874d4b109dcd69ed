// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attachment.h"
#include "Domain.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace AgentDesk {

struct Message
{
    qint64 id = 0;             // local row id
    qint64 conversationId = 0; // local conversation id (filled by the store)
    QString backendId;
    QString remoteId;             // empty while an outbound message is still queued
    QString conversationRemoteId; // how a backend names the conversation
    QString clientKey;            // idempotency key of an outbound message; merges the echo
    Domain::Direction direction = Domain::Direction::Inbound;
    QString authorName;
    QString text;
    bool internalNote = false;
    QDateTime sentAt;
    Domain::DeliveryState delivery = Domain::DeliveryState::Delivered;
    QString error; // why delivery failed
    QList<Attachment> attachments;
    friend bool operator==(const Message &, const Message &) = default;
};

} // namespace AgentDesk
