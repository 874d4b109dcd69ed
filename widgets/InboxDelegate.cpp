#include "InboxDelegate.h"

#include "ChannelBadge.h"
#include "itemmodels/DirectoryModel.h"
#include "itemmodels/InboxModel.h"
#include "RowStyle.h"

#include <QApplication>
#include <QPainter>

namespace AgentDesk {

using namespace Domain;

QString InboxDelegate::shortDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    seconds = qAbs(seconds);
    QString text;
    if (seconds < 60)
        text = tr("%1 s").arg(seconds);
    else if (seconds < 3600)
        text = tr("%1 min").arg(seconds / 60);
    else if (seconds < 86400)
        text = tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    else
        text = tr("%1 d").arg(seconds / 86400);
    return negative ? QLatin1Char('-') + text : text;
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
    const QColor &text = style.ink;
    const QColor &dim = style.dim;
    const QRect &r = style.content;
    const QFontMetrics fm(opt.font);
    const int line = style.line;

    const QRect badge(r.left(), r.top() + 2, 28, 28);
    ChannelBadge::paint(p, badge, row.channel);

    QFont bold = opt.font;
    bold.setBold(row.unreadCount > 0);
    const int textLeft = badge.right() + 10;

    // Right column: waiting time or SLA countdown, colour-coded.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString timeText;
    QColor timeColor = dim;
    if (row.status != ConversationStatus::Resolved && row.slaDueAt.isValid()) {
        const qint64 left = now.secsTo(row.slaDueAt);
        timeText =
            left < 0 ? tr("SLA %1 over").arg(shortDuration(-left)) : tr("SLA %1").arg(shortDuration(left));
        timeColor = left < 0 ? QColor(0xd3, 0x2f, 0x2f) : left < 600 ? QColor(0xf5, 0x7c, 0x00) : dim;
    } else if (row.lastMessageAt.isValid()) {
        timeText = shortDuration(row.lastMessageAt.secsTo(now));
    }
    const int timeWidth = fm.horizontalAdvance(timeText) + 4;
    p->setPen(timeColor);
    p->drawText(QRect(r.right() - timeWidth, r.top(), timeWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                timeText);

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
        p->setBrush(row.tier == Tier::Vip ? QColor(0x8e, 0x24, 0xaa) : QColor(0xc9, 0x9a, 0x00));
        p->drawRoundedRect(pill, 6, 6);
        p->setPen(Qt::white);
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
        p->setPen(QColor(0x19, 0x76, 0xd2));
    }
    const int unreadWidth = row.unreadCount > 0 ? 26 : 0;
    p->drawText(QRect(textLeft, r.top() + 2 * line, width - unreadWidth, line),
                Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(preview, Qt::ElideRight, width - unreadWidth));
    if (row.unreadCount > 0) {
        const QRect bubble(r.right() - 22, r.top() + 2 * line, 22, line);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0x19, 0x76, 0xd2));
        p->drawRoundedRect(bubble, line / 2.0, line / 2.0);
        p->setPen(Qt::white);
        p->drawText(bubble, Qt::AlignCenter,
                    row.unreadCount > 99 ? QStringLiteral("99+") : QString::number(row.unreadCount));
    }
    p->restore();
}

} // namespace AgentDesk
