// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

namespace AgentDesk {

HttpClient::HttpClient(const Options &options, QObject *parent)
    : QObject(parent)
{
    Options o = options;
    if (o.userAgent.isEmpty())
        o.userAgent = QByteArrayLiteral("AgentDesk/" AGENTDESK_VERSION);
    // The worker calls back on its own thread; hop to ours. Events posted to this object are
    // dropped with it, and the worker is joined before it.
    m_worker = std::make_unique<CurlWorker>(
        o,
        [this](quint64 id, HttpResponse response) {
            QMetaObject::invokeMethod(
                this, [this, id, response = std::move(response)] { onFinished(id, response); },
                Qt::QueuedConnection);
        },
        [this](quint64 id, qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, id, done, total] { onProgress(id, done, total); }, Qt::QueuedConnection);
        });
}

HttpClient::~HttpClient()
{
    m_worker.reset();
}

quint64 HttpClient::send(HttpRequest request, QObject *context, Done done, Progress progress)
{
    Q_ASSERT(context && context->thread() == thread());
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending{context, std::move(done), std::move(progress)});
    m_worker->submit(id, std::move(request));
    return id;
}

void HttpClient::cancel(quint64 id)
{
    if (m_pending.contains(id))
        m_worker->cancel(id);
}

void HttpClient::onFinished(quint64 id, const HttpResponse &response)
{
    const Pending pending = m_pending.take(id);
    if (pending.context && pending.done)
        pending.done(response);
}

void HttpClient::onProgress(quint64 id, qint64 done, qint64 total)
{
    const auto it = m_pending.constFind(id);
    if (it != m_pending.cend() && it->context && it->progress)
        it->progress(done, total);
}

} // namespace AgentDesk
