// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Domain.h"

#include <QColor>

class QPainter;
class QRect;

namespace AgentDesk {

// A round, coloured badge with the channel's short mark, drawn as vectors (sharp at any DPI).
class ChannelBadge final
{
public:
    static void paint(QPainter *painter, const QRect &rect, Domain::Channel channel);
    static QColor color(Domain::Channel channel);
    static QString mark(Domain::Channel channel);
};

} // namespace AgentDesk
