// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Customer.h"

#include <QRandomGenerator>
#include <QString>

namespace AgentDesk {

// What demo customers say, in their language, about their own products.
class DemoPhrases final
{
public:
    static QString opening(QRandomGenerator &rng, const Customer &customer, const Product &product);
    static QString followUp(QRandomGenerator &rng, const Customer &customer, const Product &product);
    static QString impatient(QRandomGenerator &rng, const Customer &customer);
    // The customer's answer to what the agent wrote.
    static QString answer(QRandomGenerator &rng, const Customer &customer, const Product &product,
                          const QString &agentText);
    static QString agentReply(QRandomGenerator &rng, const Customer &customer, const Product &product);
    static QString subject(const Customer &customer, const Product &product);
    static QString alertTitle(QRandomGenerator &rng, const Product &product);
    // "storage", "network", "power", "kiosk", "printer", "camera", or "*": what kind of product it is,
    // for what its customers say, send and get alerts about.
    static QString family(const Product &product);
};

} // namespace AgentDesk
