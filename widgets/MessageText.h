// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QStringList>
#include <QTextLayout>
#include <QUrl>

class QPainter;

namespace AgentDesk {

// A message's text laid out for painting: wrapped to a width, links (http, https, www., mailto)
// underlined and hit-testable, search terms highlighted. The same layout measures and paints, so
// a bubble is exactly as tall as its text.
class MessageText final
{
    Q_DECLARE_TR_FUNCTIONS(MessageText)

public:
    // A bubble lays out at most this much of a message (a few milliseconds even without a space in
    // it; Qt's word wrap is quadratic in a long word): the rest is behind "Show all".
    static constexpr qsizetype maxShownChars = 4000;
    // The link of "Show all" at the end of a shortened text.
    static QUrl showAllUrl() { return QUrl(QStringLiteral("agentdesk:show-all")); }

    struct Link
    {
        int start = 0;
        int length = 0;
        QUrl url;
    };

    MessageText(const QString &text, const QFont &font, int width, const QStringList &highlight = {},
                const QColor &linkColour = QColor(), const QColor &highlightColour = QColor());

    QSize size() const { return m_size; }
    bool shortened() const { return m_shortened; }
    void paint(QPainter *painter, const QPoint &topLeft) const;
    // The link under pos (relative to the text's top-left), or an empty URL.
    QUrl linkAt(const QPoint &pos) const;

    // The links in text, with the trailing punctuation of the sentence left out.
    static QList<Link> findLinks(const QString &text);
    // Where the terms occur in text, case-insensitively: (start, length) pairs.
    static QList<std::pair<int, int>> findTerms(const QString &text, const QStringList &terms);

private:
    QTextLayout m_layout;
    QList<Link> m_links;
    QSize m_size;
    bool m_shortened = false;
};

} // namespace AgentDesk
