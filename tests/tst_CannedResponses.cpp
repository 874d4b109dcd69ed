// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/CannedResponses.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

class tst_CannedResponses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expandsPlaceholders_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("names") << QStringLiteral("Hello {first_name}, this is {agent}.")
                               << QStringLiteral("Hello Ada, this is Alex Morgan.");
        QTest::newRow("twice") << QStringLiteral("{customer} / {customer}")
                               << QStringLiteral("Ada Lovelace / Ada Lovelace");
        QTest::newRow("unknown stays visible") << QStringLiteral("Order {order_id} for {first_name}")
                                               << QStringLiteral("Order {order_id} for Ada");
        QTest::newRow("empty value stays visible")
            << QStringLiteral("About {subject}") << QStringLiteral("About {subject}");
        QTest::newRow("not a placeholder")
            << QStringLiteral("{ spaced } {Upper} {}") << QStringLiteral("{ spaced } {Upper} {}");
        QTest::newRow("values are not expanded again")
            << QStringLiteral("{channel}") << QStringLiteral("{agent}");
    }
    void expandsPlaceholders()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        const QHash<QString, QString> values{{QStringLiteral("customer"), QStringLiteral("Ada Lovelace")},
                                             {QStringLiteral("first_name"), QStringLiteral("Ada")},
                                             {QStringLiteral("agent"), QStringLiteral("Alex Morgan")},
                                             {QStringLiteral("subject"), QString()},
                                             {QStringLiteral("channel"), QStringLiteral("{agent}")}};
        QCOMPARE(CannedResponses::expand(body, values), expected);
    }

    void firstNames()
    {
        QCOMPARE(CannedResponses::firstName(QStringLiteral("  Ada Lovelace ")), QStringLiteral("Ada"));
        QCOMPARE(CannedResponses::firstName(QStringLiteral("陈杰")), QStringLiteral("陈杰"));
        QCOMPARE(CannedResponses::firstName(QString()), QString());
    }

    // A new profile gets the starter set; the agent's own list is kept as saved.
    void loadsAndSaves()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const CannedResponses starter = CannedResponses::load(ini);
        QVERIFY(starter.responses().size() >= 3);
        for (const auto &r : starter.responses())
            QVERIFY(!r.title.isEmpty() && !r.body.isEmpty());
        CannedResponses own;
        own.setResponses({{QStringLiteral("RMA"), QStringLiteral("RMA for {customer}: 你好")}});
        own.save(ini);
        ini.sync();
        QSettings again(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(CannedResponses::load(again).responses(), own.responses());
    }
};

QTEST_GUILESS_MAIN(tst_CannedResponses)
#include "tst_CannedResponses.moc"
