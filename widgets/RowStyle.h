// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRect>
#include <QStyleOptionViewItem>

class QPainter;

namespace AgentDesk {

// What the list rows (inbox, search hits) share: the style's selection background, the inks for
// normal and dim text in the row's state, and the content area inside the row's padding.
struct RowStyle
{
    QColor ink;
    QColor dim;
    QRect content;
    int line = 0; // one line of text

    // Paints the background of an option that initStyleOption() already filled; its text is not drawn.
    static RowStyle paintBackground(QPainter *painter, QStyleOptionViewItem option);
};

} // namespace AgentDesk
