// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// agentdesk-textbench: hostile and very long text, as customers and servers send it.
//
//   QT_QPA_PLATFORM=offscreen agentdesk-textbench [--kb 1024] [--runs 20]
//
// Times HtmlText::toPlainText on markup built to make a backtracking parser quadratic (an unclosed
// <script, thousands of '<' without '>') and on ordinary mail HTML of the same size, and the
// message bubble's layout (MessageText) of a --kb one-line message and of ordinary text, which is
// what the conversation view does for every row it measures and paints. Prints the median and the
// slowest of --runs.
#include "MessageText.h"
#include "Percentiles.h"
#include "text/HtmlText.h"

#include <cstdio>
#include <functional>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace AgentDesk;

namespace {

void measure(const char *what, int runs, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms << t.nsecsElapsed() / 1e6;
    }
    const Bench::Percentiles p = Bench::percentiles(ms);
    std::printf("%-46s median %9.3f ms   max %9.3f ms\n", what, p.p50, p.max);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("kb"), QStringLiteral("Size of each text, in KiB."), QStringLiteral("n"),
                      QStringLiteral("1024")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Runs of each."), QStringLiteral("n"), QStringLiteral("20")});
    parser.process(app);
    const qsizetype chars = parser.value(QStringLiteral("kb")).toLongLong() * 1024;
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    const QString unclosedScript = QStringLiteral("ok<script>") + QString(chars, QLatin1Char('x'));
    const QString openings = QStringLiteral("x<").repeated(chars / 2);
    const QString scriptOpenings = QStringLiteral("<script").repeated(chars / 7);
    const QString tags = QStringLiteral("<i>").repeated(chars / 3);
    const QString mail =
        QStringLiteral("<p>Dear support, my <b>NAS</b> &amp; its disk click.</p>\n").repeated(chars / 57);
    std::printf("HTML to text, %lld KiB each:\n", qlonglong(chars / 1024));
    measure("  unclosed <script", runs, [&] { (void)HtmlText::toPlainText(unclosedScript); });
    measure("  '<script' openings, none closed", runs, [&] { (void)HtmlText::toPlainText(scriptOpenings); });
    measure("  '<' without '>' (every other character)", runs,
            [&] { (void)HtmlText::toPlainText(openings); });
    measure("  '<i>' tags only", runs, [&] { (void)HtmlText::toPlainText(tags); });
    measure("  ordinary mail HTML", runs, [&] { (void)HtmlText::toPlainText(mail); });

    QFont font = app.font();
    const QString oneLine(chars, QLatin1Char('x'));
    const QString prose = QStringLiteral("The disk in bay 2 clicks since the update. ").repeated(chars / 44);
    std::printf("Bubble layout at 500 px, %lld KiB each:\n", qlonglong(chars / 1024));
    measure("  one line, no spaces", runs, [&] { (void)MessageText(oneLine, font, 500).size(); });
    measure("  prose", runs, [&] { (void)MessageText(prose, font, 500).size(); });
    measure("  a short message (for scale)", runs,
            [&] { (void)MessageText(QStringLiteral("Is the light red or orange?"), font, 500).size(); });
    return 0;
}
