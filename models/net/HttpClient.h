// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CurlWorker.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace AgentDesk {

// Asynchronous HTTP for every HTTP backend: libcurl's multi interface on a worker thread, never
// the GUI thread. Connections are reused, responses decompressed, proxies taken from the
// environment, TLS always verified; idempotent requests are retried with backoff. Results come
// back on the caller's thread through callbacks bound to a context object.
class HttpClient final : public QObject
{
    Q_OBJECT

public:
    using Options = CurlWorker::Options;
    using Done = std::function<void(const HttpResponse &)>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit HttpClient(const Options &options = {}, QObject *parent = nullptr);
    ~HttpClient() override;

    // Returns an id for cancel(). done is called exactly once unless context is destroyed first.
    quint64 send(HttpRequest request, QObject *context, Done done, Progress progress = {});
    void cancel(quint64 id);
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        QPointer<QObject> context;
        Done done;
        Progress progress;
    };

    void onFinished(quint64 id, const HttpResponse &response);
    void onProgress(quint64 id, qint64 done, qint64 total);

    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    std::unique_ptr<CurlWorker> m_worker; // last member: stopped first on destruction
};

} // namespace AgentDesk
