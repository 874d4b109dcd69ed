// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerConversationsModel.h"

#include "InboxModel.h"

namespace AgentDesk {

CustomerConversationsModel::CustomerConversationsModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::DescendingOrder);
}

void CustomerConversationsModel::setConversation(qint64 conversationId)
{
    auto *inbox = qobject_cast<InboxModel *>(sourceModel());
    const InboxRow *row = inbox ? inbox->rowById(conversationId) : nullptr;
    m_conversationId = conversationId;
    m_backendId = row ? row->backendId : QString();
    m_customerRemoteId = row ? row->customerRemoteId : QString();
    invalidateFilter();
    if (row) // their archived conversations join as they are read
        inbox->ensureCustomer(m_backendId, m_customerRemoteId);
}

bool CustomerConversationsModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_customerRemoteId.isEmpty())
        return false;
    const InboxRow &row = static_cast<const InboxModel *>(sourceModel())->rowAt(sourceRow);
    return row.id != m_conversationId && row.customerRemoteId == m_customerRemoteId &&
           row.backendId == m_backendId;
}

bool CustomerConversationsModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *inbox = static_cast<const InboxModel *>(sourceModel());
    const InboxRow &a = inbox->rowAt(left.row());
    const InboxRow &b = inbox->rowAt(right.row());
    const QDateTime at = a.lastMessageAt.isValid() ? a.lastMessageAt : a.createdAt;
    const QDateTime bt = b.lastMessageAt.isValid() ? b.lastMessageAt : b.createdAt;
    return at != bt ? at < bt : a.id < b.id;
}

} // namespace AgentDesk
