// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QList>
#include <QString>

class QMenu;
class QWidget;

namespace AgentDesk {

class BackendRegistry;
class ConversationController;
class DirectoryModel;
class InboxModel;

// What the agent can do to a conversation right now, as named commands: the header's menus and the
// command palette offer the same list. Every command goes through the controller (the outbox).
class ConversationActions final
{
public:
    struct Command
    {
        QString group; // "Assign", "Labels", "Priority", "Snooze", "Status"
        QString title;
        std::function<void()> run;
    };

    ConversationActions(InboxModel *inbox, ConversationController *controller, BackendRegistry *registry,
                        DirectoryModel *directory);

    QList<Command> commands(qint64 conversationId) const;
    // Replaces menu's entries with the commands of one group.
    void fillMenu(QMenu *menu, qint64 conversationId, const QString &group) const;

    // Where "New label…" asks for the name (a window-modal dialog, no nested event loop).
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    void askForNewLabel(qint64 conversationId) const;

    static QString assignGroup();
    static QString labelsGroup();
    static QString priorityGroup();
    static QString snoozeGroup();
    static QString statusGroup();

private:
    InboxModel *m_inbox;
    ConversationController *m_controller;
    BackendRegistry *m_registry;
    DirectoryModel *m_directory;
    QWidget *m_dialogParent = nullptr;
};

} // namespace AgentDesk
