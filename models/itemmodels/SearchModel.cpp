// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchModel.h"

#include "store/Store.h"

namespace AgentDesk {

SearchModel::SearchModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{}

void SearchModel::search(const QString &query, qint64 conversationId)
{
    ++m_generation;
    m_query = query.trimmed();
    m_conversationId = conversationId;
    m_more = false;
    m_fetching = false;
    if (m_query.isEmpty()) {
        setHits({});
        return;
    }
    request(0);
}

void SearchModel::request(qint64 beforeId)
{
    const int generation = m_generation;
    m_fetching = true;
    m_store->search(
        m_query, m_limit, this,
        [this, generation, beforeId](const QList<SearchHit> &hits) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            m_more = hits.size() >= m_limit;
            if (beforeId == 0) {
                setHits(hits);
                return;
            }
            if (!hits.isEmpty()) {
                beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + hits.size()) - 1);
                m_hits.append(hits);
                endInsertRows();
            }
            Q_EMIT finished(int(m_hits.size()));
        },
        m_conversationId, beforeId);
}

bool SearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching && !m_hits.isEmpty();
}

void SearchModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(m_hits.last().messageId);
}

void SearchModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
    Q_EMIT finished(int(m_hits.size()));
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case ExcerptRole:
        return h.excerpt;
    case MessageIdRole:
        return h.messageId;
    case ConversationIdRole:
        return h.conversationId;
    case CustomerNameRole:
        return h.customerName;
    case ChannelRole:
        return int(h.channel);
    case SentAtRole:
        return h.sentAt;
    case TermsRole:
        return h.terms;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{MessageIdRole, "messageId"},
                  {ConversationIdRole, "conversationId"},
                  {CustomerNameRole, "customerName"},
                  {ChannelRole, "channel"},
                  {SentAtRole, "sentAt"},
                  {ExcerptRole, "excerpt"},
                  {TermsRole, "terms"}});
    return names;
}

} // namespace AgentDesk
