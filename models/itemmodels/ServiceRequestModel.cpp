// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceRequestModel.h"

#include "text/HtmlText.h"

#include "store/Store.h"

namespace AgentDesk {

ServiceRequestModel::ServiceRequestModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &Store::changed, this, [this](const StoreChanges &changes) {
        if (m_conversationId && (changes.serviceRequests || changes.outbox))
            reload();
    });
}

void ServiceRequestModel::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
}

void ServiceRequestModel::reload()
{
    const int generation = ++m_generation;
    if (!m_conversationId) {
        Q_EMIT loaded();
        return;
    }
    m_store->fetchServiceRequests(m_conversationId, this, [this, generation](QList<ServiceRequestRow> rows) {
        if (generation != m_generation)
            return; // the agent moved on
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        Q_EMIT loaded();
    });
}

int ServiceRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ServiceRequestModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ServiceRequestRow &row = m_rows.at(index.row());
    const ServiceRequest &r = row.request;
    const bool failed = row.creation == OutboxState::Failed;
    const bool pending = row.creation.has_value() && !failed;
    switch (role) {
    case Qt::DisplayRole:
        if (failed)
            return tr("SR not created: %1").arg(r.subject);
        if (pending || r.remoteId.isEmpty())
            return tr("Creating SR: %1…").arg(r.subject);
        // Until the backend reports the request, its status is unknown: say nothing rather than "".
        return r.status.isEmpty() ? tr("SR #%1 · %2").arg(r.remoteId, r.subject)
                                  : tr("SR #%1 · %2 · %3").arg(r.remoteId, r.subject, r.status);
    case Qt::ToolTipRole: // subjects, queues and server errors: shown as written, never as markup
        if (failed || !row.creationError.isEmpty())
            return HtmlText::toolTip(row.creationError);
        return HtmlText::toolTip(tr("%1 in %2, queue %3").arg(r.subject, r.backendId, r.queue));
    case BackendRole:
        return r.backendId;
    case RemoteIdRole:
        return r.remoteId;
    case StatusRole:
        return r.status;
    case PendingRole:
        return pending;
    case FailedRole:
        return failed;
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceRequestModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(BackendRole, "backend");
    names.insert(RemoteIdRole, "remoteId");
    names.insert(StatusRole, "status");
    names.insert(PendingRole, "pending");
    names.insert(FailedRole, "failed");
    return names;
}

} // namespace AgentDesk
