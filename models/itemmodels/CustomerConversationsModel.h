// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace AgentDesk {

// The customer's other conversations on the same backend, newest first, resolved ones included:
// the history an agent looks at before answering. A view over the inbox model, so it stays live;
// it asks the inbox for the customer's archived conversations.
class CustomerConversationsModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomerConversationsModel(QObject *parent = nullptr);

    // The conversation that is open now (excluded from the list) and whose customer to follow.
    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    qint64 m_conversationId = 0;
    QString m_backendId;
    QString m_customerRemoteId;
};

} // namespace AgentDesk
