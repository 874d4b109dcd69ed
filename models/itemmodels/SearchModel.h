// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/InboxRow.h"

#include <QAbstractListModel>

namespace AgentDesk {

class Store;

// Full-text hits over all history of all backends (or of one conversation), newest first, from
// the store's FTS index, a page of limit() at a time: the next when the list is scrolled to its end
// (fetchMore). Each search replaces the last; late answers to older ones are dropped.
class SearchModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        ConversationIdRole,
        CustomerNameRole,
        ChannelRole,
        SentAtRole,
        ExcerptRole,
        TermsRole, // the words to highlight
    };
    Q_ENUM(Role)

    explicit SearchModel(Store *store, QObject *parent = nullptr);

    // Empty query clears; then finished(). conversationId 0: everywhere.
    void search(const QString &query, qint64 conversationId = 0);
    QString query() const { return m_query; }
    void setLimit(int limit) { m_limit = limit; } // hits a page
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // More hits than those here may exist (the last page was full).
    bool hasMore() const { return m_more; }
    int limit() const { return m_limit; }
    const SearchHit &hitAt(int row) const { return m_hits[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void finished(int count);

private:
    void setHits(const QList<SearchHit> &hits);
    void request(qint64 beforeId);

    Store *m_store;
    QString m_query;
    QList<SearchHit> m_hits;
    int m_limit = 500;
    int m_generation = 0;
    qint64 m_conversationId = 0;
    bool m_more = false;
    bool m_fetching = false;
};

} // namespace AgentDesk
