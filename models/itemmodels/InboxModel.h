#pragma once

#include "store/InboxRow.h"
#include "store/StoreChanges.h"

#include <QAbstractListModel>
#include <QHash>

namespace AgentDesk {

class Store;

// Every conversation of every backend, one row each, refreshed row by row from store changes.
// Unsorted: InboxFilterModel orders and filters it for views.
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

    void reload(); // then loaded()
    bool isLoaded() const { return m_loaded; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const InboxRow *rowById(qint64 id) const;
    const InboxRow &rowAt(int row) const { return m_rows[row]; }
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }

    // Every label in use, sorted; for pickers and the label views.
    QStringList labels() const { return m_labels; }

Q_SIGNALS:
    void loaded();
    void labelsChanged();
    // One row as it was and as it is now; before.id is 0 for a new row. Not sent for reloads.
    void rowUpdated(const AgentDesk::InboxRow &before, const AgentDesk::InboxRow &after);

private:
    void onStoreChanged(const StoreChanges &changes);
    void upsert(const QList<InboxRow> &rows);
    void updateLabels();

    Store *m_store;
    QList<InboxRow> m_rows;
    QStringList m_labels;
    QHash<qint64, int> m_rowById;
    bool m_loaded = false;
    int m_generation = 0; // drops answers to refreshes that a reload superseded
};

} // namespace AgentDesk
