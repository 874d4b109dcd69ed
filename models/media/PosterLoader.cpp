// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterLoader.h"

#include "MediaProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMediaPlayer>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

namespace AgentDesk {

PosterLoader::PosterLoader(QObject *parent)
    : QObject(parent)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(timeoutMs);
    connect(m_timeout, &QTimer::timeout, this, [this] { fail(tr("The video gave no picture.")); });
}

void PosterLoader::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_sink = new QVideoSink(this);
    m_player->setVideoSink(m_sink); // no audio output: a poster is silent
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &PosterLoader::onFrame);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &error) {
        if (!m_video.isEmpty())
            fail(tr("The video cannot be played: %1").arg(error));
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (!m_video.isEmpty() &&
            (status == QMediaPlayer::InvalidMedia || status == QMediaPlayer::EndOfMedia))
            fail(tr("The video gave no picture."));
    });
}

PosterLoader::~PosterLoader()
{
    if (m_player)
        m_player->stop();
}

void PosterLoader::request(const QString &video, const QString &posterPath)
{
    if (video.isEmpty() || posterPath.isEmpty() || video == m_video || m_problems.contains(video))
        return;
    // Qt Multimedia turns frames into images only in a GUI application.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    for (const auto &queued : std::as_const(m_queue))
        if (queued.first == video)
            return;
    m_queue.append({video, posterPath});
    if (m_video.isEmpty())
        next();
}

void PosterLoader::next()
{
    ensurePlayer();
    m_player->stop();
    m_player->setSource({});
    m_video.clear();
    if (m_queue.isEmpty())
        return;
    std::tie(m_video, m_posterPath) = m_queue.takeFirst();
    m_timeout->start();
    // Looked into first, on a worker: a damaged file never reaches Qt Multimedia.
    QPointer<PosterLoader> guard(this);
    QThreadPool::globalInstance()->start([guard, video = m_video] {
        const QString problem = MediaProbe::checkVideo(video);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, video, problem] {
                if (!guard || guard->m_video != video)
                    return;
                if (!problem.isEmpty()) {
                    guard->fail(problem);
                    return;
                }
                guard->m_player->setSource(QUrl::fromLocalFile(video));
                guard->m_player->play();
            },
            Qt::QueuedConnection);
    });
}

void PosterLoader::onFrame(const QVideoFrame &frame)
{
    if (m_video.isEmpty() || !frame.isValid())
        return;
    QImage image = frame.toImage();
    if (image.isNull())
        return;
    m_timeout->stop();
    const QString video = m_video;
    const QString path = m_posterPath;
    if (image.width() > maxSide || image.height() > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // Encoding and writing the PNG is disk work: a worker's.
    QPointer<PosterLoader> guard(this);
    QThreadPool::globalInstance()->start([guard, image, video, path] {
        bool ok = QDir().mkpath(QFileInfo(path).absolutePath());
        if (ok) {
            QSaveFile out(path);
            ok = out.open(QIODevice::WriteOnly) && image.save(&out, "png") && out.commit();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, ok, video, path] {
                if (!guard)
                    return;
                if (ok)
                    Q_EMIT guard->posterReady(video, path);
                else
                    Q_EMIT guard->posterFailed(video, PosterLoader::tr("The poster could not be saved."));
            },
            Qt::QueuedConnection);
    });
    next();
}

void PosterLoader::fail(const QString &problem)
{
    m_timeout->stop();
    const QString video = m_video;
    m_problems.insert(video, problem);
    next();
    Q_EMIT posterFailed(video, problem);
}

} // namespace AgentDesk
