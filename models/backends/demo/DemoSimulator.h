// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoPopulation.h"
#include "sync/BackendEvent.h"

#include <QRandomGenerator>

namespace AgentDesk {

// The demo's live traffic: new chats on several channels, follow-ups, impatient customers,
// product alerts, teammates' presence, and customers answering the agent. Deterministic: the same
// seed stepped at the same times yields the same events.
class DemoSimulator final
{
public:
    DemoSimulator(const DemoPopulation &population, quint32 seed);

    // Opaque position to resume from after a restart without reusing ids.
    QString cursor() const;
    bool restore(const QString &cursor);

    QList<BackendEvent> directory() const;
    // Conversations from the past hours, as a first start would find them.
    QList<BackendEvent> backlog(const QDateTime &now, int conversations);
    // One tick of live traffic; chatsPerMinute is the average rate of new conversations.
    QList<BackendEvent> step(const QDateTime &now, int tickMs, double chatsPerMinute);
    // The customer's reaction to the agent's reply.
    QList<BackendEvent> answer(const QString &conversationRemoteId, const QString &agentText,
                               const QDateTime &now);
    QString nextMessageId();
    // The agent answered: the customer stops being impatient until they write again.
    void agentReplied(const QString &conversationRemoteId);

    int liveConversations() const { return int(m_live.size()); }
    int waitingConversations() const;

    // Conversation ids carry their customer so answers work for conversations of earlier runs.
    static QString customerOf(const QString &conversationRemoteId);

private:
    struct Live
    {
        QString remoteId;
        QString customerId;
        int product = 0;
        QDateTime lastInbound;
        bool waiting = true;
        int nudges = 0;
    };

    Conversation newConversation(const Customer &customer, const QDateTime &createdAt,
                                 Domain::Channel channel);
    // A customer's picture, voice note, video or document, percent of the time; wanted: the kind the
    // agent asked for ("send a photo"), which then always comes.
    void maybeAttach(Message &m, const Product &product, int percent, const QString &agentText = {});
    Message message(const QString &conversationRemoteId, Domain::Direction direction, const QString &author,
                    const QString &text, const QDateTime &at);
    Domain::Channel channelFor(const Customer &customer);
    const Customer &randomCustomer();

    const DemoPopulation &m_population;
    quint32 m_seed;
    QRandomGenerator m_rng;
    qint64 m_nextConversation = 1;
    qint64 m_nextMessage = 1;
    qint64 m_nextAlert = 1;
    QList<Live> m_live;
};

} // namespace AgentDesk
