// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ServiceRequestRow.h"

#include <QAbstractListModel>

namespace AgentDesk {

class Store;

// The service requests of the selected conversation: those created from it and the one it is the
// thread of, with the state of a request still being created.
class ServiceRequestModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        BackendRole = Qt::UserRole + 1,
        RemoteIdRole,
        StatusRole,
        PendingRole, // true while this app is still creating it
        FailedRole,  // true when creating it failed; the tooltip says why
    };
    Q_ENUM(Role)

    explicit ServiceRequestModel(Store *store, QObject *parent = nullptr);

    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loaded();

private:
    void reload();

    Store *m_store;
    qint64 m_conversationId = 0;
    QList<ServiceRequestRow> m_rows;
    int m_generation = 0;
};

} // namespace AgentDesk
