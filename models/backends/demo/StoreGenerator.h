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
// trying the app on a large inbox. Deterministic for a seed.
class StoreGenerator final
{
public:
    explicit StoreGenerator(quint32 seed = 7, const QString &backendId = QStringLiteral("demo"));

    // Events for conversations [first, first + count): the conversation, then its messages.
    EventBatch batch(int first, int count, int messagesPerConversation);
    EventBatch directory() const;

    // Writes conversations in batches; progress(done) after each. Returns the messages written.
    qint64 generate(StoreDatabase &db, int conversations, int messagesPerConversation = 10,
                    const std::function<void(int)> &progress = {});

private:
    DemoPopulation m_population;
    QString m_backendId;
    QRandomGenerator m_rng;
    QDateTime m_start;
};

} // namespace AgentDesk
