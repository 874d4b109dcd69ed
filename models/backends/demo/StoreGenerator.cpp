// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreGenerator.h"

#include "DemoPhrases.h"
#include "store/StoreDatabase.h"

namespace AgentDesk {

using namespace Domain;

StoreGenerator::StoreGenerator(int conversations, quint32 seed, const QString &backendId)
    : m_population(seed)
    , m_backendId(backendId)
    , m_rng(seed)
    , m_conversations(qMax(0, conversations))
    , m_now(QDateTime::currentDateTimeUtc())
{}

ConversationStatus StoreGenerator::statusForAge(qint64 ageSeconds)
{
    const int roll = int(m_rng.bounded(1000));
    const qint64 day = 24 * 3600;
    if (ageSeconds < day)
        return roll < 350   ? ConversationStatus::Open
               : roll < 500 ? ConversationStatus::Pending
                            : ConversationStatus::Resolved;
    if (ageSeconds < 3 * day)
        return roll < 80    ? ConversationStatus::Open
               : roll < 125 ? ConversationStatus::Pending
                            : ConversationStatus::Resolved;
    return roll < 2 ? ConversationStatus::Open : ConversationStatus::Resolved;
}

EventBatch StoreGenerator::directory() const
{
    EventBatch b{m_backendId, {}, {}};
    for (const Team &t : m_population.teams())
        b.events.append(t);
    for (const Agent &a : m_population.agents())
        b.events.append(a);
    for (const Customer &c : m_population.customers())
        b.events.append(c);
    return b;
}

EventBatch StoreGenerator::batch(int first, int count, int messagesPerConversation)
{
    EventBatch b{m_backendId, {}, {}};
    b.events.reserve(count * (messagesPerConversation + 1));
    const auto &customers = m_population.customers();
    const QString agent = m_population.agents().first().name;
    for (int n = first; n < first + count; ++n) {
        const Customer &customer = customers[m_rng.bounded(int(customers.size()))];
        const Product &product = customer.products[m_rng.bounded(int(customer.products.size()))];
        // Oldest first, so ids and times grow together as in real use; the newest began half an
        // hour ago.
        const qint64 age =
            qint64(m_conversations - n) * arrivalSeconds + 1800 - m_rng.bounded(arrivalSeconds);
        QDateTime at = m_now.addSecs(-age);
        Conversation c;
        c.remoteId = QStringLiteral("gen-%1.%2").arg(n).arg(customer.remoteId);
        c.customerRemoteId = customer.remoteId;
        c.channel = Channel(m_rng.bounded(int(Channel::Social) + 1));
        c.status = statusForAge(age);
        c.subject = DemoPhrases::subject(customer, product);
        c.createdAt = at;
        c.updatedAt = at;
        b.events.append(c);
        for (int k = 0; k < messagesPerConversation; ++k) {
            const bool inbound = k % 2 == 0;
            Message m;
            m.remoteId = QStringLiteral("gm-%1-%2").arg(n).arg(k);
            m.conversationRemoteId = c.remoteId;
            m.direction = inbound ? Direction::Inbound : Direction::Outbound;
            m.authorName = inbound ? customer.name : agent;
            m.text = k == 0    ? DemoPhrases::opening(m_rng, customer, product)
                     : inbound ? DemoPhrases::answer(m_rng, customer, product, QString())
                               : DemoPhrases::agentReply(m_rng, customer, product);
            m.sentAt = qMin(at, m_now); // a very long conversation stops at now, not in the future
            m.delivery = DeliveryState::Delivered;
            b.events.append(m);
            at = at.addSecs(20 + m_rng.bounded(200));
        }
    }
    return b;
}

qint64 StoreGenerator::generate(StoreDatabase &db, int messagesPerConversation,
                                const std::function<void(int)> &progress)
{
    const int conversations = m_conversations;
    db.applyBatch(directory());
    const int step = 2000;
    qint64 messages = 0;
    for (int first = 0; first < conversations; first += step) {
        const int count = qMin(step, conversations - first);
        db.applyBatch(batch(first, count, messagesPerConversation));
        messages += qint64(count) * messagesPerConversation;
        if (progress)
            progress(first + count);
    }
    return messages;
}

} // namespace AgentDesk
