// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmppStanzaParser.h"

#include <QTest>

using namespace AgentDesk;

class tst_XmppStanzaParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAMessageWithNamespacesAndText()
    {
        QString error;
        const XmppElement m = XmppStanzaParser().parse(
            QStringLiteral(
                "<message xmlns='jabber:client' from='ada@example.com/phone' id='m1' type='chat'>"
                "<body>My NAS &amp; router &lt;3 &#x4F60;</body>"
                "<request xmlns='urn:xmpp:receipts'/><active xmlns='http://jabber.org/protocol/chatstates'/>"
                "</message>"),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m.name, QStringLiteral("message"));
        QCOMPARE(m.xmlns, QStringLiteral("jabber:client"));
        QCOMPARE(m.attribute(QStringLiteral("from")), QStringLiteral("ada@example.com/phone"));
        QCOMPARE(m.child(QStringLiteral("body"))->text, QStringLiteral("My NAS & router <3 你"));
        QCOMPARE(m.child(QStringLiteral("body"))->xmlns, QStringLiteral("jabber:client"));
        QVERIFY(m.child(QStringLiteral("request"), QStringLiteral("urn:xmpp:receipts")));
        QVERIFY(!m.child(QStringLiteral("request"), QStringLiteral("jabber:client")));
    }

    void writesWhatItReads()
    {
        XmppElement m{QStringLiteral("message"), QStringLiteral("jabber:client"), {}, {}, {}};
        m.setAttribute(QStringLiteral("to"), QStringLiteral("ada@example.com"));
        m.setAttribute(QStringLiteral("id"), QStringLiteral("a\"b'<"));
        m.addChild(QStringLiteral("body")).text = QStringLiteral("1 < 2 & \"quotes\" </body>");
        m.addChild(QStringLiteral("request"), QStringLiteral("urn:xmpp:receipts"));
        const QString xml = m.toXml();
        QVERIFY(!xml.contains(QLatin1String("</body></body>")));
        QString error;
        const XmppElement back = XmppStanzaParser().parse(xml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char(' ') + xml));
        QCOMPARE(back.attribute(QStringLiteral("id")), QStringLiteral("a\"b'<"));
        QCOMPARE(back.child(QStringLiteral("body"))->text, QStringLiteral("1 < 2 & \"quotes\" </body>"));
        QCOMPARE(back.child(QStringLiteral("request"))->xmlns, QStringLiteral("urn:xmpp:receipts"));
    }

    void refusesBadInputWithAReason_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<QString>("reason");
        QTest::newRow("malformed") << QStringLiteral("<message><body>hi</message>")
                                   << QStringLiteral("Malformed");
        QTest::newRow("unclosed") << QStringLiteral("<message><body>hi") << QStringLiteral("Malformed");
        QTest::newRow("two elements") << QStringLiteral("<a/><b/>") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("no element");
        QTest::newRow("dtd") << QStringLiteral("<!DOCTYPE m [<!ENTITY x 'boom'>]><m>&x;</m>")
                             << QStringLiteral("DTD");
        QTest::newRow("oversized")
            << QStringLiteral("<message><body>%1</body></message>").arg(QString(300 * 1024, QLatin1Char('x')))
            << QStringLiteral("larger");
        QString deep;
        for (int i = 0; i < 40; ++i)
            deep += QStringLiteral("<a>");
        QTest::newRow("too deep") << deep << QStringLiteral("nested");
    }
    void refusesBadInputWithAReason()
    {
        QFETCH(QString, frame);
        QFETCH(QString, reason);
        QString error;
        const XmppElement e = XmppStanzaParser().parse(frame, &error);
        QVERIFY(e.isNull());
        QVERIFY(!error.isEmpty());
        if (!reason.isEmpty())
            QVERIFY2(error.contains(reason), qPrintable(error));
    }

    // A refused stanza's start tag is still read, so that its sender can be told; a DTD is not.
    void tellsWhoSentARefusedStanza()
    {
        XmppStanzaParser parser;
        QString error;
        XmppElement head;
        const QString big = QStringLiteral("<message xmlns='jabber:client' from='ada@localhost/desk' id='m1' "
                                           "type='chat'><body>%1</body></message>")
                                .arg(QString(300 * 1024, QLatin1Char('x')));
        QVERIFY(parser.parse(big, &error, &head).isNull());
        QCOMPARE(head.name, QStringLiteral("message"));
        QCOMPARE(head.attribute(QStringLiteral("from")), QStringLiteral("ada@localhost/desk"));
        QCOMPARE(head.attribute(QStringLiteral("id")), QStringLiteral("m1"));
        QVERIFY(head.children.isEmpty());
        QVERIFY(parser.parse(QStringLiteral("<iq id='q' type='get'><query><a></query></iq>"), &error, &head)
                    .isNull());
        QCOMPARE(head.name, QStringLiteral("iq"));
        QVERIFY(parser.parse(QStringLiteral("<!DOCTYPE m [<!ENTITY x 'boom'>]><m>&x;</m>"), &error, &head)
                    .isNull());
        QVERIFY(head.isNull());
        QVERIFY(!parser.parse(QStringLiteral("<presence/>"), &error, &head).isNull());
        QVERIFY(head.isNull());
    }

    // A refused message does not spoil the next one: each is parsed on its own.
    void goesOnAfterABadMessage()
    {
        XmppStanzaParser parser;
        QString error;
        QVERIFY(parser.parse(QStringLiteral("<broken"), &error).isNull());
        error.clear();
        QCOMPARE(parser.parse(QStringLiteral("<presence/>"), &error).name, QStringLiteral("presence"));
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_XmppStanzaParser)
#include "tst_XmppStanzaParser.moc"
