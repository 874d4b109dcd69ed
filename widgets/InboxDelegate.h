// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDateTime>
#include <QStyledItemDelegate>

namespace AgentDesk {

class DirectoryModel;
struct InboxRow;

// Paints an inbox row: channel badge, customer and tier, subject and assignee, last message,
// unread count, waiting time and SLA.
class InboxDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "4 min", "2 h 5 min": how long ago, short.
    static QString shortDuration(qint64 seconds);

    // The colours of a row in a palette, selected or not; each reads on the row's background at
    // 4.5:1 at least (tst_Theme checks it).
    struct Inks
    {
        QColor background, text, dim, overdue, soon, typing, badgeFill, badgeText;
    };
    static Inks inks(const QPalette &palette, bool selected);
    // The right column: what is owed and by when, or how long ago the last message came.
    static QString timeText(const InboxRow &row, const QDateTime &now);
    // Where assignees' names come from; without it the row shows their id.
    void setDirectory(const DirectoryModel *directory) { m_directory = directory; }
    // Who the row is assigned to, as shown; empty when nobody.
    QString assigneeText(const InboxRow &row) const;

private:
    const DirectoryModel *m_directory = nullptr;
};

} // namespace AgentDesk
