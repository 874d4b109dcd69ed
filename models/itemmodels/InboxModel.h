// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ArchiveFilter.h"
#include "store/InboxRow.h"
#include "store/StoreChanges.h"

#include <optional>
#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace AgentDesk {

class Store;

// The conversations of every backend, one row each, refreshed row by row from store changes.
// Unsorted: InboxFilterModel orders and filters it for views. It holds the active ones (see
// InboxScope): archived ones are read when asked for, so a store of years stays light in memory:
// a page at a time for a view of resolved conversations (setArchiveFilter), one row for a search
// hit (ensureRow), a customer's for their history (ensureCustomer).
class InboxModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        BackendRole,
        ChannelRole,
        StatusRole,
        PriorityRole,
        AssigneeRole,
        TeamRole,
        SubjectRole,
        CustomerNameRole,
        TierRole,
        VerifiedRole,
        SlaDueRole,
        CreatedRole,
        LastMessageAtRole,
        WaitingSinceRole,
        PreviewRole,
        LastDirectionRole,
        UnreadRole,
        MessageCountRole,
        RowRole, // the whole InboxRow, for delegates
    };
    Q_ENUM(Role)

    explicit InboxModel(Store *store, QObject *parent = nullptr);

    // A resolved conversation quiet this long is archived.
    static constexpr int archiveAfterDays = 7;

    // Conversations not resolved come in first (the first paint), then those resolved within the
    // cut-off; then loaded().
    void reload();
    bool isLoaded() const { return m_loaded; }
    // Rows per page of archived conversations.
    static constexpr int archivePageSize = 100;
    // The archived conversations a view of resolved ones shows, newest activity first: the first
    // page now, the next each time the list asks for more (fetchMore: scrolled to its end). A new
    // filter replaces the rows of the last one once its first page is read; none drops them.
    void setArchiveFilter(const std::optional<ArchiveFilter> &filter);
    std::optional<ArchiveFilter> archiveFilter() const { return m_archiveFilter; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    bool isArchiveLoading() const { return m_archiveLoading; }
    // Every archived conversation of the filter is here.
    bool isArchiveComplete() const { return m_archiveEnd; }
    // How many rows are here only for the archive's pages.
    int archivedRowCount() const { return int(m_windowOnly.size()); }
    // Adds one conversation that is not here (an archived one opened from a search hit) and all
    // conversations of a customer (their history). Rows come as rowsInserted, and are kept.
    void ensureRow(qint64 id);
    void ensureCustomer(const QString &backendId, const QString &customerRemoteId);
    int rowCount(const QModelIndex &parent = {}) const override;
    // "Priya Young, VIP, Helix Router issue, 2 unread, Reply 4 min over": the row as spoken.
    static QString spokenSummary(const InboxRow &row, const QDateTime &now);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const InboxRow *rowById(qint64 id) const;
    const InboxRow &rowAt(int row) const { return m_rows[row]; }
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }

    // Every label in use, sorted; for pickers and the label views.
    QStringList labels() const { return m_labels; }

Q_SIGNALS:
    void loaded();
    void archivePageLoaded();
    void labelsChanged();
    // One row as it was and as it is now; before.id is 0 for a new row. Not sent for reloads.
    void rowUpdated(const AgentDesk::InboxRow &before, const AgentDesk::InboxRow &after);

private:
    void onStoreChanged(const StoreChanges &changes);
    // announce: rows new to the store (rowUpdated), not archived ones read on demand.
    void upsert(const QList<InboxRow> &rows, bool announce = true);
    void readRecentlyResolved(int generation);
    void fetchRows(const QList<qint64> &ids, bool announce);
    QDateTime archiveCutoff() const;
    bool isArchived(const InboxRow &row) const;
    void requestArchivePage();
    void addArchivePage(const QList<InboxRow> &rows, bool first);
    void removeIds(const QSet<qint64> &ids);
    void updateLabels();

    Store *m_store;
    QList<InboxRow> m_rows;
    QStringList m_labels;
    QHash<qint64, int> m_rowById;
    bool m_loaded = false;    // every active row is in
    bool m_following = false; // the first read is in: store changes are followed
    std::optional<ArchiveFilter> m_archiveFilter;
    ArchiveKey m_archiveKey; // where the next page starts
    bool m_archiveLoading = false;
    bool m_archiveEnd = false;
    int m_archiveGeneration = 0;     // drops pages of a filter that was replaced
    QSet<qint64> m_windowOnly;       // rows here only for the archive's pages
    QSet<QString> m_customersLoaded; // "backend\x1fcustomer"
    QSet<qint64> m_requested;        // ensureRow()s under way
    int m_generation = 0;            // drops answers to refreshes that a reload superseded
};

} // namespace AgentDesk
