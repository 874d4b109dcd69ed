// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One AgentDesk per profile: in one process (the class), and with two real processes of the app.
#include "SingleInstance.h"
#include "TestHelpers.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace AgentDesk;

class tst_SingleInstance : public QObject
{
    Q_OBJECT

    static std::unique_ptr<QProcess> startApp(const QString &profile, const QStringList &extra = {})
    {
        auto app = std::make_unique<QProcess>();
        app->setProcessEnvironment(TestData::appEnvironment());
        app->start(QStringLiteral(AGENTDESK_APP),
                   QStringList{QStringLiteral("--profile"), profile, QStringLiteral("--backend"),
                               QStringLiteral("none")} +
                       extra);
        if (!app->waitForStarted(10000))
            return nullptr;
        return app;
    }

private Q_SLOTS:
    void theSecondClaimHandsItsArgumentsToTheFirst()
    {
        QTemporaryDir profile;
        SingleInstance first(profile.path());
        QCOMPARE(first.claim({QStringLiteral("agentdesk")}), SingleInstance::Claim::Primary);
        QSignalSpy requested(&first, &SingleInstance::requested);
        // The second blocks while it waits for an answer: on a thread of its own, as in a process.
        SingleInstance::Claim second = SingleInstance::Claim::Failed;
        QString lockOnlyError;
        std::thread other([&] {
            SingleInstance instance(profile.path());
            second = instance.claim(
                {QStringLiteral("agentdesk"), QStringLiteral("--search"), QStringLiteral("NAS")});
            SingleInstance headless(profile.path());
            if (headless.claim({}, false) == SingleInstance::Claim::Failed)
                lockOnlyError = headless.error();
        });
        QTRY_COMPARE(requested.size(), 1);
        other.join();
        QCOMPARE(second, SingleInstance::Claim::Forwarded);
        QCOMPARE(
            requested.first().first().toStringList(),
            (QStringList{QStringLiteral("agentdesk"), QStringLiteral("--search"), QStringLiteral("NAS")}));
        QVERIFY2(lockOnlyError.contains(QLatin1String("close it first")), qPrintable(lockOnlyError));
        // Another profile is another instance.
        QTemporaryDir elsewhere;
        SingleInstance third(elsewhere.path());
        QCOMPARE(third.claim({}), SingleInstance::Claim::Primary);
        QVERIFY(SingleInstance::serverName(profile.path()) != SingleInstance::serverName(elsewhere.path()));
    }

    // Two real launches on one profile: the second hands over its request and exits without opening
    // the store; once the first is killed, the next launch takes the profile over.
    void aSecondLaunchRaisesTheFirstAndLeaves()
    {
        QTemporaryDir profile;
        auto first = startApp(profile.path());
        QVERIFY(first);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(profile.filePath(QStringLiteral("agentdesk.lock"))), 10000);
        auto second = startApp(profile.path(), {QStringLiteral("--search"), QStringLiteral("router")});
        QVERIFY(second);
        QVERIFY(second->waitForFinished(20000));
        const QString said = QString::fromUtf8(second->readAllStandardError());
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(said.contains(QLatin1String("already running for this profile")), qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("locked")), qPrintable(said)); // never reached the store
        QByteArray firstSaid;
        QTRY_VERIFY_WITH_TIMEOUT(
            (firstSaid += first->readAllStandardError()).contains("a later launch asked:"), 10000);
        QVERIFY(firstSaid.contains("--search router"));

        first->kill(); // SIGKILL: its lock file stays behind, its process does not
        QVERIFY(first->waitForFinished(10000));
        auto next = startApp(profile.path());
        QVERIFY(next);
        QVERIFY(!next->waitForFinished(3000)); // running: it took the profile over
        QCOMPARE(next->state(), QProcess::Running);
        next->terminate();
        QVERIFY(next->waitForFinished(10000));
    }
};

QTEST_MAIN(tst_SingleInstance)
#include "tst_SingleInstance.moc"
