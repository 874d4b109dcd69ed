// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Domain.h"

#include <algorithm>
#include <QCoreApplication>
#include <QMetaEnum>

namespace AgentDesk::Domain {

QString channelName(Channel channel)
{
    return QString::fromLatin1(QMetaEnum::fromType<Channel>().valueToKey(int(channel))).toLower();
}

QString channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::WebChat:
        return QCoreApplication::translate("Domain", "Web chat");
    case Channel::WeChat:
        return QCoreApplication::translate("Domain", "WeChat");
    case Channel::WhatsApp:
        return QCoreApplication::translate("Domain", "WhatsApp");
    case Channel::Email:
        return QCoreApplication::translate("Domain", "Email");
    case Channel::Sms:
        return QCoreApplication::translate("Domain", "SMS");
    case Channel::Phone:
        return QCoreApplication::translate("Domain", "Phone");
    case Channel::KioskVideo:
        return QCoreApplication::translate("Domain", "Kiosk video");
    case Channel::Social:
        return QCoreApplication::translate("Domain", "Social");
    case Channel::Alert:
        return QCoreApplication::translate("Domain", "Product alert");
    }
    return {};
}

QString statusLabel(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open:
        return QCoreApplication::translate("Domain", "Open");
    case ConversationStatus::Pending:
        return QCoreApplication::translate("Domain", "Pending");
    case ConversationStatus::Snoozed:
        return QCoreApplication::translate("Domain", "Snoozed");
    case ConversationStatus::Resolved:
        return QCoreApplication::translate("Domain", "Resolved");
    }
    return {};
}

QString tierLabel(Tier tier)
{
    switch (tier) {
    case Tier::Standard:
        return QCoreApplication::translate("Domain", "Standard");
    case Tier::Silver:
        return QCoreApplication::translate("Domain", "Silver");
    case Tier::Gold:
        return QCoreApplication::translate("Domain", "Gold");
    case Tier::Vip:
        return QCoreApplication::translate("Domain", "VIP");
    }
    return {};
}

QString deliveryLabel(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Queued:
        return QCoreApplication::translate("Domain", "Queued");
    case DeliveryState::Sending:
        return QCoreApplication::translate("Domain", "Sending");
    case DeliveryState::Sent:
        return QCoreApplication::translate("Domain", "Sent");
    case DeliveryState::Delivered:
        return QCoreApplication::translate("Domain", "Delivered");
    case DeliveryState::Read:
        return QCoreApplication::translate("Domain", "Read");
    case DeliveryState::Failed:
        return QCoreApplication::translate("Domain", "Failed");
    }
    return {};
}

QString presenceLabel(Presence presence)
{
    switch (presence) {
    case Presence::Offline:
        return QCoreApplication::translate("Domain", "Offline");
    case Presence::Available:
        return QCoreApplication::translate("Domain", "Available");
    case Presence::Busy:
        return QCoreApplication::translate("Domain", "Busy");
    case Presence::Away:
        return QCoreApplication::translate("Domain", "Away");
    }
    return {};
}

QString capabilityName(Capability capability)
{
    return QString::fromLatin1(QMetaEnum::fromType<Capabilities>().valueToKey(int(capability))).toLower();
}

QStringList normalizedLabels(const QStringList &labels)
{
    QStringList out;
    for (const QString &label : labels) {
        const QString clean = label.simplified(); // a newline would split it in the store
        if (clean.isEmpty() || out.contains(clean, Qt::CaseInsensitive))
            continue;
        out.append(clean);
    }
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

} // namespace AgentDesk::Domain
