// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Domain.h"
#include "sla/SlaPolicy.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace AgentDesk {

// One line of the unified inbox: a conversation joined with its customer and a summary of its
// messages, kept by the store so the inbox never reads messages.
struct InboxRow
{
    qint64 id = 0;
    QString backendId;
    QString remoteId;
    Domain::Channel channel = Domain::Channel::WebChat;
    Domain::ConversationStatus status = Domain::ConversationStatus::Open;
    Domain::Priority priority = Domain::Priority::Normal;
    QString assigneeRemoteId;
    QString teamRemoteId;
    QString subject;
    QString customerRemoteId;
    QString customerName;
    Domain::Tier tier = Domain::Tier::Standard;
    bool customerVerified = false;
    QDateTime slaDueAt;
    QDateTime createdAt;
    QDateTime lastMessageAt;
    QDateTime waitingSince; // first inbound message not yet answered; invalid when answered
    QDateTime firstReplyAt; // the agents' first reply; invalid while nobody has answered
    // What is owed now and by when (SlaPolicy::apply, from the fields above).
    SlaPolicy::Owed owed = SlaPolicy::Owed::Nothing;
    QDateTime owedBy;
    QString lastPreview;
    Domain::Direction lastDirection = Domain::Direction::Inbound;
    int unreadCount = 0;
    int messageCount = 0;
    QDateTime customerTypingAt; // the customer is typing since; invalid when not
    QDateTime snoozedUntil;     // a snoozed conversation comes back then
    QStringList labels;         // sorted, case-insensitively unique
    // What the quick filter looks in: customer, subject, last message and labels, case-folded, a
    // line each. Made with the row on the store's thread, so a key typed into the filter folds
    // only itself.
    QString filterText;
    void updateFilterText()
    {
        const QString all = customerName + QLatin1Char('\n') + subject + QLatin1Char('\n') + lastPreview +
                            QLatin1Char('\n') + labels.join(QLatin1Char('\n'));
        filterText = all.toCaseFolded();
    }
    // Typing that went quiet this long ago without a word is stale (a closed app sends no "paused").
    static constexpr int typingStaleSeconds = 30;
    bool customerTyping(const QDateTime &now) const
    {
        return customerTypingAt.isValid() && customerTypingAt.secsTo(now) < typingStaleSeconds;
    }
    friend bool operator==(const InboxRow &, const InboxRow &) = default;
};

// Resolved conversations that have been quiet for a while are archived: the inbox holds only the
// active ones and reads archived ones when a view, a search hit or a customer's history asks.
enum class InboxScope
{
    All,
    Unresolved,       // not resolved: what every view but Resolved shows
    RecentlyResolved, // resolved, with activity since the cut-off
    Archived,         // resolved and quiet since before the cut-off
};

struct SearchHit
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString customerName;
    Domain::Channel channel = Domain::Channel::WebChat;
    QString excerpt;
    QDateTime sentAt;
    QStringList terms; // what to highlight
};

} // namespace AgentDesk

Q_DECLARE_METATYPE(AgentDesk::InboxRow)
