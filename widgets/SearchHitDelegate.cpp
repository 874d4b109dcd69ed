// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchHitDelegate.h"

#include "ChannelBadge.h"
#include "itemmodels/SearchModel.h"
#include "MessageText.h"
#include "RowStyle.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace AgentDesk {

using namespace Domain;

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {260, QFontMetrics(option.font).height() * 3 + 14};
}

void SearchHitDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const RowStyle style = RowStyle::paintBackground(p, opt);
    p->save();
    const QColor &ink = style.ink;
    const QColor &dim = style.dim;
    const QRect &r = style.content;
    const int line = style.line;
    const QRect badge(r.left(), r.top() + 2, 24, 24);
    ChannelBadge::paint(p, badge, Channel(index.data(SearchModel::ChannelRole).toInt()));
    const int left = badge.right() + 8;

    const QDateTime at = index.data(SearchModel::SentAtRole).toDateTime().toLocalTime();
    const QString when = at.date() == QDate::currentDate()
                             ? QLocale().toString(at.time(), QLocale::ShortFormat)
                             : QLocale().toString(at.date(), QLocale::ShortFormat);
    const int whenWidth = QFontMetrics(opt.font).horizontalAdvance(when) + 4;
    p->setPen(dim);
    p->drawText(QRect(r.right() - whenWidth, r.top(), whenWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                when);
    QFont bold = opt.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(ink);
    const int nameWidth = r.right() - whenWidth - left - 4;
    p->drawText(QRect(left, r.top(), nameWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(index.data(SearchModel::CustomerNameRole).toString(),
                                              Qt::ElideRight, nameWidth));
    // The excerpt, two lines at most, with the hit words marked.
    p->setFont(opt.font);
    p->setClipRect(QRect(left, r.top() + line, r.right() - left, 2 * line + 2));
    MessageText excerpt(index.data(SearchModel::ExcerptRole).toString(), opt.font, r.right() - left,
                        index.data(SearchModel::TermsRole).toStringList(), ink);
    excerpt.paint(p, QPoint(left, r.top() + line + 2));
    p->restore();
}

} // namespace AgentDesk
