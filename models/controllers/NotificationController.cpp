// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationController.h"

#include "controllers/ConversationController.h"
#include "itemmodels/InboxModel.h"
#include "services/Backend.h"
#include "services/BackendRegistry.h"
#include "services/DirectoryService.h"

namespace AgentDesk {

using namespace Domain;

NotificationController::NotificationController(InboxModel *inbox, BackendRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_inbox(inbox)
    , m_registry(registry)
{
    qRegisterMetaType<Notification>();
    connect(m_inbox, &InboxModel::loaded, this, &NotificationController::recount);
    connect(m_inbox, &InboxModel::rowUpdated, this, &NotificationController::onRowUpdated);
    recount();
}

void NotificationController::setController(ConversationController *controller)
{
    connect(controller, &ConversationController::requested, this,
            [this](qint64 conversationId, OutboxKind kind) {
                if (kind == OutboxKind::Assign)
                    m_selfAssigned.insert(conversationId);
            });
}

void NotificationController::setPresence(Presence presence)
{
    m_presence = presence;
}

void NotificationController::setDoNotDisturb(bool on)
{
    m_dnd = on;
}

void NotificationController::setSoundEnabled(bool on)
{
    m_sound = on;
}

int NotificationController::unreadOf(const InboxRow &row)
{
    const bool active = row.status == ConversationStatus::Open || row.status == ConversationStatus::Pending;
    return row.id && active ? row.unreadCount : 0;
}

void NotificationController::recount()
{
    int total = 0;
    for (int i = 0; i < m_inbox->rowCount(); ++i)
        total += unreadOf(m_inbox->rowAt(i));
    addUnread(total - m_unread);
}

void NotificationController::addUnread(int delta)
{
    if (!delta)
        return;
    m_unread += delta;
    Q_EMIT unreadCountChanged(m_unread);
}

bool NotificationController::isMine(const InboxRow &row) const
{
    Backend *backend = m_registry->backend(row.backendId);
    DirectoryService *directory = backend ? backend->directory() : nullptr;
    return directory && !row.assigneeRemoteId.isEmpty() && row.assigneeRemoteId == directory->selfAgentId();
}

void NotificationController::onRowUpdated(const InboxRow &before, const InboxRow &after)
{
    addUnread(unreadOf(after) - unreadOf(before));

    const bool assignedNow = isMine(after) && !(before.id && isMine(before));
    const bool byMe = assignedNow && m_selfAssigned.remove(after.id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool fresh = after.lastMessageAt.isValid() && after.lastMessageAt.secsTo(now) < freshSeconds;
    const bool newMessage =
        after.lastMessageAt != before.lastMessageAt && after.lastDirection != Direction::Outbound;
    const bool active =
        after.status == ConversationStatus::Open || after.status == ConversationStatus::Pending;

    Notification n;
    n.conversationId = after.id;
    if (assignedNow && !byMe && active) {
        n.kind = Notification::Kind::Assigned;
        n.title = tr("Assigned to you: %1").arg(after.customerName);
    } else if (!before.id && fresh && active && (after.assigneeRemoteId.isEmpty() || isMine(after))) {
        n.kind = Notification::Kind::NewConversation;
        n.title = tr("New conversation: %1").arg(after.customerName);
    } else if (newMessage && fresh && !m_agentName.isEmpty() &&
               after.lastPreview.contains(QLatin1Char('@') + m_agentName, Qt::CaseInsensitive)) {
        n.kind = Notification::Kind::Mention;
        n.title = tr("%1 mentioned you").arg(after.customerName);
    } else {
        return;
    }
    n.body = after.lastPreview.isEmpty() ? after.subject : after.lastPreview;
    if (after.tier == Tier::Vip)
        n.title = tr("VIP · %1").arg(n.title);
    // The agent is looking at it, does not want to be disturbed, or is not available for work.
    if (after.id == m_watched || m_dnd || m_presence != Presence::Available)
        return;
    n.sound = m_sound;
    Q_EMIT notify(n);
}

} // namespace AgentDesk
