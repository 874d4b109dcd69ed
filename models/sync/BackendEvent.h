// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Agent.h"
#include "domain/Alert.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"
#include "domain/ServiceRequest.h"

#include <QList>
#include <QMetaType>
#include <variant>

namespace AgentDesk {

// A backend reports progress of a message it already knows (receipt, read marker, failure).
struct MessageStateChange
{
    QString conversationRemoteId;
    QString messageRemoteId; // either this or clientKey identifies the message
    QString clientKey;
    Domain::DeliveryState state = Domain::DeliveryState::Delivered;
    QString error;
    friend bool operator==(const MessageStateChange &, const MessageStateChange &) = default;
};

struct PresenceChange
{
    QString agentRemoteId;
    Domain::Presence presence = Domain::Presence::Offline;
    friend bool operator==(const PresenceChange &, const PresenceChange &) = default;
};

// The customer started or stopped typing in a conversation (chat states). Their next message
// ends it too.
struct TypingChange
{
    QString conversationRemoteId;
    bool typing = false;
    QDateTime at;
    friend bool operator==(const TypingChange &, const TypingChange &) = default;
};

// Everything a backend can tell the sync engine. Backends never touch the store or the UI.
using BackendEvent = std::variant<Customer, Agent, Team, Conversation, Message, MessageStateChange,
                                  PresenceChange, Alert, ServiceRequest, TypingChange>;

// A batch is applied in one transaction together with the cursor that follows it, so a crash
// never records a cursor past events that were not stored.
struct EventBatch
{
    QString backendId;
    QList<BackendEvent> events;
    QString cursor; // opaque to everyone but the backend; empty: unchanged
};

} // namespace AgentDesk

Q_DECLARE_METATYPE(AgentDesk::EventBatch)
