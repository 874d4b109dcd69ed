// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageModel.h"

#include "store/Store.h"

#include <algorithm>
#include <QLocale>

namespace AgentDesk {

namespace {
bool earlier(const Message &a, const Message &b)
{
    return a.sentAt != b.sentAt ? a.sentAt < b.sentAt : a.id < b.id;
}
} // namespace

MessageModel::MessageModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &Store::changed, this, &MessageModel::onStoreChanged);
}

void MessageModel::setConversation(qint64 conversationId, qint64 atMessageId)
{
    const int generation = ++m_generation;
    m_conversationId = conversationId;
    beginResetModel();
    m_messages.clear();
    m_hasOlder = false;
    m_fetchingOlder = false;
    endResetModel();
    if (!conversationId) {
        Q_EMIT loaded();
        return;
    }
    const auto newest = [this, conversationId, generation] {
        m_store->fetchMessages(conversationId, m_pageSize, 0, 0, this,
                               [this, generation](const QList<Message> &page) {
                                   setPage(generation, page, page.size() == m_pageSize);
                               });
    };
    if (!atMessageId) {
        newest();
        return;
    }
    constexpr int context = 20; // messages shown above the one opened
    m_store->fetchMessagesFrom(conversationId, atMessageId, context, this,
                               [this, generation, newest](const QList<Message> &page, bool hasOlder) {
                                   if (generation != m_generation)
                                       return;
                                   if (page.isEmpty())
                                       newest(); // gone meanwhile: open the conversation as usual
                                   else
                                       setPage(generation, page, hasOlder);
                               });
}

void MessageModel::setPage(int generation, const QList<Message> &page, bool hasOlder)
{
    if (generation != m_generation)
        return;
    if (!page.isEmpty()) {
        beginInsertRows({}, 0, int(page.size()) - 1);
        m_messages = page;
        endInsertRows();
    }
    m_hasOlder = hasOlder;
    Q_EMIT loaded();
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int MessageModel::rowOf(qint64 messageId) const
{
    for (int i = int(m_messages.size()) - 1; i >= 0; --i)
        if (m_messages[i].id == messageId)
            return i;
    return -1;
}

void MessageModel::loadOlder()
{
    if (!hasOlder() || m_messages.isEmpty())
        return;
    m_fetchingOlder = true;
    const Message &oldest = m_messages.first();
    const int generation = m_generation;
    m_store->fetchMessages(m_conversationId, m_pageSize, oldest.sentAt.toMSecsSinceEpoch(), oldest.id, this,
                           [this, generation](const QList<Message> &page) {
                               if (generation != m_generation)
                                   return;
                               m_fetchingOlder = false;
                               m_hasOlder = page.size() == m_pageSize;
                               if (!page.isEmpty()) {
                                   beginInsertRows({}, 0, int(page.size()) - 1);
                                   m_messages = page + m_messages;
                                   endInsertRows();
                                   // The former first row may no longer start its day.
                                   rowChangedContext(int(page.size()));
                               }
                               Q_EMIT olderLoaded(int(page.size()));
                           });
}

void MessageModel::onStoreChanged(const StoreChanges &changes)
{
    const auto it = changes.messages.constFind(m_conversationId);
    if (!m_conversationId || it == changes.messages.cend())
        return;
    const int generation = m_generation;
    m_store->fetchMessagesByIds(it.value().values(), this,
                                [this, generation](const QList<Message> &messages) {
                                    if (generation == m_generation)
                                        merge(messages);
                                });
}

void MessageModel::merge(const QList<Message> &messages)
{
    for (const Message &m : messages) {
        const int at = rowOf(m.id);
        if (at >= 0) {
            if (!(m_messages[at] == m)) {
                m_messages[at] = m;
                Q_EMIT dataChanged(index(at), index(at));
            }
            continue;
        }
        // Older than the loaded page: it will come with loadOlder().
        if (m_hasOlder && !m_messages.isEmpty() && earlier(m, m_messages.first()))
            continue;
        const auto pos = std::upper_bound(m_messages.begin(), m_messages.end(), m, earlier);
        const int row = int(pos - m_messages.begin());
        beginInsertRows({}, row, row);
        m_messages.insert(row, m);
        endInsertRows();
        rowChangedContext(row + 1);
    }
}

void MessageModel::rowChangedContext(int row)
{
    if (row >= 0 && row < m_messages.size())
        Q_EMIT dataChanged(index(row), index(row));
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_messages[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case Qt::AccessibleTextRole: { // who, when, what: as a screen reader says a message
        const QString who = m.direction == Domain::Direction::System ? tr("Update")
                            : m.internalNote ? tr("Internal note by %1").arg(m.authorName)
                                             : m.authorName;
        QString spoken =
            tr("%1 at %2: %3")
                .arg(who, QLocale().toString(m.sentAt.toLocalTime().time(), QLocale::ShortFormat),
                     m.text.left(500));
        if (!m.attachments.isEmpty())
            spoken += QLatin1Char(' ') + tr("(%n file(s))", nullptr, int(m.attachments.size()));
        return spoken;
    }
    case Qt::AccessibleDescriptionRole:
        return m.direction == Domain::Direction::Outbound && !m.internalNote
                   ? Domain::deliveryLabel(m.delivery)
                   : QString();
    case IdRole:
        return m.id;
    case DirectionRole:
        return int(m.direction);
    case AuthorRole:
        return m.authorName;
    case NoteRole:
        return m.internalNote;
    case SentAtRole:
        return m.sentAt;
    case DeliveryRole:
        return int(m.delivery);
    case ErrorRole:
        return m.error;
    case AttachmentCountRole:
        return int(m.attachments.size());
    case MessageRole:
        return QVariant::fromValue(m);
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "messageId"},
                  {DirectionRole, "direction"},
                  {AuthorRole, "author"},
                  {TextRole, "text"},
                  {NoteRole, "note"},
                  {SentAtRole, "sentAt"},
                  {DeliveryRole, "delivery"},
                  {ErrorRole, "error"},
                  {AttachmentCountRole, "attachments"},
                  {MessageRole, "message"}});
    return names;
}

} // namespace AgentDesk
