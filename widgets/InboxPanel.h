// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/InboxView.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace AgentDesk {

class DirectoryModel;
class InboxFilterModel;

// The unified inbox: a view selector (built-in views, one per channel and team, the agent's saved
// filters), a quick filter and the prioritised list.
class InboxPanel final : public QWidget
{
    Q_OBJECT

public:
    InboxPanel(InboxFilterModel *model, DirectoryModel *directory, const QList<InboxView> &savedViews,
               QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QComboBox *viewSelector() const { return m_views; }
    QLineEdit *filterEdit() const { return m_filter; }
    qint64 currentConversation() const;
    // Selects it in the list; false when the current view does not show it.
    bool selectConversation(qint64 conversationId);
    // No row is current (a conversation this view does not show is open), without announcing it.
    void clearCurrent();
    // The conversation the agent has open, wherever it was opened from (a search hit, the palette).
    void setOpenConversation(qint64 conversationId);
    qint64 openConversation() const { return m_open; }
    // Moves the selection by delta rows (keyboard navigation from anywhere in the window).
    void moveSelection(int delta);
    QList<InboxView> savedViews() const { return m_saved; }
    // The view selector's entries, in order (without separators).
    QList<InboxView> views() const { return m_entries; }
    void showView(int entry);
    // The current view and quick filter kept under a name; replaces a saved view of that name.
    void saveCurrentView(const QString &name);
    void deleteSavedView(const QString &name);

Q_SIGNALS:
    void conversationSelected(qint64 conversationId);
    void savedViewsChanged(const QList<AgentDesk::InboxView> &views);
    // The open conversation is (no longer) among the rows of the current view.
    void openOutsideViewChanged(bool outside);

private:
    void rebuildViews();
    void applyCurrentView();
    void askToSaveView();
    bool showsOpen() const;

    InboxFilterModel *m_model;
    DirectoryModel *m_directory;
    QList<InboxView> m_saved;
    QList<InboxView> m_entries; // parallel to the selector's selectable items (their data)
    QComboBox *m_views;
    QToolButton *m_viewMenu;
    QLineEdit *m_filter;
    QListView *m_view;
    QTimer *m_clock;
    qint64 m_open = 0; // the conversation the agent has open
    bool m_openedFirst = false;
    bool m_quiet = false;
};

} // namespace AgentDesk
