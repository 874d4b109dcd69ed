// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/FileSecretStore.h"
#include "settings/PendingSecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

class tst_PendingSecretStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    // What is asked before the keychain answers waits, and is done by the store chosen.
    void requestsWaitForTheChosenStore()
    {
        PendingSecretStore pending;
        QVERIFY(!pending.isSecure());
        QVERIFY(pending.description().contains(QLatin1String("Looking")));
        QStringList done;
        pending.write(QStringLiteral("backend/rt-1"), QStringLiteral("secret-1"), this,
                      [&](const QString &error) { done << QStringLiteral("write ") + error; });
        pending.remove(QStringLiteral("backend/rt-2"), this,
                       [&](const QString &error) { done << QStringLiteral("remove ") + error; });
        QTest::qWait(50);
        QVERIFY(done.isEmpty());

        QSignalSpy where(&pending, &SecretStore::whereChanged);
        auto *file = new FileSecretStore(m_dir.filePath(QStringLiteral("secrets.json")));
        pending.choose(file);
        QCOMPARE(where.count(), 1);
        QCOMPARE(pending.chosen(), file);
        QCOMPARE(file->parent(), &pending);
        QCOMPARE(pending.description(), file->description());
        QTRY_COMPARE(done.size(), 2);
        QVERIFY(done.contains(QStringLiteral("write ")));
        QVERIFY(done.contains(QStringLiteral("remove ")));

        // Once chosen, requests go straight through, to the store that kept the write.
        std::optional<QString> after;
        pending.read(QStringLiteral("backend/rt-1"), this,
                     [&](const QString &secret, const QString &) { after = secret; });
        QTRY_VERIFY(after.has_value());
        QCOMPARE(*after, QStringLiteral("secret-1"));
    }

    // A dialog closed before the keychain answered is not called back.
    void requestsOfAGoneContextAreDropped()
    {
        PendingSecretStore pending;
        bool called = false;
        {
            QObject context;
            pending.read(QStringLiteral("backend/rt-1"), &context,
                         [&](const QString &, const QString &) { called = true; });
        }
        pending.choose(new FileSecretStore(m_dir.filePath(QStringLiteral("gone.json"))));
        QTest::qWait(100);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_PendingSecretStore)
#include "tst_PendingSecretStore.moc"
