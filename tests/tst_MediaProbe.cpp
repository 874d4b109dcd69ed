// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaProbe.h"

#include "MediaSamples.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

class tst_MediaProbe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool ffmpegMapped()
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libavformat");
    }

private Q_SLOTS:
    // FFmpeg and its ~130 libraries cost a cold start more than the rest of it: none is mapped until
    // the first file is looked at.
    void ffmpegLoadsOnFirstUse()
    {
        QVERIFY(!ffmpegMapped());
        QCOMPARE(MediaProbe::checkAudio(MediaSamples::demoFile(QStringLiteral("voice-note.ogg"))), QString());
        QVERIFY(ffmpegMapped());
    }

    void playableFilesPass()
    {
        QCOMPARE(MediaProbe::checkVideo(MediaSamples::demoFile(QStringLiteral("disk-clicking.mp4"))),
                 QString());
        QCOMPARE(MediaProbe::checkAudio(MediaSamples::demoFile(QStringLiteral("disk-clicking.mp4"))),
                 QString());
        QCOMPARE(MediaProbe::checkAudio(MediaSamples::demoFile(QStringLiteral("voice-note.ogg"))), QString());
    }

    void damagedOrWrongFilesSayWhy()
    {
        const QString truncated =
            MediaSamples::file(m_dir, QStringLiteral("truncated.mp4"), MediaSamples::truncatedVideo());
        const QByteArray junk = MediaSamples::junkVideo();
        for (const QString &bad : {truncated, MediaSamples::file(m_dir, QStringLiteral("junk.mp4"), junk),
                                   MediaSamples::file(m_dir, QStringLiteral("text.mp4"), "no video"),
                                   m_dir.filePath(QStringLiteral("gone.mp4"))})
            QVERIFY2(MediaProbe::checkVideo(bad).contains(QStringLiteral("damaged")), qPrintable(bad));
        // A voice note has no picture; a picture is no recording.
        QVERIFY(MediaProbe::checkVideo(MediaSamples::demoFile(QStringLiteral("voice-note.ogg")))
                    .contains(QStringLiteral("no picture")));
        QVERIFY(
            !MediaProbe::checkAudio(MediaSamples::demoFile(QStringLiteral("serial-label.png"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_MediaProbe)
#include "tst_MediaProbe.moc"
