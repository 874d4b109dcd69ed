// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InboxView.h"
#include "store/ArchiveFilter.h"
#include "store/InboxRow.h"

#include <optional>

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

namespace AgentDesk {

// Orders the inbox by what is owed (see precedes(): a waiting customer first, then the earliest
// due; what nothing is owed on, latest first) and filters it through an InboxView plus the
// quick-filter text. For views of resolved conversations it asks the inbox for archived ones.
class InboxFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InboxFilterModel(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;

    // Default: all open work (InboxView's defaults).
    void setView(const InboxView &view);
    InboxView view() const { return m_view; }
    // The quick filter typed over whatever view is shown.
    void setText(const QString &text);
    QString text() const { return m_text; }
    // Who "Me" is on each backend: backend id -> the signed-in agent's id there.
    void setSelfAgents(const QHash<QString, QString> &selfAgents);

    // Priority order: true when left comes before right.
    static bool precedes(const InboxRow &left, const InboxRow &right);
    bool accepts(const InboxRow &row) const;
    // What the store is asked for archived conversations (views of resolved ones), none otherwise.
    std::optional<ArchiveFilter> archiveFilter() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void filterChanged();
    static bool matches(const InboxRow &row, const QStringMatcher &folded);

    InboxView m_view;
    QString m_text;
    // The view's text and the quick filter's, case-folded, each searched for in InboxRow::filterText.
    QStringMatcher m_viewText;
    QStringMatcher m_quickText;
    QHash<QString, QString> m_selfAgents;
};

} // namespace AgentDesk
