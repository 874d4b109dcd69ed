// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxModel.h"

#include "text/HtmlText.h"

#include "store/Store.h"
#include "store/StoreReader.h"

namespace AgentDesk {

using namespace Domain;

InboxModel::InboxModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &Store::changed, this, &InboxModel::onStoreChanged);
}

QDateTime InboxModel::archiveCutoff() const
{
    return QDateTime::currentDateTimeUtc().addDays(-archiveAfterDays);
}

void InboxModel::reload()
{
    const int generation = ++m_generation;
    m_customersLoaded.clear();
    m_requested.clear();
    m_loaded = false;
    // What is not resolved first: all that every view but Resolved shows, read from one small index,
    // so the first paint does not wait for the week's resolved conversations (most of the rows).
    m_store->fetchInbox(InboxScope::Unresolved, archiveCutoff(), this,
                        [this, generation](const QList<InboxRow> &rows) {
                            if (generation != m_generation)
                                return;
                            beginResetModel();
                            m_rows = rows;
                            m_rowById.clear();
                            m_rowById.reserve(m_rows.size());
                            for (int i = 0; i < m_rows.size(); ++i)
                                m_rowById.insert(m_rows[i].id, i);
                            m_windowOnly.clear();
                            endResetModel();
                            m_following = true; // changes from here on are not in the next read's rows
                            readRecentlyResolved(generation);
                        });
}

void InboxModel::readRecentlyResolved(int generation)
{
    m_store->fetchInbox(InboxScope::RecentlyResolved, archiveCutoff(), this,
                        [this, generation](const QList<InboxRow> &rows) {
                            if (generation != m_generation)
                                return;
                            // A row a change has brought in meanwhile is replaced by the newer read.
                            upsert(rows, false);
                            m_loaded = true;
                            updateLabels();
                            Q_EMIT loaded();
                            // The archive's pages went with the reset: read again, after the rows.
                            if (m_archiveFilter) {
                                ++m_archiveGeneration;
                                m_archiveKey = {};
                                m_archiveEnd = false;
                                requestArchivePage();
                            }
                        });
}

bool InboxModel::isArchived(const InboxRow &row) const
{
    const QDateTime at = row.lastMessageAt.isValid() ? row.lastMessageAt : row.createdAt;
    return row.status == ConversationStatus::Resolved && at < archiveCutoff();
}

void InboxModel::setArchiveFilter(const std::optional<ArchiveFilter> &filter)
{
    if (filter == m_archiveFilter)
        return;
    m_archiveFilter = filter;
    ++m_archiveGeneration;
    m_archiveKey = {};
    m_archiveEnd = false;
    m_archiveLoading = false;
    if (!filter) {
        removeIds(std::exchange(m_windowOnly, {})); // nothing shows them now: give the memory back
        return;
    }
    if (m_loaded)
        requestArchivePage();
}

void InboxModel::requestArchivePage()
{
    if (!m_archiveFilter || m_archiveLoading || m_archiveEnd)
        return;
    m_archiveLoading = true;
    const int generation = m_archiveGeneration;
    const bool first = m_archiveKey == ArchiveKey{};
    m_store->fetchArchivePage(*m_archiveFilter, archiveCutoff(), m_archiveKey, archivePageSize, this,
                              [this, generation, first](const QList<InboxRow> &rows) {
                                  if (generation != m_archiveGeneration)
                                      return;
                                  m_archiveLoading = false;
                                  addArchivePage(rows, first);
                              });
}

void InboxModel::addArchivePage(const QList<InboxRow> &rows, bool first)
{
    m_archiveEnd = rows.size() < archivePageSize;
    if (!rows.isEmpty())
        m_archiveKey = StoreReader::archiveKey(rows.last());
    if (first) { // the last filter's rows that this one does not show go
        QSet<qint64> stale = m_windowOnly;
        for (const InboxRow &row : rows)
            stale.remove(row.id);
        removeIds(stale);
        for (const qint64 id : std::as_const(stale))
            m_windowOnly.remove(id);
    }
    for (const InboxRow &row : rows)
        if (!m_rowById.contains(row.id))
            m_windowOnly.insert(row.id);
    upsert(rows, false);
    Q_EMIT archivePageLoaded();
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_archiveFilter && m_loaded && !m_archiveLoading && !m_archiveEnd &&
           !(m_archiveKey == ArchiveKey{});
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestArchivePage();
}

void InboxModel::removeIds(const QSet<qint64> &ids)
{
    QList<int> at;
    at.reserve(ids.size());
    for (const qint64 id : ids)
        if (const int row = m_rowById.value(id, -1); row >= 0)
            at.append(row);
    if (at.isEmpty())
        return;
    std::sort(at.begin(), at.end());
    // From the end, a run of neighbouring rows at a time (pages come in runs).
    for (qsizetype end = at.size(); end > 0;) {
        qsizetype begin = end - 1;
        while (begin > 0 && at[begin - 1] == at[begin] - 1)
            --begin;
        beginRemoveRows({}, at[begin], at[end - 1]);
        for (qsizetype i = begin; i < end; ++i)
            m_rowById.remove(m_rows[at[i]].id);
        m_rows.remove(at[begin], at[end - 1] - at[begin] + 1);
        endRemoveRows();
        end = begin;
    }
    for (int i = at.first(); i < m_rows.size(); ++i)
        m_rowById[m_rows[i].id] = i;
}

void InboxModel::ensureRow(qint64 id)
{
    m_windowOnly.remove(id); // asked for by itself: kept whatever the archive's pages do
    if (id <= 0 || m_rowById.contains(id) || m_requested.contains(id))
        return;
    m_requested.insert(id);
    fetchRows({id}, false);
}

void InboxModel::ensureCustomer(const QString &backendId, const QString &customerRemoteId)
{
    const QString key = backendId + QChar(0x1f) + customerRemoteId;
    if (customerRemoteId.isEmpty() || m_customersLoaded.contains(key))
        return;
    m_customersLoaded.insert(key);
    const int generation = m_generation;
    m_store->fetchCustomerInbox(backendId, customerRemoteId, this,
                                [this, generation](const QList<InboxRow> &rows) {
                                    if (generation != m_generation)
                                        return;
                                    for (const InboxRow &row : rows)
                                        m_windowOnly.remove(row.id); // their history: kept
                                    upsert(rows, false);
                                });
}

void InboxModel::onStoreChanged(const StoreChanges &changes)
{
    if (changes.conversations.isEmpty() || !m_following)
        return;
    fetchRows(changes.conversations.values(), true);
}

void InboxModel::fetchRows(const QList<qint64> &ids, bool announce)
{
    const int generation = m_generation;
    m_store->fetchInboxRows(ids, this, [this, generation, announce](const QList<InboxRow> &rows) {
        if (generation != m_generation)
            return;
        for (const InboxRow &row : rows)
            m_requested.remove(row.id);
        upsert(rows, announce);
    });
}

void InboxModel::upsert(const QList<InboxRow> &rows, bool announce)
{
    QList<InboxRow> added;
    bool labelsTouched = false;
    for (const InboxRow &row : rows) {
        const int at = m_rowById.value(row.id, -1);
        if (at < 0) {
            // Only a change of labels recounts them (a scan of every row), not every new message.
            labelsTouched = labelsTouched || !row.labels.isEmpty();
            added.append(row);
        } else if (!(m_rows[at] == row)) {
            if (!isArchived(row)) // live again: kept whatever the archive's pages do
                m_windowOnly.remove(row.id);
            const InboxRow before = std::exchange(m_rows[at], row);
            labelsTouched = labelsTouched || before.labels != row.labels;
            const QModelIndex i = index(at);
            Q_EMIT dataChanged(i, i);
            if (announce)
                Q_EMIT rowUpdated(before, row);
        }
    }
    if (labelsTouched)
        updateLabels();
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const InboxRow &row : std::as_const(added)) {
        m_rowById.insert(row.id, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
    if (announce)
        for (const InboxRow &row : std::as_const(added))
            Q_EMIT rowUpdated(InboxRow(), row);
}

// A label disappears with its last conversation, so the set is counted again rather than kept
// incrementally; it only runs when some row's labels changed.
void InboxModel::updateLabels()
{
    QStringList all;
    for (const InboxRow &row : std::as_const(m_rows))
        all.append(row.labels);
    all = Domain::normalizedLabels(all);
    if (all == m_labels)
        return;
    m_labels = all;
    Q_EMIT labelsChanged();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const InboxRow *InboxModel::rowById(qint64 id) const
{
    const int at = m_rowById.value(id, -1);
    return at < 0 ? nullptr : &m_rows[at];
}

QString InboxModel::spokenSummary(const InboxRow &r, const QDateTime &now)
{
    // What a screen reader says of a row, in the order the eye reads it.
    QStringList parts{r.customerName};
    if (r.tier != Tier::Standard)
        parts << tierLabel(r.tier);
    parts << (r.subject.isEmpty() ? channelLabel(r.channel) : r.subject);
    if (r.unreadCount > 0)
        parts << tr("%n unread", nullptr, r.unreadCount);
    const QString owed = SlaPolicy::describe(r, now);
    if (!owed.isEmpty())
        parts << owed;
    return parts.join(QStringLiteral(", "));
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxRow &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case CustomerNameRole:
        return r.customerName;
    case Qt::AccessibleTextRole:
        return spokenSummary(r, QDateTime::currentDateTimeUtc());
    case Qt::AccessibleDescriptionRole:
        return r.customerTyping(QDateTime::currentDateTimeUtc())
                   ? tr("%1 conversation, %2, the customer is typing")
                         .arg(channelLabel(r.channel), statusLabel(r.status))
                   : tr("%1 conversation, %2, last message: %3")
                         .arg(channelLabel(r.channel), statusLabel(r.status), r.lastPreview);
    case Qt::ToolTipRole: // remote text: shown as written, never read as markup
        return HtmlText::toolTip(r.subject.isEmpty() ? r.lastPreview : r.subject);
    case IdRole:
        return r.id;
    case BackendRole:
        return r.backendId;
    case ChannelRole:
        return int(r.channel);
    case StatusRole:
        return int(r.status);
    case PriorityRole:
        return int(r.priority);
    case AssigneeRole:
        return r.assigneeRemoteId;
    case TeamRole:
        return r.teamRemoteId;
    case SubjectRole:
        return r.subject;
    case TierRole:
        return int(r.tier);
    case VerifiedRole:
        return r.customerVerified;
    case SlaDueRole:
        return r.slaDueAt;
    case CreatedRole:
        return r.createdAt;
    case LastMessageAtRole:
        return r.lastMessageAt;
    case WaitingSinceRole:
        return r.waitingSince;
    case PreviewRole:
        return r.lastPreview;
    case LastDirectionRole:
        return int(r.lastDirection);
    case UnreadRole:
        return r.unreadCount;
    case MessageCountRole:
        return r.messageCount;
    case RowRole:
        return QVariant::fromValue(r);
    default:
        return {};
    }
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "conversationId"},
                  {BackendRole, "backend"},
                  {ChannelRole, "channel"},
                  {StatusRole, "status"},
                  {PriorityRole, "priority"},
                  {AssigneeRole, "assignee"},
                  {TeamRole, "team"},
                  {SubjectRole, "subject"},
                  {CustomerNameRole, "customerName"},
                  {TierRole, "tier"},
                  {VerifiedRole, "verified"},
                  {SlaDueRole, "slaDue"},
                  {CreatedRole, "created"},
                  {LastMessageAtRole, "lastMessageAt"},
                  {WaitingSinceRole, "waitingSince"},
                  {PreviewRole, "preview"},
                  {LastDirectionRole, "lastDirection"},
                  {UnreadRole, "unread"},
                  {MessageCountRole, "messageCount"},
                  {RowRole, "row"}});
    return names;
}

} // namespace AgentDesk
