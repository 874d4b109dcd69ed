// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediaController.h"
#include "text/MimeName.h"

#include "MediaProbe.h"
#include "PosterLoader.h"
#include "services/Backend.h"
#include "services/BackendRegistry.h"
#include "services/MessagingService.h"
#include "store/Store.h"
#include "ThumbnailLoader.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QPointer>
#include <QSet>

namespace AgentDesk {

MediaController::MediaController(Store *store, BackendRegistry *registry, const QString &cacheDirectory,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_registry(registry)
    , m_cache(cacheDirectory)
    , m_thumbnails(new ThumbnailLoader(&m_cache, this))
    , m_posters(new PosterLoader(this))
{
    connect(m_posters, &PosterLoader::posterReady, this, [this](const QString &video, const QString &poster) {
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            if (it->status.path == video) {
                it->status.poster = poster;
                Q_EMIT statusChanged(it.key());
            }
    });
    m_workers.setMaxThreadCount(1);
    if (m_registry) {
        for (Backend *b : m_registry->backends())
            watch(b);
        connect(m_registry, &BackendRegistry::backendAdded, this, &MediaController::watch);
    }
    // Keep the cache within its budget, away from the start-up path.
    m_workers.start([cache = m_cache]() mutable { cache.trim(); });
}

MediaController::~MediaController()
{
    m_workers.clear();
    m_workers.waitForDone(); // the tasks report to this object
}

void MediaController::watch(Backend *backend)
{
    connect(backend, &Backend::uploadProgress, this, [this](const QString &key, qint64 sent, qint64 total) {
        if (sent >= total)
            m_uploads.remove(key);
        else
            m_uploads.insert(key, {sent, total});
        Q_EMIT uploadChanged(key);
    });
}

std::optional<std::pair<qint64, qint64>> MediaController::upload(const QString &clientKey) const
{
    const auto it = m_uploads.constFind(clientKey);
    if (it == m_uploads.cend())
        return std::nullopt;
    return *it;
}

MediaInspector::Kind MediaController::declaredKind(const Attachment &attachment)
{
    static const QMimeDatabase db;
    QString mime = attachment.mimeType.trimmed().toLower();
    if (mime.isEmpty() || mime == QLatin1String("application/octet-stream"))
        mime = mimeTypeOfName(db, attachment.fileName).name();
    // Judged by what it claims until the content can be looked at; a claimed program is blocked.
    return MediaInspector::claimsProgram(mime, attachment.fileName) ? MediaInspector::Kind::Blocked
                                                                    : MediaInspector::kindOf(mime);
}

MediaController::Entry &MediaController::entry(const Attachment &attachment)
{
    auto it = m_entries.find(attachment.id);
    if (it == m_entries.end()) {
        it = m_entries.insert(attachment.id, Entry{});
        it->status.kind = declaredKind(attachment);
        it->status.total = attachment.size;
    }
    return *it;
}

MediaController::Status MediaController::status(const Attachment &attachment) const
{
    if (const auto it = m_entries.constFind(attachment.id); it != m_entries.cend())
        return it->status;
    // Not asked for yet. One downloaded in an earlier session is looked at again (see prefetch)
    // before it is trusted.
    Status s;
    s.kind = declaredKind(attachment);
    s.total = attachment.size;
    return s;
}

void MediaController::prefetch(const QString &backendId, const Attachment &attachment)
{
    if (attachment.id <= 0 || m_entries.contains(attachment.id))
        return;
    Entry &e = entry(attachment);
    e.backendId = backendId;
    if (!attachment.localPath.isEmpty()) { // here already: check what it is, once
        inspect(attachment.id, attachment.localPath, attachment, false);
        return;
    }
    Backend *backend = m_registry->backend(backendId);
    MessagingService *messaging = backend ? backend->messaging() : nullptr;
    e.status.foreignHost = messaging ? messaging->foreignHost(attachment) : QString();
    if (e.status.foreignHost.isEmpty() && worthFetching(e.status.kind, attachment.size))
        download(backendId, attachment);
}

bool MediaController::worthFetching(MediaInspector::Kind kind, qint64 size)
{
    const bool shownInline = kind == MediaInspector::Kind::Image || kind == MediaInspector::Kind::Audio ||
                             kind == MediaInspector::Kind::Video;
    return shownInline && size <= autoDownloadLimit;
}

void MediaController::download(const QString &backendId, const Attachment &attachment)
{
    if (attachment.id <= 0)
        return;
    Entry &e = entry(attachment);
    if (e.status.state == State::Downloading || e.status.state == State::Ready || e.inspecting)
        return;
    Backend *backend = m_registry ? m_registry->backend(backendId) : nullptr;
    MessagingService *messaging = backend ? backend->messaging() : nullptr;
    if (!messaging) {
        e.status.state = State::Failed;
        e.status.problem = tr("The account this file came from is not connected.");
        Q_EMIT statusChanged(attachment.id);
        return;
    }
    e.backendId = backendId;
    e.status.state = State::Downloading;
    e.status.problem.clear();
    e.status.received = 0;
    const qint64 id = attachment.id;
    // One place per remote file, kept between attempts so a broken download resumes.
    const QString path = m_cache.downloadPath(backendId + QChar(0x1f) + attachment.remoteRef);
    e.transfer = messaging->fetchAttachment(
        attachment, path, this,
        [this, id](qint64 received, qint64 total) {
            Entry &x = m_entries[id];
            x.status.received = received;
            if (total > 0)
                x.status.total = total;
            Q_EMIT statusChanged(id);
        },
        [this, id, path, attachment](const QString &error) {
            Entry &x = m_entries[id];
            x.transfer = 0;
            if (!error.isEmpty()) {
                x.status.state = State::Failed;
                x.status.problem = error;
                Q_EMIT statusChanged(id);
                return;
            }
            inspect(id, path, attachment, true);
        });
    Q_EMIT statusChanged(id);
}

void MediaController::fetchAll(const QList<std::pair<QString, Attachment>> &files, QObject *context,
                               std::function<void(QStringList)> done)
{
    struct Wait
    {
        QSet<qint64> pending;
        QHash<qint64, QString> names;
        QStringList problems;
        std::function<void(QStringList)> done;
        QMetaObject::Connection connection;
    };
    auto wait = std::make_shared<Wait>();
    wait->done = std::move(done);
    for (const auto &[backendId, a] : files) {
        if (!a.localPath.isEmpty() || a.id <= 0 || m_entries.value(a.id).status.state == State::Ready)
            continue; // here already (the store knows where)
        wait->pending.insert(a.id);
        wait->names.insert(a.id, a.fileName);
    }
    const auto check = [this, wait](qint64 id) {
        if (!wait->pending.contains(id))
            return;
        const Status s = m_entries.value(id).status;
        if (s.state == State::Downloading || s.state == State::Remote)
            return;
        wait->pending.remove(id);
        if (s.state == State::Failed)
            wait->problems << tr("%1: %2").arg(wait->names.value(id), s.problem);
        if (wait->pending.isEmpty()) {
            disconnect(wait->connection);
            wait->done(wait->problems);
        }
    };
    if (wait->pending.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [wait] { wait->done({}); }, Qt::QueuedConnection);
        return;
    }
    wait->connection = connect(this, &MediaController::statusChanged, context, check);
    for (const auto &[backendId, a] : files)
        if (wait->pending.contains(a.id)) {
            download(backendId, a);
            check(a.id); // failed at once (an account not connected)
        }
}

void MediaController::fetchConversation(qint64 conversationId, QObject *context,
                                        std::function<void(QStringList)> done)
{
    QPointer<QObject> guard(context);
    m_store->fetchConversationAttachments(
        conversationId, this,
        [this, guard, done = std::move(done)](const QList<std::pair<QString, Attachment>> &files) {
            if (guard)
                fetchAll(files, guard, done);
        });
}

void MediaController::cancel(qint64 attachmentId)
{
    const auto it = m_entries.find(attachmentId);
    if (it == m_entries.end() || it->status.state != State::Downloading || !it->transfer)
        return;
    Backend *backend = m_registry ? m_registry->backend(it->backendId) : nullptr;
    if (MessagingService *messaging = backend ? backend->messaging() : nullptr)
        messaging->cancelFetch(it->transfer); // done() follows with "Cancelled."
}

void MediaController::inspect(qint64 attachmentId, const QString &path, const Attachment &attachment,
                              bool adopt)
{
    m_entries[attachmentId].inspecting = true;
    m_workers.start([this, attachmentId, path, attachment, adopt] {
        const bool missing = !QFileInfo::exists(path); // the cache was trimmed since
        MediaInspector::Verdict verdict =
            MediaInspector::inspectFile(path, attachment.mimeType, attachment.fileName);
        QString cached = path;
        QString error;
        if (adopt) {
            // The suffix players need comes from the content; a program keeps none.
            static const QMimeDatabase db;
            const QString suffix = verdict.kind == MediaInspector::Kind::Blocked
                                       ? QString()
                                       : db.mimeTypeForName(verdict.mimeType).preferredSuffix();
            cached = m_cache.adopt(path, suffix, &error);
        }
        // Sound and video are looked into before anything plays them.
        QString broken;
        if (!missing && !cached.isEmpty() && verdict.kind == MediaInspector::Kind::Video)
            broken = MediaProbe::checkVideo(cached);
        else if (!missing && !cached.isEmpty() && verdict.kind == MediaInspector::Kind::Audio)
            broken = MediaProbe::checkAudio(cached);
        const QString poster = verdict.kind == MediaInspector::Kind::Video && broken.isEmpty()
                                   ? m_cache.posterPath(cached)
                                   : QString();
        const bool hasPoster = !poster.isEmpty() && QFileInfo::exists(poster);
        QMetaObject::invokeMethod(
            this,
            [this, attachmentId, verdict, cached, error, adopt, missing, attachment, poster, hasPoster,
             broken] {
                Entry &x = m_entries[attachmentId];
                x.inspecting = false;
                if (missing && !adopt) { // fetched again when wanted, like a new one
                    x.status.state = State::Remote;
                    x.status.path.clear();
                    m_store->setAttachmentLocalPath(attachmentId, {});
                    if (worthFetching(x.status.kind, attachment.size))
                        download(x.backendId, attachment);
                } else if (cached.isEmpty()) {
                    x.status.state = State::Failed;
                    x.status.problem = error;
                } else {
                    x.status.state = State::Ready;
                    x.status.path = cached;
                    x.status.kind = verdict.kind;
                    x.status.problem = broken.isEmpty() ? verdict.problem : broken;
                    x.status.broken = !broken.isEmpty();
                    x.status.received = x.status.total;
                    if (hasPoster)
                        x.status.poster = poster;
                    else if (!poster.isEmpty())
                        m_posters->request(cached, poster);
                    if (adopt)
                        m_store->setAttachmentLocalPath(attachmentId, cached);
                }
                Q_EMIT statusChanged(attachmentId);
            },
            Qt::QueuedConnection);
    });
}

} // namespace AgentDesk
