// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/PosterLoader.h"

#include "MediaSamples.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

class tst_PosterLoader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void aVideosFirstFrameBecomesItsPoster()
    {
        PosterLoader posters;
        QSignalSpy ready(&posters, &PosterLoader::posterReady);
        const QString poster = m_dir.filePath(QStringLiteral("posters/clip.png"));
        posters.request(MediaSamples::demoFile(QStringLiteral("disk-clicking.mp4")), poster);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().at(1).toString(), poster);
        QCOMPARE(QImage(poster).size(), QSize(320, 240));
    }

    // Damaged videos: a reason, never a crash, and no second try.
    void aDamagedVideoSaysWhy()
    {
        const QString truncated =
            MediaSamples::file(m_dir, QStringLiteral("truncated.mp4"), MediaSamples::truncatedVideo());
        const QByteArray junk = MediaSamples::junkVideo();
        const QString corrupt = MediaSamples::file(m_dir, QStringLiteral("corrupt.mp4"), junk);
        const QString text =
            MediaSamples::file(m_dir, QStringLiteral("notes.mp4"), "this is no video at all");
        PosterLoader posters;
        QSignalSpy failed(&posters, &PosterLoader::posterFailed);
        QSignalSpy ready(&posters, &PosterLoader::posterReady);
        for (const QString &video : {truncated, corrupt, text})
            posters.request(video, video + QStringLiteral(".png"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, 40000);
        QCOMPARE(ready.size(), 0);
        for (const QString &video : {truncated, corrupt, text})
            QVERIFY(!posters.problem(video).isEmpty());
        posters.request(truncated, truncated + QStringLiteral(".png")); // known to fail: not tried again
        QTest::qWait(300);
        QCOMPARE(failed.size(), 3);
    }
};

QTEST_MAIN(tst_PosterLoader)
#include "tst_PosterLoader.moc"
