// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowStyle.h"

#include <QApplication>
#include <QPainter>

namespace AgentDesk {

RowStyle RowStyle::paintBackground(QPainter *painter, QStyleOptionViewItem option)
{
    option.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, option.widget);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    RowStyle s;
    s.ink = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    s.dim = selected ? s.ink : pal.color(QPalette::PlaceholderText);
    s.content = option.rect.adjusted(8, 6, -8, -6);
    s.line = QFontMetrics(option.font).height();
    return s;
}

} // namespace AgentDesk
