// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaCache.h"
#include "media/ThumbnailLoader.h"
#include "MediaSamples.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

class tst_ThumbnailLoader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        return MediaSamples::write(path, bytes) ? path : QString();
    }

private Q_SLOTS:
    void fitsTheBoxKeepingTheShape()
    {
        const auto r = ThumbnailLoader::decode(
            file(QStringLiteral("wide.png"), MediaSamples::png({400, 100})), {200, 200});
        QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
        QCOMPARE(r.image.size(), QSize(200, 50));
        // Smaller than the box: never enlarged.
        const auto small = ThumbnailLoader::decode(
            file(QStringLiteral("small.jpg"), MediaSamples::jpeg({30, 20})), {200, 200});
        QCOMPARE(small.image.size(), QSize(30, 20));
    }

    // A phone photo taken upright is stored sideways with an EXIF note; it is shown upright.
    void exifOrientationIsRespected()
    {
        const QString path =
            file(QStringLiteral("turned.jpg"), MediaSamples::jpegWithOrientation({40, 20}, 6));
        const auto r = ThumbnailLoader::decode(path, {100, 100});
        QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
        QCOMPARE(r.image.size(), QSize(20, 40));
        // Turned clockwise: the red left half is now on top.
        QCOMPARE(QColor(r.image.pixel(10, 5)).red() > 200 && QColor(r.image.pixel(10, 5)).green() < 80, true);
        QCOMPARE(QColor(r.image.pixel(10, 35)).green() > 200, true);
        const auto fitted = ThumbnailLoader::decode(path, {10, 10});
        QCOMPARE(fitted.image.size(), QSize(5, 10));
    }

    void badPicturesSayWhy_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray photo = MediaSamples::jpeg({300, 300});
        QTest::newRow("truncated jpeg") << photo.left(photo.size() / 2) << QStringLiteral("incomplete");
        const QByteArray png = MediaSamples::png({300, 300});
        QTest::newRow("truncated png") << png.left(png.size() / 2) << QStringLiteral("damaged");
        QByteArray garbage = png.left(16);
        garbage.append(QByteArray(500, '\x5a'));
        QTest::newRow("corrupt png") << garbage << QStringLiteral("damaged");
        QTest::newRow("png claiming 100000 x 100000")
            << MediaSamples::pngClaiming(100000, 100000) << QStringLiteral("too large");
        QTest::newRow("png claiming 20000 x 20000")
            << MediaSamples::pngClaiming(20000, 20000) << QStringLiteral("too large");
        QTest::newRow("gif claiming 65535 x 65535")
            << MediaSamples::gifClaiming(65535, 65535) << QStringLiteral("too large");
        QTest::newRow("not a picture") << MediaSamples::pdf() << QStringLiteral("not a picture");
        QTest::newRow("program") << MediaSamples::elf() << QStringLiteral("not a picture");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a picture");
    }

    void badPicturesSayWhy()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path =
            file(QStringLiteral("bad-%1").arg(QString::fromLatin1(QTest::currentDataTag())), bytes);
        const auto r = ThumbnailLoader::decode(path, {200, 200});
        QVERIFY(r.image.isNull());
        QVERIFY2(r.problem.contains(reason), qPrintable(r.problem));
    }

    void decodesInTheBackgroundAndRemembers()
    {
        MediaCache cache(m_dir.filePath(QStringLiteral("cache")));
        QString error;
        const QString cached = cache.adopt(file(QStringLiteral("dl.png"), MediaSamples::png({640, 480})),
                                           QStringLiteral("png"), &error);
        QVERIFY(!cached.isEmpty());
        const QString bad = file(QStringLiteral("bad.png"), MediaSamples::pngClaiming(100000, 100000));
        ThumbnailLoader loader(&cache);
        QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
        QSignalSpy failed(&loader, &ThumbnailLoader::thumbnailFailed);
        const QSize box(160, 160);
        loader.request(cached, box);
        loader.request(cached, box); // once under way, not twice
        loader.request(bad, box);
        QVERIFY(loader.cached(cached, box).isNull()); // not decoded on this thread
        QTRY_COMPARE(ready.size(), 1);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).toString(), loader.problem(bad));
        QCOMPARE(loader.cached(cached, box).size(), QSize(160, 120));
        QVERIFY(loader.memoryUsed() > 0);
        loader.request(bad, box);    // known to fail: not tried again
        loader.request(cached, box); // in memory: nothing to do
        QTest::qWait(50);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(failed.size(), 1);

        // Kept on disk too, and read from there next time.
        const QString thumbnail = cache.thumbnailPath(cached, box);
        QVERIFY(QFileInfo::exists(thumbnail));
        QVERIFY(MediaSamples::write(cached, QByteArray("no longer a picture")));
        QCOMPARE(ThumbnailLoader::decode(cached, box, thumbnail).image.size(), QSize(160, 120));
    }

    void memoryIsBounded()
    {
        ThumbnailLoader loader;
        loader.setMemoryLimit(200 * 1024);
        QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
        for (int i = 0; i < 12; ++i)
            loader.request(
                file(QStringLiteral("m%1.png").arg(i), MediaSamples::png({200, 200}, QColor(i * 20, 0, 0))),
                {200, 200}); // 156 KiB each
        QTRY_COMPARE(ready.size(), 12);
        QVERIFY(loader.memoryUsed() <= 200 * 1024);
    }
};

QTEST_GUILESS_MAIN(tst_ThumbnailLoader)
#include "tst_ThumbnailLoader.moc"
