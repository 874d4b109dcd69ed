#include "InboxFilterModel.h"

#include "InboxModel.h"

namespace AgentDesk {

using namespace Domain;

InboxFilterModel::InboxFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_statuses{ConversationStatus::Open, ConversationStatus::Pending, ConversationStatus::Snoozed}
{
    setDynamicSortFilter(true);
    sort(0);
}

void InboxFilterModel::setStatuses(const QList<ConversationStatus> &statuses)
{
    m_statuses = statuses;
    invalidateFilter();
}

void InboxFilterModel::setChannel(std::optional<Channel> channel)
{
    m_channel = channel;
    invalidateFilter();
}

void InboxFilterModel::setAssignee(std::optional<QString> assigneeRemoteId)
{
    m_assignee = assigneeRemoteId;
    invalidateFilter();
}

void InboxFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool InboxFilterModel::precedes(const InboxRow &l, const InboxRow &r)
{
    if (l.tier != r.tier)
        return l.tier > r.tier;
    if (l.priority != r.priority)
        return l.priority > r.priority;
    // An SLA that is due sooner comes first; no SLA comes after any SLA.
    if (l.slaDueAt.isValid() != r.slaDueAt.isValid())
        return l.slaDueAt.isValid();
    if (l.slaDueAt != r.slaDueAt)
        return l.slaDueAt < r.slaDueAt;
    // Waiting longer comes first; nobody waiting comes last.
    if (l.waitingSince.isValid() != r.waitingSince.isValid())
        return l.waitingSince.isValid();
    if (l.waitingSince != r.waitingSince)
        return l.waitingSince < r.waitingSince;
    return l.id < r.id;
}

bool InboxFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = static_cast<const InboxModel *>(sourceModel());
    return precedes(model->rowAt(left.row()), model->rowAt(right.row()));
}

bool InboxFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    const InboxRow *row = &static_cast<const InboxModel *>(sourceModel())->rowAt(sourceRow);
    if (!m_statuses.contains(row->status))
        return false;
    if (m_channel && row->channel != *m_channel)
        return false;
    if (m_assignee && row->assigneeRemoteId != *m_assignee)
        return false;
    if (!m_text.isEmpty() && !row->customerName.contains(m_text, Qt::CaseInsensitive) &&
        !row->subject.contains(m_text, Qt::CaseInsensitive) &&
        !row->lastPreview.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace AgentDesk
