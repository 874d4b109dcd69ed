// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Domain.h"

#include <QDateTime>
#include <QString>

namespace AgentDesk {

struct Conversation
{
    qint64 id = 0; // local row id
    QString backendId;
    QString remoteId;
    QString customerRemoteId; // same backend as the conversation
    Domain::Channel channel = Domain::Channel::WebChat;
    Domain::ConversationStatus status = Domain::ConversationStatus::Open;
    Domain::Priority priority = Domain::Priority::Normal;
    QString assigneeRemoteId; // empty: unassigned
    QString teamRemoteId;
    QString subject;
    QDateTime slaDueAt; // invalid: no SLA
    QDateTime createdAt;
    QDateTime updatedAt; // the backend's clock; older updates never overwrite newer ones
    friend bool operator==(const Conversation &, const Conversation &) = default;
};

} // namespace AgentDesk
