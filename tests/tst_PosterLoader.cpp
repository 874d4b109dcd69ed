#include "media/PosterLoader.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

namespace {
QString sample(const QString &name)
{
    return QStringLiteral(TEST_SOURCE_DIR "/../resources/demo-media/") + name;
}
} // namespace

class tst_PosterLoader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
    }

private Q_SLOTS:
    void aVideosFirstFrameBecomesItsPoster()
    {
        PosterLoader posters;
        QSignalSpy ready(&posters, &PosterLoader::posterReady);
        const QString poster = m_dir.filePath(QStringLiteral("posters/clip.png"));
        posters.request(sample(QStringLiteral("disk-clicking.mp4")), poster);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().at(1).toString(), poster);
        QCOMPARE(QImage(poster).size(), QSize(320, 240));
    }

    // Damaged videos: a reason, never a crash, and no second try.
    void aDamagedVideoSaysWhy()
    {
        QFile good(sample(QStringLiteral("disk-clicking.mp4")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QString truncated = write(QStringLiteral("truncated.mp4"), good.read(3000));
        QByteArray junk("\x00\x00\x00\x18"
                        "ftypmp42",
                        12);
        junk.append(QByteArray(20000, '\x7f'));
        const QString corrupt = write(QStringLiteral("corrupt.mp4"), junk);
        const QString text = write(QStringLiteral("notes.mp4"), "this is no video at all");
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
