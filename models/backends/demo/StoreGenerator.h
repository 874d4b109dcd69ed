// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoPopulation.h"
#include "sync/BackendEvent.h"

#include <functional>
#include <QRandomGenerator>

namespace AgentDesk {

class StoreDatabase;

// Fills a store with N realistic conversations (about ten messages each) for benchmarks and for
// trying the app on a large inbox. Deterministic for a seed (times are relative to "now").
//
// Dated as a real centre's history: conversations arrive one a minute on average (a mid-sized
// centre, 1,440 a day) up to half an hour ago, so 100k reach back 69 days and 1M 1.9 years. The
// backlog is recent: of the last day's conversations about half are still open or pending, of the
// two days before one in eight, of older ones one in five hundred (escalations); the rest are
// resolved. Whatever the size, about 10k conversations are active (see InboxScope).
class StoreGenerator final
{
public:
    static constexpr int arrivalSeconds = 60;

    // conversations: how many the whole history holds (it sets how far back it reaches).
    explicit StoreGenerator(int conversations, quint32 seed = 7,
                            const QString &backendId = QStringLiteral("demo"));

    // Events for conversations [first, first + count): the conversation, then its messages.
    EventBatch batch(int first, int count, int messagesPerConversation);
    EventBatch directory() const;

    // Writes every conversation in batches; progress(done) after each. Returns the messages written.
    qint64 generate(StoreDatabase &db, int messagesPerConversation = 10,
                    const std::function<void(int)> &progress = {});
    int conversations() const { return m_conversations; }
    // What the history holds for a conversation created this long ago (seconds), for the tests.
    Domain::ConversationStatus statusForAge(qint64 ageSeconds);

private:
    DemoPopulation m_population;
    QString m_backendId;
    QRandomGenerator m_rng;
    int m_conversations;
    QDateTime m_now;
};

} // namespace AgentDesk
