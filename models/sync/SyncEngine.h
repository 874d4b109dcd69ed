// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackendEvent.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace AgentDesk {

class Backend;
class Store;

// Takes typed events from every backend, drops malformed ones with a clear reason, coalesces
// bursts into batches and hands them to the store, which applies each batch and its cursor in
// one transaction. Starting a backend resumes it from its stored cursor.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(Store *store, QObject *parent = nullptr);

    // Listens to the backend and starts it from its stored cursor.
    void attach(Backend *backend);
    void submit(const EventBatch &batch);
    void flush();

    void setMaxBatchSize(int events) { m_maxBatch = events; }
    int pendingEvents() const;

Q_SIGNALS:
    void eventRejected(const QString &backendId, const QString &reason);

private:
    Store *m_store;
    QHash<QString, EventBatch> m_pending; // per backend, in arrival order
    QStringList m_order;                  // backends in the order their first pending event came
    QTimer m_flushTimer;
    int m_maxBatch = 5000;
};

} // namespace AgentDesk
