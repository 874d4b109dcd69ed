// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageText.h"

#include <QFontMetrics>
#include <QTest>

using namespace AgentDesk;

class tst_MessageText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsLinksWithoutTheSentencesPunctuation()
    {
        const QString text =
            QStringLiteral("See https://kb.example.com/a?id=4. Or (www.example.org/x), "
                           "mail mailto:help@example.com! Not: http:// or file:///etc/passwd");
        const auto links = MessageText::findLinks(text);
        QCOMPARE(links.size(), 3);
        QCOMPARE(links[0].url, QUrl(QStringLiteral("https://kb.example.com/a?id=4")));
        QCOMPARE(text.mid(links[0].start, links[0].length), QStringLiteral("https://kb.example.com/a?id=4"));
        QCOMPARE(links[1].url.host(), QStringLiteral("www.example.org"));
        QCOMPARE(text.mid(links[1].start, links[1].length), QStringLiteral("www.example.org/x"));
        QCOMPARE(links[2].url.scheme(), QStringLiteral("mailto"));
        // A bracket that belongs to the address stays.
        const auto wiki =
            MessageText::findLinks(QStringLiteral("https://en.wikipedia.org/wiki/NAS_(storage)"));
        QCOMPARE(wiki.size(), 1);
        QVERIFY(wiki[0].url.toString().endsWith(QLatin1String("(storage)")));
    }

    void findsTermsCaseInsensitively()
    {
        const auto hits =
            MessageText::findTerms(QStringLiteral("Router, router; ROUTER 路由器"),
                                   {QStringLiteral("router"), QStringLiteral("路由"), QString()});
        QCOMPARE(hits.size(), 4);
        QCOMPARE(hits[2], std::make_pair(16, 6));
        QCOMPARE(hits[3], std::make_pair(23, 2));
    }

    void wrapsAndHitTestsLinks()
    {
        QFont font;
        font.setPixelSize(14);
        const QString text = QStringLiteral("Please open https://example.com/manual for the steps");
        MessageText narrow(text, font, 120);
        MessageText wide(text, font, 2000);
        QVERIFY(narrow.size().height() > wide.size().height()); // wrapped onto more lines
        QVERIFY(narrow.size().width() <= 120);
        const QFontMetrics fm(font);
        const int x = fm.horizontalAdvance(QStringLiteral("Please open https://ex"));
        QCOMPARE(wide.linkAt(QPoint(x, fm.height() / 2)), QUrl(QStringLiteral("https://example.com/manual")));
        QVERIFY(wide.linkAt(QPoint(3, fm.height() / 2)).isEmpty());
        QVERIFY(wide.linkAt(QPoint(x, fm.height() * 5)).isEmpty());
    }

    // "line one\nline two" is two lines in the bubble, not "line oneline two".
    void keepsLineBreaks()
    {
        QFont font;
        font.setPixelSize(14);
        MessageText one(QStringLiteral("line one line two"), font, 2000);
        MessageText two(QStringLiteral("line one\nline two"), font, 2000);
        MessageText paragraphs(QStringLiteral("line one\n\nline two"), font, 2000);
        QVERIFY(two.size().height() > one.size().height());
        QVERIFY(paragraphs.size().height() > two.size().height());
    }

    // A megabyte on one line (a paste, a log) once froze the window for minutes: the bubble lays out
    // the start of it, a bounded amount, and ends with "Show all".
    void aVeryLongMessageIsShortenedWithShowAll()
    {
        QFont font;
        font.setPixelSize(14);
        const QString huge(1 << 20, QLatin1Char('x'));
        MessageText text(huge, font, 400);
        QVERIFY(text.shortened());
        const QFontMetrics fm(font);
        // The shown part's lines, plus the "Show all" line.
        MessageText shownPart(QString(MessageText::maxShownChars, QLatin1Char('x')), font, 400);
        QVERIFY(text.size().height() <= shownPart.size().height() + 3 * fm.lineSpacing());
        const int lastLine = text.size().height() - fm.height() / 2;
        QCOMPARE(text.linkAt(QPoint(5, lastLine)), MessageText::showAllUrl());
        MessageText normal(QStringLiteral("short"), font, 400);
        QVERIFY(!normal.shortened());
        QVERIFY(normal.linkAt(QPoint(5, fm.height() / 2)).isEmpty());
    }
};

QTEST_MAIN(tst_MessageText)
#include "tst_MessageText.moc"
