// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelBadge.h"

#include <QPainter>

namespace AgentDesk {

using namespace Domain;

QColor ChannelBadge::color(Channel channel)
{
    switch (channel) {
    case Channel::WebChat:
        return QColor(0x19, 0x76, 0xd2);
    case Channel::WeChat:
        return QColor(0x07, 0xc1, 0x60);
    case Channel::WhatsApp:
        return QColor(0x25, 0xd3, 0x66).darker(115);
    case Channel::Email:
        return QColor(0x5d, 0x6d, 0x7e);
    case Channel::Sms:
        return QColor(0x00, 0x89, 0x7b);
    case Channel::Phone:
        return QColor(0x6a, 0x1b, 0x9a);
    case Channel::KioskVideo:
        return QColor(0xef, 0x6c, 0x00);
    case Channel::Social:
        return QColor(0xe5, 0x39, 0x35);
    case Channel::Alert:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

QString ChannelBadge::mark(Channel channel)
{
    switch (channel) {
    case Channel::WebChat:
        return QStringLiteral("W");
    case Channel::WeChat:
        return QStringLiteral("微");
    case Channel::WhatsApp:
        return QStringLiteral("WA");
    case Channel::Email:
        return QStringLiteral("@");
    case Channel::Sms:
        return QStringLiteral("SMS");
    case Channel::Phone:
        return QStringLiteral("☎");
    case Channel::KioskVideo:
        return QStringLiteral("▶");
    case Channel::Social:
        return QStringLiteral("#");
    case Channel::Alert:
        return QStringLiteral("!");
    }
    return {};
}

void ChannelBadge::paint(QPainter *p, const QRect &rect, Channel channel)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(color(channel));
    p->drawEllipse(rect);
    QFont f = p->font();
    f.setBold(true);
    const QString m = mark(channel);
    f.setPixelSize(m.size() > 2 ? rect.height() / 3 : rect.height() / 2);
    p->setFont(f);
    p->setPen(Qt::white);
    p->drawText(rect, Qt::AlignCenter, m);
    p->restore();
}

} // namespace AgentDesk
