// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QMediaPlayer;
class QTimer;
class QVideoFrame;
class QVideoSink;

namespace AgentDesk {

// A video's poster: its first frame, taken by Qt Multimedia (decoding on its own threads) and
// written as a PNG beside the cached file on a worker thread, so the conversation shows what the
// video is before it is played. One video at a time; a video that gives no frame says why.
class PosterLoader final : public QObject
{
    Q_OBJECT

public:
    explicit PosterLoader(QObject *parent = nullptr);
    ~PosterLoader() override;

    // Takes the poster of video into posterPath, unless it is queued, under way or known to fail.
    void request(const QString &video, const QString &posterPath);
    QString problem(const QString &video) const { return m_problems.value(video); }
    static constexpr int maxSide = 640;
    static constexpr int timeoutMs = 10000;

Q_SIGNALS:
    void posterReady(const QString &video, const QString &posterPath);
    void posterFailed(const QString &video, const QString &problem);

private:
    void ensurePlayer(); // made on first use: loading Qt Multimedia is not start-up work
    void next();
    void onFrame(const QVideoFrame &frame);
    void fail(const QString &problem);

    QMediaPlayer *m_player = nullptr;
    QVideoSink *m_sink = nullptr;
    QTimer *m_timeout;
    QList<std::pair<QString, QString>> m_queue; // video, poster path
    QString m_video;                            // under way
    QString m_posterPath;
    QHash<QString, QString> m_problems;
};

} // namespace AgentDesk
