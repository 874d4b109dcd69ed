// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// agentdesk-startbench: start to an interactive inbox, timed from outside the process.
//
//   agentdesk-startbench --app build/app/agentdesk --profile /tmp/big1m [--runs 5] [--cold] [--idle 3]
//
// Spawns the real app on a profile (made by `agentdesk --profile P --generate N`) with
// --measure-startup, and times from just before the spawn to the moment its "interactive-ms" line
// arrives (printed once the inbox list has painted its rows): process creation, dynamic linking
// and everything before main() included. --cold first drops the page cache as after a reboot: the
// whole system's (caches, dentries and inodes: fonts, Qt's plugins and translations too) where
// /proc/sys/vm/drop_caches can be written (root), else that of every file the app mapped in the
// previous run (its libraries) and of the profile's files (posix_fadvise). Reports which, the
// app's own figure beside it, and its idle PSS.
#include "Percentiles.h"

#include <cstdio>
#include <fcntl.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <unistd.h>

namespace {

// Drops the clean cached pages of a file (what a cold start has to read again).
void evict(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

// The whole system's page cache, dentries and inodes; false where that needs rights we lack.
bool dropSystemCaches()
{
    ::sync();
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    return drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2;
}

QSet<QString> mappedFiles(qint64 pid)
{
    QSet<QString> files;
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    if (!maps.open(QIODevice::ReadOnly))
        return files;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const int slash = line.indexOf('/');
        if (slash > 0)
            files.insert(QString::fromLocal8Bit(line.mid(slash)).trimmed());
    }
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The agentdesk binary."),
                                       QStringLiteral("path"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("A generated profile."),
                                           QStringLiteral("dir"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Starts."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption idleOption(QStringLiteral("idle"), QStringLiteral("Seconds idle before PSS."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption coldOption(QStringLiteral("cold"), QStringLiteral("Drop the page cache first."));
    parser.addOptions({appOption, profileOption, runsOption, idleOption, coldOption});
    parser.process(app);
    const QString binary = parser.value(appOption);
    const QString profile = parser.value(profileOption);
    const int runs = parser.value(runsOption).toInt();
    if (binary.isEmpty() || profile.isEmpty() || runs <= 0) {
        std::fprintf(stderr, "agentdesk-startbench: --app and --profile are needed, --runs > 0\n");
        return 2;
    }
    const bool cold = parser.isSet(coldOption);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QSet<QString> mapped{binary};
    QList<double> outside, inside, pss;
    bool systemDropped = false;
    for (int run = 0; run <= runs; ++run) { // run 0 only learns what the app maps (and warms up)
        if (cold && dropSystemCaches()) {
            systemDropped = true;
        } else if (cold) {
            for (const QString &file : std::as_const(mapped))
                evict(file);
            for (const QString &file : QDir(profile).entryList(QDir::Files))
                evict(QDir(profile).filePath(file));
        }
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        double interactiveAt = 0;
        QByteArray out;
        QObject::connect(&p, &QProcess::readyReadStandardOutput, &p, [&] {
            out += p.readAllStandardOutput();
            if (interactiveAt == 0 && out.contains("interactive-ms")) {
                interactiveAt = timer.nsecsElapsed() / 1e6;
                mapped += mappedFiles(p.processId());
            }
        });
        timer.start();
        p.start(binary, {QStringLiteral("--profile"), profile, QStringLiteral("--measure-startup"),
                         parser.value(idleOption)});
        if (!p.waitForFinished(120000) || interactiveAt == 0) {
            std::fprintf(stderr, "agentdesk-startbench: the app did not report an interactive inbox\n%s\n",
                         p.readAllStandardError().constData());
            return 1;
        }
        out += p.readAllStandardOutput();
        if (run == 0)
            continue;
        outside.append(interactiveAt);
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("interactive-ms "))
                inside.append(line.mid(15).toDouble());
            else if (line.startsWith("idle-pss-kib "))
                pss.append(line.mid(13).toDouble() / 1024.0);
        }
    }
    const auto show = [](const char *what, const QList<double> &v, const char *unit) {
        const AgentDesk::Bench::Percentiles p = AgentDesk::Bench::percentiles(v);
        std::printf("%-34s: n=%lld p50 %.1f, max %.1f %s\n", what, static_cast<long long>(v.size()), p.p50,
                    p.max, unit);
    };
    std::printf("%s start, %s\n",
                !cold           ? "warm"
                : systemDropped ? "cold (the system's page cache dropped)"
                                : "cold (the app's and profile's files evicted)",
                qPrintable(profile));
    show("spawn to painted inbox (outside)", outside, "ms");
    show("main() to painted inbox (the app)", inside, "ms");
    show("idle PSS", pss, "MiB");
    return 0;
}
