#include "media/MediaProbe.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

namespace {
QString sample(const QString &name)
{
    return QStringLiteral(TEST_SOURCE_DIR "/../resources/demo-media/") + name;
}
} // namespace

class tst_MediaProbe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
    }

private Q_SLOTS:
    void playableFilesPass()
    {
        QCOMPARE(MediaProbe::checkVideo(sample(QStringLiteral("disk-clicking.mp4"))), QString());
        QCOMPARE(MediaProbe::checkAudio(sample(QStringLiteral("disk-clicking.mp4"))), QString());
        QCOMPARE(MediaProbe::checkAudio(sample(QStringLiteral("voice-note.ogg"))), QString());
    }

    void damagedOrWrongFilesSayWhy()
    {
        QFile good(sample(QStringLiteral("disk-clicking.mp4")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QString truncated = write(QStringLiteral("truncated.mp4"), good.read(3000));
        QByteArray junk("\x00\x00\x00\x18"
                        "ftypmp42",
                        12);
        junk.append(QByteArray(20000, '\x7f'));
        for (const QString &bad :
             {truncated, write(QStringLiteral("junk.mp4"), junk),
              write(QStringLiteral("text.mp4"), "no video"), m_dir.filePath(QStringLiteral("gone.mp4"))})
            QVERIFY2(MediaProbe::checkVideo(bad).contains(QStringLiteral("damaged")), qPrintable(bad));
        // A voice note has no picture; a picture is no recording.
        QVERIFY(MediaProbe::checkVideo(sample(QStringLiteral("voice-note.ogg")))
                    .contains(QStringLiteral("no picture")));
        QVERIFY(!MediaProbe::checkAudio(sample(QStringLiteral("serial-label.png"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_MediaProbe)
#include "tst_MediaProbe.moc"
