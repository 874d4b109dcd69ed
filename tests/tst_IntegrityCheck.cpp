// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/IntegrityCheck.h"
#include "store/SqliteDatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace AgentDesk;

class tst_IntegrityCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString damagedFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite3"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QByteArray(8192, '\xa5'));
        return path;
    }

private Q_SLOTS:
    // Damage is reported from a thread that takes the CPU and the disk only when nothing else does.
    void findsDamageAtIdlePriority()
    {
        IntegrityCheck check;
        std::mutex mutex;
        QString found;
        int policy = -1;
        long ioClass = -1;
        check.start(damagedFile(), 10, [&](const QString &why) {
            std::lock_guard lock(mutex);
            found = why;
            policy = sched_getscheduler(0);
            ioClass = syscall(SYS_ioprio_get, 1, 0) >> 13;
        });
        QTRY_VERIFY([&] {
            std::lock_guard lock(mutex);
            return !found.isEmpty();
        }());
        std::lock_guard lock(mutex);
        QVERIFY2(found.contains(QLatin1String("damaged")), qPrintable(found));
        QCOMPARE(policy, SCHED_IDLE);
        QCOMPARE(ioClass, 3L); // IOPRIO_CLASS_IDLE
    }

    // A sound store is stamped; within a day of the stamp it is not read again.
    void checksAtMostOnceADay()
    {
        const QString sound = m_dir.filePath(QStringLiteral("sound.sqlite3"));
        {
            SqliteDatabase db;
            db.open(sound, true);
            db.exec("CREATE TABLE t (x)");
        }
        const QString stamp = IntegrityCheck::stampPath(sound);
        std::atomic<bool> soundFound{false};
        {
            IntegrityCheck check;
            check.start(sound, 0, [&](const QString &) { soundFound = true; });
            QTRY_VERIFY(QFileInfo::exists(stamp));
        }
        QVERIFY(!soundFound.load());
        // Damaged after the stamp: found only once the stamp is a day old.
        const QString damaged = damagedFile();
        QVERIFY(QFile::copy(stamp, IntegrityCheck::stampPath(damaged)));
        QFile fresh(IntegrityCheck::stampPath(damaged));
        QVERIFY(fresh.open(QIODevice::ReadWrite));
        QVERIFY(fresh.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime));
        std::atomic<bool> found{false};
        {
            IntegrityCheck check;
            check.start(damaged, 0, [&](const QString &) { found = true; });
            QTest::qWait(200);
        }
        QVERIFY(!found.load());
        QVERIFY(fresh.setFileTime(QDateTime::currentDateTime().addSecs(-25 * 3600),
                                  QFileDevice::FileModificationTime));
        fresh.close();
        IntegrityCheck check;
        check.start(damaged, 0, [&](const QString &) { found = true; });
        QTRY_VERIFY(found.load());
        QVERIFY(!QFileInfo::exists(IntegrityCheck::stampPath(damaged))); // checked again next start
    }

    // Quitting within the delay neither waits for it nor reports anything.
    void stopsAtOnceWithinTheDelay()
    {
        bool called = false;
        QElapsedTimer timer;
        timer.start();
        {
            IntegrityCheck check;
            check.start(damagedFile(), 60000, [&](const QString &) { called = true; });
            QTest::qWait(20);
        }
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_IntegrityCheck)
#include "tst_IntegrityCheck.moc"
