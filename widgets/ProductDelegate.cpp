// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductDelegate.h"

#include "itemmodels/CustomerModel.h"
#include "RowStyle.h"

#include <QPainter>

namespace AgentDesk {

QSize ProductDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {160, QFontMetrics(option.font).height() * 3 + 12};
}

void ProductDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const RowStyle style = RowStyle::paintBackground(p, opt);
    p->save();
    const QRect &r = style.content;
    const int line = style.line;
    QFont bold = opt.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(style.ink);
    p->drawText(QRect(r.left(), r.top(), r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(index.data(CustomerModel::ModelRole).toString(), Qt::ElideRight,
                                              r.width()));
    p->setFont(opt.font);
    const QFontMetrics fm(opt.font);
    const QString serial = index.data(CustomerModel::SerialRole).toString();
    p->setPen(style.dim);
    p->drawText(QRect(r.left(), r.top() + line, r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(serial, Qt::ElideRight, r.width()));
    const QString warranty = index.data(CustomerModel::WarrantyTextRole).toString();
    if (!warranty.isEmpty()) {
        if (!index.data(CustomerModel::UnderWarrantyRole).toBool() && !(opt.state & QStyle::State_Selected))
            p->setPen(QColor(0xd3, 0x2f, 0x2f));
        p->drawText(QRect(r.left(), r.top() + 2 * line, r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(warranty, Qt::ElideRight, r.width()));
    }
    p->restore();
}

} // namespace AgentDesk
