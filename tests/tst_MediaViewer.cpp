// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageView.h"
#include "MediaSamples.h"
#include "MediaViewer.h"
#include "PulseAudioInstance.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>

using namespace AgentDesk;
using Kind = MediaInspector::Kind;

class tst_MediaViewer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PulseAudioInstance m_sound;

    static MediaViewer::Item item(const QString &path, Kind kind)
    {
        MediaViewer::Item i;
        i.attachment.fileName = QFileInfo(path).fileName();
        i.path = path;
        i.kind = kind;
        return i;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A sound device for the playback test, before Qt Multimedia looks for one.
        const QString error = m_sound.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void picturesZoomPanAndGoOn()
    {
        const QString wide = m_dir.filePath(QStringLiteral("wide.png"));
        QVERIFY(MediaSamples::write(wide, MediaSamples::png({1600, 400})));
        MediaViewer viewer;
        viewer.resize(800, 600);
        viewer.setItems({item(MediaSamples::demoFile(QStringLiteral("nas-red-light.jpg")), Kind::Image),
                         item(wide, Kind::Image),
                         item(MediaSamples::demoFile(QStringLiteral("voice-note.ogg")), Kind::Audio)},
                        0);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        ImageView *view = viewer.imageView();
        QTRY_VERIFY(!view->image().isNull());
        // The phone photo stands the right way up (EXIF), fitted to the window and never enlarged.
        QVERIFY(view->image().width() > view->image().height());
        QVERIFY(view->fitted());
        QVERIFY(view->zoom() <= 1.0);
        const qreal fitted = view->zoom();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->zoom() > fitted);
        QTest::keyClick(view, Qt::Key_0);
        QCOMPARE(view->zoom(), fitted);
        QTest::keyClick(view, Qt::Key_1);
        QCOMPARE(view->zoom(), 1.0);

        QTest::keyClick(&viewer, Qt::Key_Right);
        QCOMPARE(viewer.current(), 1);
        QTRY_COMPARE(view->image().size(), QSize(1600, 400));
        QTest::keyClick(&viewer, Qt::Key_Left);
        QCOMPARE(viewer.current(), 0);
        // Wherever the focus is: on the speed box or the position slider too.
        for (QWidget *control : {static_cast<QWidget *>(viewer.findChild<QComboBox *>()),
                                 static_cast<QWidget *>(viewer.findChild<QSlider *>())}) {
            QVERIFY(control);
            control->setFocus();
            QTest::keyClick(control, Qt::Key_Right);
            QCOMPARE(viewer.current(), 1);
            QTest::keyClick(control, Qt::Key_Left);
            QCOMPARE(viewer.current(), 0);
        }
        viewer.previous(); // the first stays the first
        QCOMPARE(viewer.current(), 0);
    }

    void aBadPictureSaysWhyInTheViewer()
    {
        const QString bad = m_dir.filePath(QStringLiteral("huge.png"));
        QVERIFY(MediaSamples::write(bad, MediaSamples::pngClaiming(90000, 90000)));
        MediaViewer viewer;
        viewer.setItems({item(bad, Kind::Image)}, 0);
        viewer.show();
        QTest::qWait(200);
        QVERIFY(viewer.imageView()->image().isNull());
    }

    // The sample video decodes: frames reach a video sink.
    void aVideoDeliversFrames()
    {
        QMediaPlayer player;
        QVideoSink sink;
        player.setVideoSink(&sink);
        QList<QSize> sizes;
        connect(&sink, &QVideoSink::videoFrameChanged, this, [&](const QVideoFrame &frame) {
            if (frame.isValid())
                sizes << frame.size();
        });
        player.setSource(QUrl::fromLocalFile(MediaSamples::demoFile(QStringLiteral("disk-clicking.mp4"))));
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(sizes.size() >= 5, 10000);
        QCOMPARE(sizes.first(), QSize(320, 240));
        QVERIFY(player.error() == QMediaPlayer::NoError);
    }

    // The voice note plays to its end at double speed, through the viewer's own controls.
    void aVoiceNotePlaysToItsEnd()
    {
        MediaViewer viewer;
        viewer.setItems({item(MediaSamples::demoFile(QStringLiteral("voice-note.ogg")), Kind::Audio)}, 0);
        viewer.setSpeed(2.0);
        QCOMPARE(viewer.speedBox()->currentData().toReal(), 2.0);
        viewer.show();
        QMediaPlayer *player = viewer.player();
        QSignalSpy status(player, &QMediaPlayer::mediaStatusChanged);
        QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PlayingState, 5000);
        QCOMPARE(viewer.playButton()->text(), QStringLiteral("Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(player->duration() > 5000, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(player->mediaStatus(), QMediaPlayer::EndOfMedia, 15000);
        QCOMPARE(viewer.playButton()->text(), QStringLiteral("Play"));
        QVERIFY(player->error() == QMediaPlayer::NoError);
    }
};

QTEST_MAIN(tst_MediaViewer)
#include "tst_MediaViewer.moc"
