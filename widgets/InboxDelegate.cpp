// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxDelegate.h"

#include "ChannelBadge.h"
#include "itemmodels/DirectoryModel.h"
#include "itemmodels/InboxModel.h"
#include "RowStyle.h"
#include "sla/SlaPolicy.h"
#include "Theme.h"

#include <QApplication>
#include <QPainter>

namespace AgentDesk {

using namespace Domain;

namespace {
// White on the VIP purple, near-black on the gold: 4.5:1 either way.
QColor tierInk(const QColor &fill)
{
    return Theme::contrast(Qt::white, fill) >= 4.5 ? QColor(Qt::white) : QColor(0x20, 0x1a, 0x00);
}
} // namespace

QString InboxDelegate::shortDuration(qint64 seconds)
{
    return SlaPolicy::shortDuration(seconds);
}

InboxDelegate::Inks InboxDelegate::inks(const QPalette &palette, bool selected)
{
    Inks k;
    k.background = palette.color(selected ? QPalette::Highlight : QPalette::Base);
    k.text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    k.dim = selected ? k.text : Theme::readable(palette.color(QPalette::PlaceholderText), k.background);
    k.overdue = Theme::readable(QColor(0xd3, 0x2f, 0x2f), k.background);
    k.soon = Theme::readable(QColor(0xf5, 0x7c, 0x00), k.background);
    k.typing = selected ? k.text : Theme::readable(QColor(0x19, 0x76, 0xd2), k.background);
    // The unread count: a blue pill on the row, a pill of the row's text colour when selected.
    k.badgeFill = selected ? k.text : QColor(0x19, 0x76, 0xd2);
    k.badgeText = selected ? k.background : Theme::readable(QColor(Qt::white), k.badgeFill);
    return k;
}

QString InboxDelegate::timeText(const InboxRow &row, const QDateTime &now)
{
    const QString owed = SlaPolicy::describe(row, now);
    if (!owed.isEmpty())
        return owed;
    return row.lastMessageAt.isValid() ? shortDuration(row.lastMessageAt.secsTo(now)) : QString();
}

QString InboxDelegate::assigneeText(const InboxRow &row) const
{
    if (row.assigneeRemoteId.isEmpty())
        return {};
    return m_directory ? m_directory->agentName(row.backendId, row.assigneeRemoteId) : row.assigneeRemoteId;
}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {280, fm.height() * 3 + 14};
}

void InboxDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto row = index.data(InboxModel::RowRole).value<InboxRow>();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const RowStyle style = RowStyle::paintBackground(p, opt);
    p->save();
    const Inks k = inks(opt.palette, opt.state & QStyle::State_Selected);
    const QColor &text = k.text;
    const QColor &dim = k.dim;
    const QRect &r = style.content;
    const QFontMetrics fm(opt.font);
    const int line = style.line;

    const QRect badge(r.left(), r.top() + 2, 28, 28);
    ChannelBadge::paint(p, badge, row.channel);

    QFont bold = opt.font;
    bold.setBold(row.unreadCount > 0);
    const int textLeft = badge.right() + 10;

    // Right column: what is owed now and by when, colour-coded, or how long ago the last message came.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString time = timeText(row, now);
    QColor timeColor = dim;
    if (row.owed != SlaPolicy::Owed::Nothing && row.owedBy.isValid()) {
        const qint64 left = now.secsTo(row.owedBy);
        timeColor = left < 0 ? k.overdue : left < 600 ? k.soon : dim;
    }
    const int timeWidth = fm.horizontalAdvance(time) + 4;
    p->setPen(timeColor);
    p->drawText(QRect(r.right() - timeWidth, r.top(), timeWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                time);

    // Name and tier.
    p->setFont(bold);
    p->setPen(text);
    QString name = row.customerName;
    const int nameMax = r.right() - timeWidth - textLeft - 50;
    name = QFontMetrics(bold).elidedText(name, Qt::ElideRight, nameMax);
    p->drawText(QRect(textLeft, r.top(), nameMax, line), Qt::AlignLeft | Qt::AlignVCenter, name);
    int x = textLeft + QFontMetrics(bold).horizontalAdvance(name) + 6;
    if (row.tier >= Tier::Gold) {
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.8);
        small.setBold(true);
        p->setFont(small);
        const QString label = tierLabel(row.tier);
        const int w = QFontMetrics(small).horizontalAdvance(label) + 10;
        const QRect pill(x, r.top() + 2, w, line - 2);
        p->setPen(Qt::NoPen);
        const QColor fill = row.tier == Tier::Vip ? QColor(0x8e, 0x24, 0xaa) : QColor(0xc9, 0x9a, 0x00);
        p->setBrush(fill);
        p->drawRoundedRect(pill, 6, 6);
        p->setPen(tierInk(fill));
        p->drawText(pill, Qt::AlignCenter, label);
        x += w + 4;
    }
    // Labels as outlined chips, as many as fit before the time.
    if (!row.labels.isEmpty()) {
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.8);
        p->setFont(small);
        const QFontMetrics sfm(small);
        const int limit = r.right() - timeWidth - 4;
        p->setBrush(Qt::NoBrush);
        for (const QString &label : row.labels) {
            const int w = sfm.horizontalAdvance(label) + 10;
            if (x + w > limit)
                break;
            const QRect chip(x, r.top() + 2, w, line - 2);
            p->setPen(dim);
            p->drawRoundedRect(chip, 6, 6);
            p->drawText(chip, Qt::AlignCenter, label);
            x += w + 4;
        }
    }

    // Preview and subject.
    p->setFont(opt.font);
    p->setPen(dim);
    const int width = r.right() - textLeft;
    const QString subject = row.subject.isEmpty() ? channelLabel(row.channel) : row.subject;
    // The assignee at the right of the subject line, elided first when space is short.
    const QString assignee = assigneeText(row);
    int assigneeWidth = 0;
    if (!assignee.isEmpty()) {
        const QString shown = fm.elidedText(QStringLiteral("→ ") + assignee, Qt::ElideRight, width / 3);
        assigneeWidth = fm.horizontalAdvance(shown) + 8;
        p->drawText(QRect(r.right() - assigneeWidth, r.top() + line, assigneeWidth, line),
                    Qt::AlignRight | Qt::AlignVCenter, shown);
    }
    p->drawText(QRect(textLeft, r.top() + line, width - assigneeWidth, line),
                Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(subject, Qt::ElideRight, width - assigneeWidth));
    p->setPen(text);
    QString preview = row.lastPreview;
    if (row.lastDirection == Direction::Outbound)
        preview = tr("You: %1").arg(preview);
    if (row.customerTyping(now)) {
        preview = tr("typing…");
        QFont italic = opt.font;
        italic.setItalic(true);
        p->setFont(italic);
        p->setPen(k.typing);
    }
    const int unreadWidth = row.unreadCount > 0 ? 26 : 0;
    p->drawText(QRect(textLeft, r.top() + 2 * line, width - unreadWidth, line),
                Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(preview, Qt::ElideRight, width - unreadWidth));
    if (row.unreadCount > 0) {
        const QRect bubble(r.right() - 22, r.top() + 2 * line, 22, line);
        p->setPen(Qt::NoPen);
        p->setBrush(k.badgeFill);
        p->drawRoundedRect(bubble, line / 2.0, line / 2.0);
        p->setPen(k.badgeText);
        p->drawText(bubble, Qt::AlignCenter,
                    row.unreadCount > 99 ? QStringLiteral("99+") : QString::number(row.unreadCount));
    }
    p->restore();
}

} // namespace AgentDesk
