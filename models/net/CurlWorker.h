// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

typedef void CURLM;
typedef void CURL;

namespace AgentDesk {

// Runs every transfer of one HttpClient on its own thread with libcurl's multi interface: one
// connection cache (connections are reused), no Qt event loop needed (curl_multi_poll, woken by
// curl_multi_wakeup). Callbacks are invoked on the worker thread; HttpClient forwards them.
class CurlWorker final
{
public:
    struct Options
    {
        QString caFile; // extra trust anchor for a backend's own CA; verification stays on
        QByteArray userAgent;
        int retryBaseMs = 500;
    };
    using Finished = std::function<void(quint64 id, HttpResponse response)>;
    using Progress = std::function<void(quint64 id, qint64 done, qint64 total)>;

    CurlWorker(const Options &options, Finished finished, Progress progress);
    ~CurlWorker(); // cancels what is left, joins the thread
    CurlWorker(const CurlWorker &) = delete;
    CurlWorker &operator=(const CurlWorker &) = delete;

    void submit(quint64 id, HttpRequest request);
    void cancel(quint64 id);

private:
    struct Transfer;
    using Clock = std::chrono::steady_clock;

    void run();
    void start(std::unique_ptr<Transfer> transfer);
    bool setUp(Transfer &t);
    void complete(CURL *easy, int result);
    void finish(std::unique_ptr<Transfer> t, HttpResponse::Error error, const QString &message);
    void cancelNow(quint64 id);
    int msUntilNextRetry() const;

    Options m_options;
    Finished m_finished;
    Progress m_progress;
    CURLM *m_multi = nullptr;

    std::mutex m_mutex; // guards the three below
    std::deque<std::pair<quint64, HttpRequest>> m_incoming;
    std::deque<quint64> m_cancels;
    bool m_stop = false;

    // Worker thread only.
    std::unordered_map<CURL *, std::unique_ptr<Transfer>> m_active;
    std::multimap<Clock::time_point, std::unique_ptr<Transfer>> m_retries;
    std::thread m_thread;
};

} // namespace AgentDesk
