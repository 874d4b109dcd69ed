// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CurlWorker.h"

#include "text/Translate.h"

#include <curl/curl.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHttp, "agentdesk.http")

namespace AgentDesk {

namespace {

QString tr(const char *text)
{
    return translateIn("AgentDesk::CurlWorker", text);
}

bool retryableStatus(int status)
{
    return status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
}

bool retryableError(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return true;
    default:
        return false;
    }
}

} // namespace

struct CurlWorker::Transfer
{
    quint64 id = 0;
    HttpRequest request;
    CURL *easy = nullptr;
    curl_slist *headerList = nullptr;
    curl_mime *mime = nullptr;
    HttpResponse response;
    std::unique_ptr<QFile> file;
    std::unique_ptr<QFile> upload; // read by libcurl on this thread
    bool fileFailed = false;
    qint64 resumeFrom = 0;    // bytes of the .part file kept from an earlier attempt
    bool discardPart = false; // the server refused the range: start over next time
    bool errorBody = false;   // an HTTP error's page: kept in memory, never in the file
    char errorBuffer[CURL_ERROR_SIZE] = {};
    std::chrono::steady_clock::time_point lastProgress;
    Progress *progress = nullptr;

    ~Transfer() { release(); }
    void release()
    {
        if (easy)
            curl_easy_cleanup(easy);
        easy = nullptr;
        curl_slist_free_all(headerList);
        headerList = nullptr;
        curl_mime_free(mime);
        mime = nullptr;
    }

    static size_t onRead(char *buffer, size_t size, size_t count, void *self)
    {
        auto *t = static_cast<Transfer *>(self);
        const qint64 n = t->upload->read(buffer, qint64(size * count));
        return n < 0 ? CURL_READFUNC_ABORT : size_t(n);
    }

    static size_t onBody(char *data, size_t size, size_t count, void *self)
    {
        auto *t = static_cast<Transfer *>(self);
        const qint64 n = qint64(size * count);
        if (t->file && !t->errorBody) {
            if (t->file->write(data, n) != n) {
                t->fileFailed = true;
                return 0; // aborts the transfer
            }
        } else {
            t->response.body.append(data, n);
        }
        return size_t(n);
    }

    static size_t onHeader(char *data, size_t size, size_t count, void *self)
    {
        auto *t = static_cast<Transfer *>(self);
        const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
        if (line.startsWith("HTTP/")) {
            t->response.headers.clear(); // a new response (after a redirect or 100 Continue)
            const int status = line.split(' ').value(1).toInt();
            t->errorBody = status >= 300;
            t->discardPart = status == 416;
        } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
            t->response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        return size * count;
    }

    static int onProgress(void *self, curl_off_t dlTotal, curl_off_t dlNow, curl_off_t ulTotal,
                          curl_off_t ulNow)
    {
        auto *t = static_cast<Transfer *>(self);
        const auto now = std::chrono::steady_clock::now();
        if (now - t->lastProgress < std::chrono::milliseconds(100) || !t->progress || !*t->progress)
            return 0;
        t->lastProgress = now;
        const bool upload =
            !t->request.multipart.isEmpty() || !t->request.body.isEmpty() || !t->request.uploadPath.isEmpty();
        if (upload && ulTotal > 0 && ulNow < ulTotal)
            (*t->progress)(t->id, ulNow, ulTotal);
        else if (dlNow > 0) // a resumed download counts what it already had
            (*t->progress)(t->id, t->resumeFrom + dlNow, dlTotal > 0 ? t->resumeFrom + dlTotal : 0);
        return 0;
    }
};

CurlWorker::CurlWorker(const Options &options, Finished finished, Progress progress)
    : m_options(options)
    , m_finished(std::move(finished))
    , m_progress(std::move(progress))
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, 6L);
    m_thread = std::thread([this] { run(); });
}

CurlWorker::~CurlWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    curl_multi_wakeup(m_multi);
    m_thread.join();
    for (auto &[easy, t] : m_active)
        curl_multi_remove_handle(m_multi, easy);
    m_active.clear();
    m_retries.clear();
    curl_multi_cleanup(m_multi);
}

void CurlWorker::submit(quint64 id, HttpRequest request)
{
    {
        std::lock_guard lock(m_mutex);
        m_incoming.emplace_back(id, std::move(request));
    }
    curl_multi_wakeup(m_multi);
}

void CurlWorker::cancel(quint64 id)
{
    {
        std::lock_guard lock(m_mutex);
        m_cancels.push_back(id);
    }
    curl_multi_wakeup(m_multi);
}

void CurlWorker::run()
{
    while (true) {
        std::deque<std::pair<quint64, HttpRequest>> incoming;
        std::deque<quint64> cancels;
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                return;
            incoming.swap(m_incoming);
            cancels.swap(m_cancels);
        }
        for (auto &[id, request] : incoming) {
            auto t = std::make_unique<Transfer>();
            t->id = id;
            t->request = std::move(request);
            t->progress = &m_progress;
            start(std::move(t));
        }
        for (const quint64 id : cancels)
            cancelNow(id);
        const auto now = Clock::now();
        while (!m_retries.empty() && m_retries.begin()->first <= now) {
            auto t = std::move(m_retries.begin()->second);
            m_retries.erase(m_retries.begin());
            start(std::move(t));
        }

        int running = 0;
        curl_multi_perform(m_multi, &running);
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(m_multi, &queued))
            if (msg->msg == CURLMSG_DONE)
                complete(msg->easy_handle, msg->data.result);
        curl_multi_poll(m_multi, nullptr, 0, msUntilNextRetry(), nullptr);
    }
}

int CurlWorker::msUntilNextRetry() const
{
    if (m_retries.empty())
        return 1000;
    const auto wait =
        std::chrono::duration_cast<std::chrono::milliseconds>(m_retries.begin()->first - Clock::now());
    return int(std::clamp<qint64>(wait.count(), 0, 1000));
}

void CurlWorker::start(std::unique_ptr<Transfer> t)
{
    if (!t->request.url.isValid() || (t->request.url.scheme() != QLatin1String("http") &&
                                      t->request.url.scheme() != QLatin1String("https"))) {
        const QString message = tr("\"%1\" is not an http or https address.").arg(t->request.url.toString());
        finish(std::move(t), HttpResponse::Error::InvalidRequest, message);
        return;
    }
    if (!setUp(*t)) {
        const QString message = t->response.errorString;
        finish(std::move(t), HttpResponse::Error::File, message);
        return;
    }
    ++t->response.attempts;
    CURL *easy = t->easy;
    curl_multi_add_handle(m_multi, easy);
    m_active.emplace(easy, std::move(t));
}

bool CurlWorker::setUp(Transfer &t)
{
    t.release();
    t.response.body.clear();
    t.response.headers.clear();
    t.response.status = 0;
    t.errorBuffer[0] = 0;
    t.fileFailed = false;
    const HttpRequest &r = t.request;
    if (!r.downloadPath.isEmpty()) {
        // Written beside the target and renamed when complete: a failed download leaves no half file.
        QDir().mkpath(QFileInfo(r.downloadPath).absolutePath());
        t.file = std::make_unique<QFile>(r.downloadPath + QStringLiteral(".part"));
        t.resumeFrom = r.resumable && t.file->exists() ? t.file->size() : 0;
        t.discardPart = false;
        t.errorBody = false;
        if (!t.file->open(t.resumeFrom > 0 ? QIODevice::Append
                                           : QIODevice::WriteOnly | QIODevice::Truncate)) {
            t.response.errorString =
                tr("Cannot write the download to %1: %2").arg(r.downloadPath, t.file->errorString());
            return false;
        }
    }
    CURL *e = curl_easy_init();
    t.easy = e;
    const QByteArray url = r.url.toEncoded();
    curl_easy_setopt(e, CURLOPT_URL, url.constData()); // libcurl copies strings it is given
    curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.errorBuffer);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Transfer::onBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, &Transfer::onProgress);
    curl_easy_setopt(e, CURLOPT_XFERINFODATA, &t);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    if (t.resumeFrom > 0)
        curl_easy_setopt(e, CURLOPT_RESUME_FROM_LARGE, curl_off_t(t.resumeFrom));
    // Every encoding libcurl decodes (gzip, br, zstd); not for resumable downloads, whose ranges
    // count bytes of the file itself.
    if (!r.resumable)
        curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(r.connectTimeoutMs));
    if (r.downloadPath.isEmpty()) {
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(r.timeoutMs));
    } else { // a large download may take long; a stalled one may not
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, long(qMax(1, r.timeoutMs / 1000)));
    }
    // TLS: always verified. A backend's own CA is added, never a way around verification.
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_options.caFile.isEmpty())
        curl_easy_setopt(e, CURLOPT_CAINFO, QFile::encodeName(m_options.caFile).constData());
    if (!m_options.userAgent.isEmpty())
        curl_easy_setopt(e, CURLOPT_USERAGENT, m_options.userAgent.constData());
    // Proxies come from the environment (http_proxy, https_proxy, no_proxy), as libcurl reads them.
    const bool safe = r.method == HttpRequest::Method::Get || r.method == HttpRequest::Method::Head;
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, safe && r.followRedirects ? 1L : 0L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, 5L);

    switch (r.method) {
    case HttpRequest::Method::Get:
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
        break;
    case HttpRequest::Method::Head:
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
        break;
    default:
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, r.methodName().constData());
        break;
    }
    if (!r.multipart.isEmpty()) {
        t.mime = curl_mime_init(e);
        for (const MultipartPart &p : r.multipart) {
            curl_mimepart *part = curl_mime_addpart(t.mime);
            curl_mime_name(part, p.name.constData());
            if (!p.filePath.isEmpty()) {
                if (curl_mime_filedata(part, QFile::encodeName(p.filePath).constData()) != CURLE_OK) {
                    t.response.errorString = tr("Cannot read %1 for the upload.").arg(p.filePath);
                    return false;
                }
            } else {
                curl_mime_data(part, p.data.constData(), size_t(p.data.size()));
            }
            if (!p.fileName.isEmpty())
                curl_mime_filename(part, p.fileName.toUtf8().constData());
            if (!p.contentType.isEmpty())
                curl_mime_type(part, p.contentType.constData());
        }
        curl_easy_setopt(e, CURLOPT_MIMEPOST, t.mime);
    } else if (!r.uploadPath.isEmpty()) {
        t.upload = std::make_unique<QFile>(r.uploadPath);
        if (!t.upload->open(QIODevice::ReadOnly)) {
            t.response.errorString =
                tr("Cannot read %1 for the upload: %2").arg(r.uploadPath, t.upload->errorString());
            return false;
        }
        curl_easy_setopt(e, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(e, CURLOPT_READFUNCTION, &Transfer::onRead);
        curl_easy_setopt(e, CURLOPT_READDATA, &t);
        curl_easy_setopt(e, CURLOPT_INFILESIZE_LARGE, curl_off_t(t.upload->size()));
    } else if (r.method != HttpRequest::Method::Get && r.method != HttpRequest::Method::Head) {
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(r.body.size()));
        curl_easy_setopt(e, CURLOPT_COPYPOSTFIELDS, r.body.constData());
    }
    t.headerList = curl_slist_append(t.headerList, "Expect:"); // no 100-continue round trip
    for (const auto &[name, value] : r.headers)
        t.headerList = curl_slist_append(t.headerList, QByteArray(name + ": " + value).constData());
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headerList);
    return true;
}

void CurlWorker::complete(CURL *easy, int result)
{
    const auto it = m_active.find(easy);
    if (it == m_active.end())
        return;
    std::unique_ptr<Transfer> t = std::move(it->second);
    m_active.erase(it);
    curl_multi_remove_handle(m_multi, easy);
    const auto code = CURLcode(result);
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    char *effective = nullptr;
    curl_easy_getinfo(easy, CURLINFO_EFFECTIVE_URL, &effective);
    t->response.status = int(status);
    t->response.url = QUrl::fromEncoded(effective ? QByteArray(effective) : QByteArray());
    const QString host = t->request.url.host();
    const QString detail = QString::fromUtf8(t->errorBuffer[0] ? t->errorBuffer : curl_easy_strerror(code));

    // A server that cannot resume: what was kept goes, and the whole file is asked for at once.
    if (code == CURLE_RANGE_ERROR && status == 200 && t->file && t->resumeFrom > 0) {
        t->file->close();
        QFile::remove(t->file->fileName());
        t->release();
        m_retries.emplace(Clock::now(), std::move(t));
        return;
    }

    // Retry what may be retried: idempotent requests, transient failures, attempts left.
    const bool transient = code == CURLE_OK ? retryableStatus(int(status)) : retryableError(code);
    if (transient && t->request.isIdempotent() && t->response.attempts < t->request.maxAttempts) {
        qint64 delay = qint64(m_options.retryBaseMs) << (t->response.attempts - 1);
        bool seconds = false;
        const int retryAfter = t->response.header("Retry-After").toInt(&seconds);
        if (seconds)
            delay = qMax<qint64>(delay, qint64(retryAfter) * 1000);
        delay = qMin<qint64>(delay, 30000);
        qCInfo(lcHttp) << t->request.methodName() << host << "retry in" << delay
                       << "ms:" << (code ? detail : QString::number(status));
        if (t->file)
            t->file->close();
        t->release();
        m_retries.emplace(Clock::now() + std::chrono::milliseconds(delay), std::move(t));
        return;
    }

    if (t->fileFailed) {
        const QString message =
            tr("Cannot write the download to %1: %2").arg(t->request.downloadPath, t->file->errorString());
        finish(std::move(t), HttpResponse::Error::File, message);
        return;
    }
    switch (code) {
    case CURLE_OK:
        finish(std::move(t), HttpResponse::Error::None, {});
        return;
    case CURLE_OPERATION_TIMEDOUT:
        finish(std::move(t), HttpResponse::Error::Timeout,
               tr("%1 did not answer in time (%2).").arg(host, detail));
        return;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
        finish(
            std::move(t), HttpResponse::Error::Tls,
            tr("The secure connection to %1 failed: %2. If this is your organisation's own server, add its CA "
               "certificate file in the backend's settings.")
                .arg(host, detail));
        return;
    case CURLE_COULDNT_RESOLVE_HOST:
        finish(std::move(t), HttpResponse::Error::Network,
               tr("The server %1 was not found: check the address.").arg(host));
        return;
    default:
        finish(std::move(t), HttpResponse::Error::Network, tr("Cannot reach %1: %2").arg(host, detail));
        return;
    }
}

void CurlWorker::finish(std::unique_ptr<Transfer> t, HttpResponse::Error error, const QString &message)
{
    if (t->file) {
        const QString part = t->file->fileName();
        t->file->close();
        const bool complete = error == HttpResponse::Error::None && !t->errorBody;
        if (complete) {
            QFile::remove(t->request.downloadPath);
            if (!QFile::rename(part, t->request.downloadPath)) {
                error = HttpResponse::Error::File;
                t->response.errorString = tr("Cannot move the download to %1.").arg(t->request.downloadPath);
            }
        } else if (!t->request.resumable || t->discardPart || QFileInfo(part).size() == 0) {
            QFile::remove(part);
        }
    }
    t->response.error = error;
    if (error != HttpResponse::Error::None && !message.isEmpty())
        t->response.errorString = message;
    // A file that went through in full says so last, however fast it was (reports are throttled).
    if (error == HttpResponse::Error::None && !t->errorBody && t->progress && *t->progress) {
        const QString &file =
            !t->request.downloadPath.isEmpty() ? t->request.downloadPath : t->request.uploadPath;
        if (!file.isEmpty()) {
            const qint64 size = QFileInfo(file).size();
            (*t->progress)(t->id, size, size);
        }
    }
    t->release();
    m_finished(t->id, std::move(t->response));
}

void CurlWorker::cancelNow(quint64 id)
{
    const QString message = tr("Cancelled.");
    for (auto it = m_active.begin(); it != m_active.end(); ++it)
        if (it->second->id == id) {
            std::unique_ptr<Transfer> t = std::move(it->second);
            curl_multi_remove_handle(m_multi, it->first);
            m_active.erase(it);
            finish(std::move(t), HttpResponse::Error::Cancelled, message);
            return;
        }
    for (auto it = m_retries.begin(); it != m_retries.end(); ++it)
        if (it->second->id == id) {
            std::unique_ptr<Transfer> t = std::move(it->second);
            m_retries.erase(it);
            finish(std::move(t), HttpResponse::Error::Cancelled, message);
            return;
        }
}

} // namespace AgentDesk
