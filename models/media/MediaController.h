// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attachment.h"
#include "MediaCache.h"
#include "MediaInspector.h"

#include <optional>
#include <QHash>
#include <QObject>
#include <QThreadPool>

namespace AgentDesk {

class Backend;
class BackendRegistry;
class Store;
class PosterLoader;
class ThumbnailLoader;

// Customers' files for the conversation view: what each attachment is, whether it is here, and
// getting it here. Downloads go through the attachment's backend (progress, cancel, resume), then
// a worker thread checks the content and moves the file into the content-addressed cache, and the
// store records where it is. Small pictures, voice notes and videos come by themselves when shown;
// anything else when the agent asks.
class MediaController final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Remote,      // not downloaded yet
        Downloading, // see received and total
        Ready,       // path is the cached file
        Failed,      // problem says why; asking again retries (and resumes)
    };
    struct Status
    {
        State state = State::Remote;
        MediaInspector::Kind kind = MediaInspector::Kind::Document;
        qint64 received = 0;
        qint64 total = 0;
        QString path;
        QString problem;     // for people: a failure, a lying type, a blocked program
        bool upload = false; // Downloading means going up: the agent's file being sent
        QString poster;      // a video's first frame (PNG), once taken
        bool broken = false; // sound or video that cannot be played (see problem)
        QString foreignHost; // it would come from this host, not the server's: only on a click
        bool openable() const
        {
            return state == State::Ready && kind != MediaInspector::Kind::Blocked && !broken;
        }
    };

    MediaController(Store *store, BackendRegistry *registry, const QString &cacheDirectory,
                    QObject *parent = nullptr);
    ~MediaController() override;

    Status status(const Attachment &attachment) const;
    // Downloads unless it is here or under way; backendId is the message's backend.
    void download(const QString &backendId, const Attachment &attachment);
    // Downloads by itself what is worth showing inline and small enough (see autoDownloadLimit).
    void prefetch(const QString &backendId, const Attachment &attachment);
    void cancel(qint64 attachmentId);
    // Downloads every file of the list that is not here yet (to send them on, e.g. with a service
    // request); done(problems) once each is here or has failed, with a line per failure.
    void fetchAll(const QList<std::pair<QString, Attachment>> &files, QObject *context,
                  std::function<void(QStringList problems)> done);
    // The same for every file of a conversation (its internal notes aside), read from the store.
    void fetchConversation(qint64 conversationId, QObject *context,
                           std::function<void(QStringList problems)> done);
    static constexpr qint64 autoDownloadLimit = 25LL * 1024 * 1024;

    // The agent's files of an outbox item going up (by its idempotency key, the message's client
    // key): sent and total bytes; nothing once they are all sent.
    std::optional<std::pair<qint64, qint64>> upload(const QString &clientKey) const;

    ThumbnailLoader *thumbnails() const { return m_thumbnails; }
    const MediaCache &cache() const { return m_cache; }
    // The kind a file claims to be, before it is here to be looked at.
    static MediaInspector::Kind declaredKind(const Attachment &attachment);

Q_SIGNALS:
    void statusChanged(qint64 attachmentId);
    void uploadChanged(const QString &clientKey);

private:
    struct Entry
    {
        Status status;
        QString backendId;
        quint64 transfer = 0;
        bool inspecting = false;
    };
    static bool worthFetching(MediaInspector::Kind kind, qint64 size);
    void inspect(qint64 attachmentId, const QString &path, const Attachment &attachment, bool adopt);
    Entry &entry(const Attachment &attachment);

    Store *m_store;
    BackendRegistry *m_registry;
    MediaCache m_cache;
    ThumbnailLoader *m_thumbnails;
    PosterLoader *m_posters;
    QThreadPool m_workers;          // hashing, inspecting, moving files: never on the GUI thread
    QHash<qint64, Entry> m_entries; // by attachment id
    QHash<QString, std::pair<qint64, qint64>> m_uploads; // by client key: sent, total
    void watch(Backend *backend);
};

} // namespace AgentDesk
