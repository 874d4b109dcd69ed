// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

namespace AgentDesk {

// Customers' files on disk, named by the SHA-256 of their content: the same picture sent twice is
// kept once, and no name a sender chose ever becomes part of a path, so nothing is written outside
// the cache. Bounded: trim() drops the least recently used files. Synchronous disk work: call it
// from a worker thread, never the GUI thread.
class MediaCache final
{
public:
    explicit MediaCache(const QString &directory, qint64 maxBytes = defaultMaxBytes);

    QString directory() const { return m_directory; }
    qint64 maxBytes() const { return m_maxBytes; }
    static constexpr qint64 defaultMaxBytes = 2048LL * 1024 * 1024;

    // Moves a finished download into the cache; suffix (letters and digits only, else dropped) lets
    // players recognise the format. Returns the cached path, or an empty one and *error.
    QString adopt(const QString &sourcePath, const QString &suffix, QString *error);
    // Where a download of key (any string naming the remote file) goes; it grows beside it, in
    // partialPath(key), until complete, and is kept across restarts so it resumes.
    QString downloadPath(const QString &key) const;
    QString partialPath(const QString &key) const { return downloadPath(key) + QLatin1String(".part"); }
    // Where a thumbnail of a cached file, fitted in box, is kept; empty for files outside the cache.
    QString thumbnailPath(const QString &cachedPath, QSize box) const;
    // A video's first frame, as a PNG beside its thumbnails; empty for files outside the cache.
    QString posterPath(const QString &cachedPath) const;
    bool contains(const QString &path) const;
    // Marks a file as used now, so trim() keeps it longer.
    static void touch(const QString &path);

    // Removes least recently used files until the cache holds at most maxBytes; returns bytes freed.
    qint64 trim();
    qint64 sizeOnDisk() const;

    static QString sha256(const QString &path, QString *error = nullptr);

private:
    QString m_directory;
    qint64 m_maxBytes;
};

} // namespace AgentDesk
