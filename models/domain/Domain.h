// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaEnum>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

// Enumerations shared by every layer. Stored as integers in SQLite, so values are append-only.
namespace AgentDesk::Domain {
Q_NAMESPACE

enum class Channel
{
    WebChat = 0,
    WeChat,
    WhatsApp,
    Email,
    Sms,
    Phone,
    KioskVideo,
    Social,
    Alert
};
Q_ENUM_NS(Channel)

enum class ConversationStatus
{
    Open = 0,
    Pending,
    Snoozed,
    Resolved
};
Q_ENUM_NS(ConversationStatus)

enum class Priority
{
    Low = 0,
    Normal,
    High,
    Urgent
};
Q_ENUM_NS(Priority)

// Higher is more important: the inbox sorts VIP first.
enum class Tier
{
    Standard = 0,
    Silver,
    Gold,
    Vip
};
Q_ENUM_NS(Tier)

enum class Direction
{
    Inbound = 0,
    Outbound,
    System
};
Q_ENUM_NS(Direction)

// Ordered by progress so that a late "sent" never overwrites "delivered". Failed is terminal
// until the agent retries.
enum class DeliveryState
{
    Queued = 0,
    Sending,
    Sent,
    Delivered,
    Read,
    Failed
};
Q_ENUM_NS(DeliveryState)

enum class Presence
{
    Offline = 0,
    Available,
    Busy,
    Away
};
Q_ENUM_NS(Presence)

enum class AlertSeverity
{
    Info = 0,
    Warning,
    Critical
};
Q_ENUM_NS(AlertSeverity)

enum class Capability : quint32
{
    Messaging = 1u << 0,
    Directory = 1u << 1, // customers, agents, teams, presence
    Tickets = 1u << 2,
    Knowledge = 1u << 3,
    Calls = 1u << 4,
    Alerts = 1u << 5,
    Stats = 1u << 6,
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_FLAG_NS(Capabilities)

enum class ConnectionState
{
    Disconnected = 0,
    Connecting,
    Connected,
    Reconnecting,
    Failed
};
Q_ENUM_NS(ConnectionState)

// Stable lower-case names for settings, command line and logs.
QString channelName(Channel channel);
QString channelLabel(Channel channel); // translated, for people
QString statusLabel(ConversationStatus status);
QString tierLabel(Tier tier);
QString deliveryLabel(DeliveryState state);
QString presenceLabel(Presence presence);
QString capabilityName(Capability capability);

// Labels as the store keeps them: trimmed, single-line, unique regardless of case, sorted.
QStringList normalizedLabels(const QStringList &labels);
constexpr int maxLabelLength = 40;

template<typename Enum>
bool isValidEnum(int value)
{
    return QMetaEnum::fromType<Enum>().valueToKey(value) != nullptr;
}

} // namespace AgentDesk::Domain

Q_DECLARE_OPERATORS_FOR_FLAGS(AgentDesk::Domain::Capabilities)
