// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediaCache.h"

#include "text/Translate.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace AgentDesk {

namespace {

QString tr(const char *text)
{
    return translateIn("AgentDesk::MediaCache", text);
}

QString cleanSuffix(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s.isEmpty() || s.size() > 8)
        return {};
    for (const QChar c : s)
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))))
            return {};
    return s;
}

} // namespace

MediaCache::MediaCache(const QString &directory, qint64 maxBytes)
    : m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
    , m_maxBytes(maxBytes)
{}

QString MediaCache::sha256(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString MediaCache::adopt(const QString &sourcePath, const QString &suffix, QString *error)
{
    QString why;
    const QString hash = sha256(sourcePath, &why);
    if (hash.isEmpty()) {
        *error = tr("Cannot read the downloaded file: %1").arg(why);
        return {};
    }
    // Two levels, so no directory holds tens of thousands of files.
    const QString dir = m_directory + QLatin1Char('/') + hash.left(2);
    const QString ext = cleanSuffix(suffix);
    const QString target =
        dir + QLatin1Char('/') + hash + (ext.isEmpty() ? QString() : QLatin1Char('.') + ext);
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the media cache %1.").arg(dir);
        return {};
    }
    if (QFileInfo::exists(target)) { // the same content again
        QFile::remove(sourcePath);
        touch(target);
        return target;
    }
    if (!QFile::rename(sourcePath, target)) {
        // Another file system: copy, then drop the download.
        if (!QFile::copy(sourcePath, target)) {
            *error = tr("Cannot store the file in the media cache %1.").arg(dir);
            return {};
        }
        QFile::remove(sourcePath);
    }
    touch(target);
    return target;
}

QString MediaCache::downloadPath(const QString &key) const
{
    const QByteArray id = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_directory + QLatin1String("/partial/") + QString::fromLatin1(id);
}

QString MediaCache::thumbnailPath(const QString &cachedPath, QSize box) const
{
    if (!contains(cachedPath))
        return {};
    const QString hash = QFileInfo(cachedPath).completeBaseName();
    return m_directory + QLatin1String("/thumbnails/") + hash.left(2) + QLatin1Char('/') + hash +
           QStringLiteral("-%1x%2.png").arg(box.width()).arg(box.height());
}

QString MediaCache::posterPath(const QString &cachedPath) const
{
    if (!contains(cachedPath))
        return {};
    const QString hash = QFileInfo(cachedPath).completeBaseName();
    return m_directory + QLatin1String("/thumbnails/") + hash.left(2) + QLatin1Char('/') + hash +
           QLatin1String("-poster.png");
}

bool MediaCache::contains(const QString &path) const
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return clean.startsWith(m_directory + QLatin1Char('/'));
}

void MediaCache::touch(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

qint64 MediaCache::sizeOnDisk() const
{
    qint64 total = 0;
    QDirIterator it(m_directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

qint64 MediaCache::trim()
{
    struct Entry
    {
        QString path;
        qint64 size;
        QDateTime used;
    };
    QList<Entry> entries;
    qint64 total = 0;
    QDirIterator it(m_directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo &info = it.fileInfo();
        if (info.suffix() == QLatin1String("part"))
            continue; // a download under way or to be resumed
        entries.append({info.absoluteFilePath(), info.size(), info.lastModified()});
        total += info.size();
    }
    if (total <= m_maxBytes)
        return 0;
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.used < b.used; });
    qint64 freed = 0;
    for (const Entry &e : std::as_const(entries)) {
        if (total - freed <= m_maxBytes)
            break;
        if (QFile::remove(e.path))
            freed += e.size;
    }
    return freed;
}

} // namespace AgentDesk
