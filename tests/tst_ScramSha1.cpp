// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScramSha1.h"

#include <QTest>

using namespace AgentDesk;

class tst_ScramSha1 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The exchange of RFC 5802, section 5.
    void matchesTheRfcExample()
    {
        ScramSha1 scram(QStringLiteral("user"), QStringLiteral("pencil"), "fyko+d2lbbFgONRv9qkxdawL");
        QCOMPARE(scram.clientFirst(), QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
        QString error;
        const QByteArray final = scram.clientFinal(
            "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(
            final,
            QByteArray("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="));
        QVERIFY(scram.verifyServerFinal("v=rmF9pqV8S7suAoZWja4dJRkFsKQ="));
        QVERIFY(!scram.verifyServerFinal("v=AAAAAAAAAAAAAAAAAAAAAAAAAAA="));
    }

    void escapesTheUserName()
    {
        ScramSha1 scram(QStringLiteral("a,b=c"), QStringLiteral("x"), "n1");
        QCOMPARE(scram.clientFirst(), QByteArray("n,,n=a=2Cb=3Dc,r=n1"));
    }

    void refusesABadChallenge_data()
    {
        QTest::addColumn<QByteArray>("challenge");
        QTest::newRow("nonce not extended") << QByteArray("r=abc,s=QSXCR+Q6sek8bf92,i=4096");
        QTest::newRow("foreign nonce") << QByteArray("r=zzz123,s=QSXCR+Q6sek8bf92,i=4096");
        QTest::newRow("no salt") << QByteArray("r=abcdef,i=4096");
        QTest::newRow("no iterations") << QByteArray("r=abcdef,s=QSXCR+Q6sek8bf92");
        QTest::newRow("absurd iterations") << QByteArray("r=abcdef,s=QSXCR+Q6sek8bf92,i=99999999");
        // A million was once accepted: half a second of work per sign-in, asked for by the server.
        QTest::newRow("a million iterations") << QByteArray("r=abcdef,s=QSXCR+Q6sek8bf92,i=1000000");
        QTest::newRow("just above the cap") << QByteArray("r=abcdef,s=QSXCR+Q6sek8bf92,i=100001");
        QTest::newRow("mandatory extension") << QByteArray("m=ext,r=abcdef,s=QSXCR+Q6sek8bf92,i=4096");
    }
    void refusesABadChallenge()
    {
        QFETCH(QByteArray, challenge);
        ScramSha1 scram(QStringLiteral("user"), QStringLiteral("pencil"), "abc");
        QString error;
        QVERIFY(scram.clientFinal(challenge, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(!scram.verifyServerFinal("v=rmF9pqV8S7suAoZWja4dJRkFsKQ="));
    }

    void makesAFreshNonceEachTime()
    {
        const QByteArray a = ScramSha1(QStringLiteral("u"), QStringLiteral("p")).clientFirst();
        const QByteArray b = ScramSha1(QStringLiteral("u"), QStringLiteral("p")).clientFirst();
        QVERIFY(a != b);
        QVERIFY(a.size() > 20);
        QVERIFY(!a.mid(9).contains(','));
    }
};

QTEST_GUILESS_MAIN(tst_ScramSha1)
#include "tst_ScramSha1.moc"
