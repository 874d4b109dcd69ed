#pragma once

#include <QStyledItemDelegate>

namespace AgentDesk {

// Paints an inbox row: channel badge, customer and tier, last message, waiting time and SLA.
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
};

} // namespace AgentDesk
