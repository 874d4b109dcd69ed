// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Message.h"
#include "store/StoreChanges.h"

#include <QAbstractListModel>
#include <QHash>

namespace AgentDesk {

class Store;

// The messages of one conversation, oldest first. Loads the newest page, older pages on demand
// (loadOlder), and follows store changes: new messages appear, delivery states update in place.
class MessageModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        DirectionRole,
        AuthorRole,
        TextRole,
        NoteRole,
        SentAtRole,
        DeliveryRole,
        ErrorRole,
        AttachmentCountRole,
        MessageRole, // the whole Message, for delegates
    };
    Q_ENUM(Role)

    explicit MessageModel(Store *store, QObject *parent = nullptr);

    // 0 clears; then loaded(). With a message to open at (a search hit), loads from a little above
    // it to the newest, so it can be shown in its context; older pages still come with loadOlder().
    void setConversation(qint64 conversationId, qint64 atMessageId = 0);
    qint64 conversationId() const { return m_conversationId; }
    void setPageSize(int size) { m_pageSize = size; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Older history, a page at a time, when the agent scrolls up to it. Not Qt's canFetchMore():
    // a view calls that whenever its scroll bar is at the bottom, where a chat view sits, so every
    // page would pull in the next until the whole history was loaded and laid out.
    bool hasOlder() const { return m_hasOlder && !m_fetchingOlder; }
    void loadOlder();

    const Message &messageAt(int row) const { return m_messages[row]; }
    int rowOf(qint64 messageId) const;

Q_SIGNALS:
    void loaded();
    void olderLoaded(int count);

private:
    void onStoreChanged(const StoreChanges &changes);
    void merge(const QList<Message> &messages);
    // Views draw a row with its neighbour in mind (a day header above the first of a day): this
    // row's neighbourhood changed, so it may need a new size.
    void rowChangedContext(int row);
    void setPage(int generation, const QList<Message> &page, bool hasOlder);

    Store *m_store;
    qint64 m_conversationId = 0;
    QList<Message> m_messages;
    int m_pageSize = 200;
    bool m_hasOlder = false;
    bool m_fetchingOlder = false;
    int m_generation = 0;
};

} // namespace AgentDesk
