#pragma once

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
    // Where assignees' names come from; without it the row shows their id.
    void setDirectory(const DirectoryModel *directory) { m_directory = directory; }
    // Who the row is assigned to, as shown; empty when nobody.
    QString assigneeText(const InboxRow &row) const;

private:
    const DirectoryModel *m_directory = nullptr;
};

} // namespace AgentDesk
