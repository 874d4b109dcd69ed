// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SearchText.h"

#include <QTest>

using namespace AgentDesk;

class tst_SearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latinTextIsIndexedAsIs()
    {
        const QString text = QStringLiteral("Disk 3 is clicking");
        QCOMPARE(SearchText::forIndex(text), text);
    }

    void cjkCharactersBecomeTokens()
    {
        QCOMPARE(SearchText::forIndex(QStringLiteral("设备ok")).simplified(), QStringLiteral("设 备 ok"));
    }

    void queriesBecomeSafeExpressions_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expression");
        QTest::newRow("word") << QStringLiteral("disk") << QStringLiteral("\"disk\"*");
        QTest::newRow("words") << QStringLiteral("red  light") << QStringLiteral("\"red\"* \"light\"*");
        QTest::newRow("syntax") << QStringLiteral("\"AND (NEAR") << QStringLiteral("\"AND\"* \"NEAR\"*");
        QTest::newRow("chinese") << QStringLiteral("无法") << QStringLiteral("\"无 法\"");
        QTest::newRow("serial") << QStringLiteral("SN-ORN4") << QStringLiteral("\"SN\"* \"ORN4\"*");
        QTest::newRow("empty") << QStringLiteral(" *()") << QString();
    }

    void queriesBecomeSafeExpressions()
    {
        QFETCH(QString, query);
        QFETCH(QString, expression);
        QCOMPARE(SearchText::matchExpression(query), expression);
    }

    void excerptCentresOnTheFirstHit()
    {
        const QString text = QStringLiteral("word ").repeated(100) + QStringLiteral("needle ") +
                             QStringLiteral("tail ").repeated(100);
        const QString e = SearchText::excerpt(text, {QStringLiteral("needle")}, 60);
        QVERIFY(e.contains(QLatin1String("needle")));
        QVERIFY(e.startsWith(QChar(0x2026)));
        QVERIFY(e.size() <= 62);
    }
};

QTEST_GUILESS_MAIN(tst_SearchText)
#include "tst_SearchText.moc"
