#pragma once

#include <QStyledItemDelegate>

namespace AgentDesk {

// Chat bubbles: the customer's on the left, the agent's on the right, internal notes in amber,
// with the time and, for the agent's own messages, the delivery state.
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QRect bubble;
        QRect text;
        QRect meta;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static int availableWidth(const QStyleOptionViewItem &option);
};

} // namespace AgentDesk
