// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>

namespace AgentDesk {

class MediaCache;

// Thumbnails of pictures, decoded on worker threads and never on the caller's: the conversation
// view asks for what it paints and repaints when thumbnailReady() arrives. Decoded thumbnails are
// kept in memory up to a byte budget and on disk beside the cached file. A picture that cannot be
// shown (damaged, truncated, claiming dimensions too large to decode safely) gets a reason instead.
class ThumbnailLoader final : public QObject
{
    Q_OBJECT

public:
    explicit ThumbnailLoader(MediaCache *cache = nullptr, QObject *parent = nullptr);
    ~ThumbnailLoader() override; // waits for the decoding under way

    // From memory, or a null image (then request() it). box is in device pixels.
    QImage cached(const QString &path, QSize box) const;
    // Decodes in the background unless it is in memory, under way or known to fail.
    void request(const QString &path, QSize box);
    // Why the picture at path cannot be shown; empty when it can or is not known yet.
    QString problem(const QString &path) const { return m_problems.value(path); }
    void setMemoryLimit(qint64 bytes);
    qint64 memoryUsed() const;

    struct Result
    {
        QImage image;
        QString problem;
    };
    // The decoding itself: thread-safe, for the workers and for tests.
    static Result decode(const QString &path, QSize box, const QString &thumbnailPath = {});
    // Larger pictures are refused before decoding (a header can claim 100000x100000 in a few bytes).
    static constexpr qint64 maxPixels = 120'000'000;
    static constexpr int maxSide = 32'768;

Q_SIGNALS:
    void thumbnailReady(const QString &path, QSize box);
    void thumbnailFailed(const QString &path, const QString &problem);

private:
    static QString key(const QString &path, QSize box);
    void finished(const QString &path, QSize box, const Result &result);

    MediaCache *m_cache;
    QThreadPool m_pool;
    QCache<QString, QImage> m_memory; // cost in KiB
    QSet<QString> m_pending;
    QHash<QString, QString> m_problems;
};

} // namespace AgentDesk
