#pragma once

#include "domain/Domain.h"
#include "store/InboxRow.h"

#include <optional>
#include <QSortFilterProxyModel>

namespace AgentDesk {

// Orders the inbox by priority (customer tier, then SLA due time, then how long the customer has
// been waiting) and filters it by status, channel, assignee and text.
class InboxFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InboxFilterModel(QObject *parent = nullptr);

    // Default: everything but resolved conversations.
    void setStatuses(const QList<Domain::ConversationStatus> &statuses);
    void setChannel(std::optional<Domain::Channel> channel);
    void setAssignee(std::optional<QString> assigneeRemoteId); // "" = unassigned
    void setText(const QString &text);

    // Priority order: true when left comes before right.
    static bool precedes(const InboxRow &left, const InboxRow &right);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QList<Domain::ConversationStatus> m_statuses;
    std::optional<Domain::Channel> m_channel;
    std::optional<QString> m_assignee;
    QString m_text;
};

} // namespace AgentDesk
