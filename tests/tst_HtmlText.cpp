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
    }
    void makesText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlText::toPlainText(html), text);
    }
};

QTEST_GUILESS_MAIN(tst_HtmlText)
#include "tst_HtmlText.moc"
