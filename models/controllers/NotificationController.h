// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Domain.h"
#include "store/InboxRow.h"

#include <QObject>
#include <QSet>

namespace AgentDesk {

class BackendRegistry;
class ConversationController;
class InboxModel;

// Decides what deserves the agent's attention: the unread count for the tray, and a desktop
// notification (with sound when wanted) for a new conversation for them, one newly assigned to
// them by someone else, or a message that mentions them. Quiet while the agent is not Available or
// has do-not-disturb on, and for the conversation they are looking at.
class NotificationController final : public QObject
{
    Q_OBJECT

public:
    struct Notification
    {
        enum class Kind
        {
            NewConversation,
            Assigned,
            Mention
        };
        Kind kind = Kind::NewConversation;
        qint64 conversationId = 0;
        QString title;
        QString body;
        bool sound = false;
    };

    NotificationController(InboxModel *inbox, BackendRegistry *registry, QObject *parent = nullptr);

    // The agent's own assignments are not news to them.
    void setController(ConversationController *controller);
    void setPresence(Domain::Presence presence);
    void setDoNotDisturb(bool on);
    bool doNotDisturb() const { return m_dnd; }
    void setSoundEnabled(bool on);
    bool soundEnabled() const { return m_sound; }
    // The conversation on screen in the active window (0: none): nothing to announce about it.
    void setWatchedConversation(qint64 conversationId) { m_watched = conversationId; }
    void setAgentName(const QString &name) { m_agentName = name; }

    // Unread messages in conversations still to work on (open, pending).
    int unreadCount() const { return m_unread; }

    // Only news is announced: a row whose last message is older than this is history (catch-up).
    static constexpr int freshSeconds = 120;

Q_SIGNALS:
    void unreadCountChanged(int count);
    void notify(const AgentDesk::NotificationController::Notification &notification);

private:
    void recount();
    void onRowUpdated(const InboxRow &before, const InboxRow &after);
    void addUnread(int delta);
    bool isMine(const InboxRow &row) const;
    static int unreadOf(const InboxRow &row);

    InboxModel *m_inbox;
    BackendRegistry *m_registry;
    Domain::Presence m_presence = Domain::Presence::Available;
    bool m_dnd = false;
    bool m_sound = true;
    qint64 m_watched = 0;
    QString m_agentName;
    int m_unread = 0;
    QSet<qint64> m_selfAssigned; // assignments the agent made, not to be announced back to them
};

} // namespace AgentDesk

Q_DECLARE_METATYPE(AgentDesk::NotificationController::Notification)
