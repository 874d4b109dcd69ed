// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Domain.h"
#include "Product.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace AgentDesk {

// How to reach a customer on one channel (a WeChat OpenID, a phone number, an e-mail address).
struct ChannelHandle
{
    Domain::Channel channel = Domain::Channel::WebChat;
    QString handle;
    friend bool operator==(const ChannelHandle &, const ChannelHandle &) = default;
};

struct Customer
{
    qint64 id = 0; // local row id, 0 until stored
    QString backendId;
    QString remoteId;
    QString name;
    Domain::Tier tier = Domain::Tier::Standard;
    QString siteId;        // verified identity: the site the customer's equipment is installed at
    bool verified = false; // identity confirmed by site ID or a product serial number
    QString language;      // BCP 47, e.g. "en", "zh-CN"
    QList<ChannelHandle> handles;
    QList<Product> products;
    QDateTime updatedAt;
    friend bool operator==(const Customer &, const Customer &) = default;
};

} // namespace AgentDesk
