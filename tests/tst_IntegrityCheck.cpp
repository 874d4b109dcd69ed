// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/IntegrityCheck.h"

#include <QElapsedTimer>
#include <QFile>
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
