// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/HtmlText.h"

#include <QTest>

using namespace AgentDesk;

class tst_HtmlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs") << QStringLiteral("<p>Hello <b>there</b></p><p>Bye</p>")
                                    << QStringLiteral("Hello there\nBye");
        QTest::newRow("script dropped")
            << QStringLiteral("a<script type=x>alert('x')</script>b") << QStringLiteral("ab");
        QTest::newRow("unclosed script") << QStringLiteral("a<SCRIPT>alert(1)") << QStringLiteral("a");
        QTest::newRow("style and comment")
            << QStringLiteral("<style>p{}</style><!-- hidden -->shown") << QStringLiteral("shown");
        QTest::newRow("entities") << QStringLiteral("&lt;script&gt; &amp; &#20320;&#x597D; &bogus;")
                                  << QStringLiteral("<script> & 你好 &bogus;");
        QTest::newRow("source newlines are spaces")
            << QStringLiteral("one\ntwo<br>three") << QStringLiteral("one two\nthree");
        QTest::newRow("blank lines collapse")
            << QStringLiteral("a<br><br><br><br>b") << QStringLiteral("a\n\nb");
        QTest::newRow("broken tag") << QStringLiteral("x <img src=a onerror=alert(1)") << QStringLiteral("x");
        QTest::newRow("control characters refused")
            << QStringLiteral("a&#0;b&#x1;c") << QStringLiteral("a&#0;b&#x1;c");
        QTest::newRow("a less-than sign is text")
            << QStringLiteral("1 < 2 and 3 > 2") << QStringLiteral("1 < 2 and 3 > 2");
        QTest::newRow("closing tag of another element inside a script")
            << QStringLiteral("a<script>x = '</div>'; </scripts> y</SCRIPT >b") << QStringLiteral("ab");
        QTest::newRow("unclosed comment") << QStringLiteral("a<!-- b <p>c") << QStringLiteral("a");
        QTest::newRow("attributes with markup")
            << QStringLiteral("<a href=\"javascript:alert(1)\" onclick=\"x()\">link</a>")
            << QStringLiteral("link");
    }
    void makesText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlText::toPlainText(html), text);
    }

    // Markup built to make a backtracking parser quadratic (a 312 KB unclosed <script took 14 s):
    // each is converted in one pass, so this test finishes at once; with the old parser it would
    // run for minutes.
    void hostileMarkupIsConvertedInOnePass_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("unclosed script openings")
            << QStringLiteral("ok") + QStringLiteral("<script").repeated(100000) << QStringLiteral("ok");
        QTest::newRow("openings without an end") << QStringLiteral("<b").repeated(200000) << QString();
        QTest::newRow("a script that never closes")
            << QStringLiteral("ok<script>") + QStringLiteral("</scrip").repeated(100000)
            << QStringLiteral("ok");
        QTest::newRow("comments that never close")
            << QStringLiteral("ok<!--") + QStringLiteral("<!-- -").repeated(100000) << QStringLiteral("ok");
        QTest::newRow("a megabyte of tags")
            << QStringLiteral("<i>x</i>").repeated(120000) << QStringLiteral("x").repeated(120000);
        QTest::newRow("ampersands") << QStringLiteral("&").repeated(500000)
                                    << QStringLiteral("&").repeated(500000);
    }
    void hostileMarkupIsConvertedInOnePass()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlText::toPlainText(html), text);
    }

    // Remote text in a tooltip is escaped markup, bounded, never markup.
    void toolTipsShowTextAsWritten()
    {
        const QString tip = HtmlText::toolTip(QStringLiteral("<img src=\"/dev/zero\"> & <b>x</b>\nline 2"));
        QCOMPARE(tip, QStringLiteral(
                          "<p style=\"white-space:pre-wrap\">&lt;img src=&quot;/dev/zero&quot;&gt; &amp; "
                          "&lt;b&gt;x&lt;/b&gt;\nline 2</p>"));
        QVERIFY(HtmlText::toolTip(QString(100000, QLatin1Char('a'))).size() < 1000);
        QCOMPARE(HtmlText::toolTip({}), QString());
    }
};

QTEST_GUILESS_MAIN(tst_HtmlText)
#include "tst_HtmlText.moc"
