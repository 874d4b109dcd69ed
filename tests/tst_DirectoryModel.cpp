// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/DirectoryModel.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

class tst_DirectoryModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void followsAgentsAndTeamsOfEveryBackend()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("d.sqlite3")));
        QVERIFY(store);
        DirectoryModel directory(store.get());
        QSignalSpy changed(&directory, &DirectoryModel::changed);
        directory.reload();
        QTest::qWait(100);
        QCOMPARE(changed.size(), 0); // nothing there: nothing changed
        store->applyBatch({QStringLiteral("demo"),
                           {Team{QStringLiteral("demo"), QStringLiteral("t2"), QStringLiteral("Networking")},
                            Team{QStringLiteral("demo"), QStringLiteral("t1"), QStringLiteral("billing")},
                            Agent{QStringLiteral("demo"), QStringLiteral("a1"), QStringLiteral("Zoe"),
                                  QStringLiteral("t1"), Presence::Available},
                            Agent{QStringLiteral("demo"), QStringLiteral("a2"), QStringLiteral("adam"),
                                  QStringLiteral("t2"), Presence::Away}},
                           {}});
        store->applyBatch({QStringLiteral("rt"),
                           {Team{QStringLiteral("rt"), QStringLiteral("General"), QStringLiteral("General")}},
                           {}});
        QTRY_COMPARE(directory.teams().size(), 3);
        // By name, case-insensitively, across backends.
        QCOMPARE(directory.teams()[0].name, QStringLiteral("billing"));
        QCOMPARE(directory.teams()[1].name, QStringLiteral("General"));
        QCOMPARE(directory.teams(QStringLiteral("rt")).size(), 1);
        QCOMPARE(directory.agents(QStringLiteral("demo")).size(), 2);
        QCOMPARE(directory.agents(QStringLiteral("demo"))[0].name, QStringLiteral("adam"));
        QCOMPARE(directory.agents(QStringLiteral("rt")).size(), 0);
        QCOMPARE(directory.agentName(QStringLiteral("demo"), QStringLiteral("a1")), QStringLiteral("Zoe"));
        QCOMPARE(directory.agentName(QStringLiteral("rt"), QStringLiteral("a1")), QStringLiteral("a1"));
        QCOMPARE(directory.teamName(QStringLiteral("demo"), QStringLiteral("t2")),
                 QStringLiteral("Networking"));
    }
};

QTEST_GUILESS_MAIN(tst_DirectoryModel)
#include "tst_DirectoryModel.moc"
