// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxFilterModel.h"

#include <algorithm>

#include "InboxModel.h"

namespace AgentDesk {

using namespace Domain;

InboxFilterModel::InboxFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void InboxFilterModel::setSourceModel(QAbstractItemModel *model)
{
    QSortFilterProxyModel::setSourceModel(model);
    if (auto *inbox = qobject_cast<InboxModel *>(model))
        inbox->setArchiveFilter(archiveFilter());
}

void InboxFilterModel::setView(const InboxView &view)
{
    if (view == m_view)
        return;
    m_view = view;
    m_view.text = m_view.text.trimmed();
    m_viewText.setPattern(m_view.text.toCaseFolded());
    filterChanged();
}

void InboxFilterModel::filterChanged()
{
    // The whole mapping made again (one filtering pass and one sort, then layoutChanged), not
    // invalidateFilter(): that removes what no longer passes interval by interval and rebuilds its
    // index after each, so a key that drops thousands of scattered rows cost ~n x intervals.
    invalidate();
    // A view of resolved conversations shows the archived ones too, paged in from the store.
    if (auto *inbox = qobject_cast<InboxModel *>(sourceModel()))
        inbox->setArchiveFilter(archiveFilter());
}

std::optional<ArchiveFilter> InboxFilterModel::archiveFilter() const
{
    if (!m_view.statuses.contains(ConversationStatus::Resolved))
        return std::nullopt;
    ArchiveFilter f;
    if (m_view.channel)
        f.channel = int(*m_view.channel);
    switch (m_view.assignee) {
    case InboxView::Assignee::Anyone:
        break;
    case InboxView::Assignee::Me:
        f.assignee = ArchiveFilter::Assignee::Me;
        f.selfAgents = m_selfAgents;
        break;
    case InboxView::Assignee::Unassigned:
        f.assignee = ArchiveFilter::Assignee::Unassigned;
        break;
    }
    f.teamBackendId = m_view.teamBackendId;
    f.teamRemoteId = m_view.teamRemoteId;
    f.label = m_view.label;
    for (const QString &text : {m_view.text, m_text})
        if (!text.isEmpty())
            f.texts << text;
    return f;
}

void InboxFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_quickText.setPattern(m_text.toCaseFolded());
    filterChanged();
}

void InboxFilterModel::setSelfAgents(const QHash<QString, QString> &selfAgents)
{
    if (selfAgents == m_selfAgents)
        return;
    m_selfAgents = selfAgents;
    if (m_view.assignee == InboxView::Assignee::Me)
        filterChanged();
}

bool InboxFilterModel::precedes(const InboxRow &l, const InboxRow &r)
{
    // A customer waiting for a word first, then work owed a resolution, then the rest; within each,
    // whatever is due first (the targets already weigh tier and priority), then the better tier and
    // the higher priority.
    const auto group = [](const InboxRow &row) {
        switch (row.owed) {
        case SlaPolicy::Owed::FirstResponse:
        case SlaPolicy::Owed::NextResponse:
            return 0;
        case SlaPolicy::Owed::Resolution:
            return 1;
        case SlaPolicy::Owed::Nothing:
            break;
        }
        return 2;
    };
    if (group(l) != group(r))
        return group(l) < group(r);
    if (group(l) == 2) {
        // Nothing owed (pending on the customer, resolved): the latest first, which is also the
        // order the store pages archived ones in.
        const QDateTime la = l.lastMessageAt.isValid() ? l.lastMessageAt : l.createdAt;
        const QDateTime ra = r.lastMessageAt.isValid() ? r.lastMessageAt : r.createdAt;
        if (la != ra)
            return la > ra;
        return l.id > r.id;
    }
    if (l.owedBy != r.owedBy)
        return l.owedBy.isValid() && (!r.owedBy.isValid() || l.owedBy < r.owedBy);
    if (l.tier != r.tier)
        return l.tier > r.tier;
    if (l.priority != r.priority)
        return l.priority > r.priority;
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

bool InboxFilterModel::matches(const InboxRow &row, const QStringMatcher &folded)
{
    return folded.pattern().isEmpty() || folded.indexIn(row.filterText) >= 0;
}

bool InboxFilterModel::accepts(const InboxRow &row) const
{
    if (!m_view.statuses.contains(row.status))
        return false;
    if (m_view.channel && row.channel != *m_view.channel)
        return false;
    switch (m_view.assignee) {
    case InboxView::Assignee::Anyone:
        break;
    case InboxView::Assignee::Me: {
        const auto self = m_selfAgents.constFind(row.backendId);
        if (self == m_selfAgents.cend() || self->isEmpty() || row.assigneeRemoteId != *self)
            return false;
        break;
    }
    case InboxView::Assignee::Unassigned:
        if (!row.assigneeRemoteId.isEmpty())
            return false;
        break;
    }
    if (m_view.hasTeam() &&
        (row.backendId != m_view.teamBackendId || row.teamRemoteId != m_view.teamRemoteId))
        return false;
    if (!m_view.label.isEmpty() && !row.labels.contains(m_view.label, Qt::CaseInsensitive))
        return false;
    return matches(row, m_viewText) && matches(row, m_quickText);
}

bool InboxFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    return accepts(static_cast<const InboxModel *>(sourceModel())->rowAt(sourceRow));
}

} // namespace AgentDesk
