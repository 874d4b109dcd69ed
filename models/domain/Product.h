// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace AgentDesk {

struct Product
{
    QString model;        // e.g. "Orion NAS 4-bay"
    QString serialNumber; // verifies the customer on a call or chat
    QString siteId;
    QDate installedOn;
    QDate warrantyUntil;
    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace AgentDesk
