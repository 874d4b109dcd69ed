// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace AgentDesk {

// Ctrl+K: type a few letters of an action or a customer, Enter runs it. Actions of the window and
// of the open conversation, plus the conversations whose customer or subject match.
class CommandPalette final : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString title;
        QString hint; // a shortcut or where it belongs, shown beside the title
        std::function<void()> run;
    };
    // Entries that depend on what was typed (conversations by name), at most `limit`.
    using Source = std::function<QList<Entry>(const QString &text, int limit)>;

    explicit CommandPalette(QWidget *parent = nullptr);

    // Opens with these entries (the state of the window now) and an empty query.
    void popup(const QList<Entry> &entries, Source source = {});
    QLineEdit *edit() const { return m_edit; }
    QListView *list() const { return m_list; }
    // The titles shown now, in order.
    QStringList shownTitles() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter(const QString &text);
    void runCurrent();
    void addEntries(const QList<Entry> &entries, bool dynamic);

    QLineEdit *m_edit;
    QListView *m_list;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QList<std::function<void()>> m_runs; // by the row's run index
    Source m_source;
    int m_fixedRows = 0;
};

} // namespace AgentDesk
