// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThumbnailLoader.h"

#include "MediaCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPointer>
#include <QSaveFile>

namespace AgentDesk {

namespace {

// libjpeg decodes a cut-off JPEG without an error, greying what is missing; a complete one has its
// end marker (cameras may append data after it, so the tail is searched, not the last two bytes).
bool jpegComplete(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    constexpr qint64 tail = 1024 * 1024;
    file.seek(std::max<qint64>(0, file.size() - tail));
    return file.read(tail).contains(QByteArrayView("\xff\xd9", 2));
}

} // namespace

ThumbnailLoader::ThumbnailLoader(MediaCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    // Two decoders at most: scrolling fast through pictures must not starve the store thread.
    m_pool.setMaxThreadCount(2);
    m_memory.setMaxCost(64 * 1024); // KiB: 64 MiB of thumbnails
}

ThumbnailLoader::~ThumbnailLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString ThumbnailLoader::key(const QString &path, QSize box)
{
    return path + QStringLiteral("|%1x%2").arg(box.width()).arg(box.height());
}

void ThumbnailLoader::setMemoryLimit(qint64 bytes)
{
    m_memory.setMaxCost(int(std::max<qint64>(1, bytes / 1024)));
}

qint64 ThumbnailLoader::memoryUsed() const
{
    return qint64(m_memory.totalCost()) * 1024;
}

QImage ThumbnailLoader::cached(const QString &path, QSize box) const
{
    const QImage *image = m_memory.object(key(path, box));
    return image ? *image : QImage();
}

void ThumbnailLoader::request(const QString &path, QSize box)
{
    const QString k = key(path, box);
    if (path.isEmpty() || box.isEmpty() || m_memory.contains(k) || m_pending.contains(k) ||
        m_problems.contains(path))
        return;
    m_pending.insert(k);
    const QString thumbnailPath = m_cache ? m_cache->thumbnailPath(path, box) : QString();
    m_pool.start([this, path, box, thumbnailPath] {
        const Result result = decode(path, box, thumbnailPath);
        // The pool is drained before this object goes, so `this` outlives the task.
        QMetaObject::invokeMethod(
            this, [this, path, box, result] { finished(path, box, result); }, Qt::QueuedConnection);
    });
}

void ThumbnailLoader::finished(const QString &path, QSize box, const Result &result)
{
    m_pending.remove(key(path, box));
    if (result.image.isNull()) {
        m_problems.insert(path, result.problem);
        Q_EMIT thumbnailFailed(path, result.problem);
        return;
    }
    const int kib = int(std::max<qint64>(1, result.image.sizeInBytes() / 1024));
    m_memory.insert(key(path, box), new QImage(result.image), kib);
    Q_EMIT thumbnailReady(path, box);
}

ThumbnailLoader::Result ThumbnailLoader::decode(const QString &path, QSize box, const QString &thumbnailPath)
{
    Result r;
    if (!thumbnailPath.isEmpty() && QFileInfo::exists(thumbnailPath)) {
        QImageReader cachedReader(thumbnailPath, "png");
        r.image = cachedReader.read();
        if (!r.image.isNull()) {
            MediaCache::touch(path);
            return r;
        }
    }
    QImageReader reader(path);
    reader.setAutoTransform(true); // EXIF orientation: a phone photo stands the right way up
    if (!reader.canRead()) {
        r.problem = reader.error() == QImageReader::FileNotFoundError
                        ? tr("The picture is missing from the cache.")
                        : tr("This is not a picture AgentDesk can show.");
        return r;
    }
    if (reader.format() == "jpeg" && !jpegComplete(path)) {
        r.problem = tr("The picture is incomplete: the file ends before the picture does.");
        return r;
    }
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        r.problem = tr("The picture is damaged: it has no valid size.");
        return r;
    }
    if (size.width() > maxSide || size.height() > maxSide ||
        qint64(size.width()) * size.height() > maxPixels) {
        r.problem = tr("The picture claims to be %1 × %2 pixels: too large to open safely.")
                        .arg(size.width())
                        .arg(size.height());
        return r;
    }
    // Decoders that can scale while decoding (JPEG) then never hold the full picture.
    QSize target = size;
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    const QSize fit = turned ? box.transposed() : box;
    if (target.width() > fit.width() || target.height() > fit.height())
        target = target.scaled(fit, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    reader.setScaledSize(target);
    QImage image = reader.read();
    if (image.isNull()) {
        r.problem = tr("The picture is damaged or incomplete: %1").arg(reader.errorString());
        return r;
    }
    r.image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                            : QImage::Format_RGB32);
    if (!thumbnailPath.isEmpty() && QDir().mkpath(QFileInfo(thumbnailPath).absolutePath())) {
        QSaveFile out(thumbnailPath);
        if (out.open(QIODevice::WriteOnly) && r.image.save(&out, "png"))
            out.commit();
    }
    return r;
}

} // namespace AgentDesk
