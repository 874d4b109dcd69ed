// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaCache.h"
#include "MediaSamples.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

class tst_MediaCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString download(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("download-%1").arg(++m_n));
        return MediaSamples::write(path, bytes) ? path : QString();
    }

    static void setUsed(const QString &path, const QDateTime &when)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
    }

private Q_SLOTS:
    void filesAreNamedByTheirContent()
    {
        MediaCache cache(m_dir.filePath(QStringLiteral("cache")));
        const QByteArray bytes = MediaSamples::png({16, 16});
        QString error;
        const QString first = download(bytes);
        const QString cached = cache.adopt(first, QStringLiteral("png"), &error);
        QVERIFY2(!cached.isEmpty(), qPrintable(error));
        QVERIFY(cache.contains(cached));
        QVERIFY(!QFileInfo::exists(first)); // moved, not copied
        QCOMPARE(QFileInfo(cached).completeBaseName(), MediaCache::sha256(cached));
        QCOMPARE(QFileInfo(cached).suffix(), QStringLiteral("png"));

        // The same picture again is kept once.
        const QString again = cache.adopt(download(bytes), QStringLiteral("png"), &error);
        QCOMPARE(again, cached);
        QDir files(QFileInfo(cached).absolutePath());
        QCOMPARE(files.entryList(QDir::Files).size(), 1);
    }

    // Nothing a sender chose reaches a path: a suffix that is not letters and digits is dropped.
    void nothingIsWrittenOutsideTheCache()
    {
        MediaCache cache(m_dir.filePath(QStringLiteral("cache2")));
        QString error;
        for (const QString &suffix : {QStringLiteral("../../x"), QStringLiteral("png/../../y"),
                                      QStringLiteral("a b"), QStringLiteral("verylongsuffix")}) {
            const QString cached = cache.adopt(download(suffix.toUtf8()), suffix, &error);
            QVERIFY(cache.contains(cached));
            QCOMPARE(QFileInfo(cached).suffix(), QString());
        }
        QVERIFY(cache.contains(cache.partialPath(QStringLiteral("../../../etc/passwd"))));
        QVERIFY(!cache.contains(QStringLiteral("/etc/passwd")));
        QVERIFY(!cache.contains(cache.directory() + QStringLiteral("/../outside")));
        QCOMPARE(cache.thumbnailPath(QStringLiteral("/etc/passwd"), {64, 64}), QString());
        const QString cached = cache.adopt(download("thumb"), QStringLiteral("jpg"), &error);
        QVERIFY(cache.contains(cache.thumbnailPath(cached, {64, 64})));
    }

    void aMissingDownloadIsAClearError()
    {
        MediaCache cache(m_dir.filePath(QStringLiteral("cache3")));
        QString error;
        QVERIFY(cache.adopt(m_dir.filePath(QStringLiteral("nothing")), {}, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("Cannot read")));
    }

    // Over its budget, the cache drops the files used longest ago; downloads under way stay.
    void trimmingDropsTheLeastRecentlyUsed()
    {
        MediaCache cache(m_dir.filePath(QStringLiteral("cache4")), 2500);
        QString error;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            files << cache.adopt(download(QByteArray(1000, char('a' + i))), {}, &error);
            setUsed(files.last(), now.addSecs(-100 + i));
        }
        setUsed(files[0], now); // the oldest was looked at again
        const QString part = cache.partialPath(QStringLiteral("big video"));
        QVERIFY(QDir().mkpath(QFileInfo(part).absolutePath()));
        QVERIFY(MediaSamples::write(part, QByteArray(2000, 'p')));
        QCOMPARE(cache.trim(), 1000);
        QVERIFY(QFileInfo::exists(files[0]));
        QVERIFY(!QFileInfo::exists(files[1]));
        QVERIFY(QFileInfo::exists(files[2]));
        QVERIFY(QFileInfo::exists(part));
        QCOMPARE(cache.trim(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_MediaCache)
#include "tst_MediaCache.moc"
