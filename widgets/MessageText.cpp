// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageText.h"

#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QTextOption>

namespace AgentDesk {

namespace {

// At most maxShownChars of text (never half a surrogate pair), then "Show all".
QString shownPart(const QString &text, bool *shortened)
{
    *shortened = text.size() > MessageText::maxShownChars;
    if (!*shortened)
        return text;
    qsizetype cut = MessageText::maxShownChars;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

} // namespace

MessageText::MessageText(const QString &fullText, const QFont &font, int width, const QStringList &highlight,
                         const QColor &linkColour, const QColor &highlightColour)
{
    QString text = shownPart(fullText, &m_shortened);
    m_links = findLinks(text);
    // QTextLayout breaks lines at U+2028, not at '\n' (which it shows as nothing): the message's
    // own line breaks and paragraphs stay. Same length, so links and highlights keep their places.
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    if (m_shortened) {
        const QString more = tr("Show all (%1 characters)").arg(QLocale().toString(fullText.size()));
        text += QChar::LineSeparator; // QTextLayout breaks lines there, not at '\n'
        m_links.append({int(text.size()), int(more.size()), showAllUrl()});
        text += more;
    }
    m_layout.setText(text);
    m_layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout.setTextOption(option);
    QList<QTextLayout::FormatRange> formats;
    for (const Link &l : std::as_const(m_links)) {
        QTextCharFormat f;
        f.setFontUnderline(true);
        if (linkColour.isValid())
            f.setForeground(linkColour);
        formats.append({l.start, l.length, f});
    }
    for (const auto &[start, length] : findTerms(m_layout.text(), highlight)) {
        QTextCharFormat f;
        f.setBackground(highlightColour.isValid() ? highlightColour : QColor(0xff, 0xd5, 0x4f));
        f.setForeground(Qt::black);
        formats.append({start, length, f});
    }
    m_layout.setFormats(formats);
    m_layout.beginLayout();
    qreal y = 0;
    qreal widest = 0;
    for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    m_layout.endLayout();
    m_size = QSize(qCeil(widest), qCeil(y));
}

void MessageText::paint(QPainter *painter, const QPoint &topLeft) const
{
    m_layout.draw(painter, topLeft);
}

QUrl MessageText::linkAt(const QPoint &pos) const
{
    for (int i = 0; i < m_layout.lineCount(); ++i) {
        const QTextLine line = m_layout.lineAt(i);
        if (pos.y() < line.y() || pos.y() >= line.y() + line.height())
            continue;
        if (pos.x() > line.naturalTextWidth())
            return {};
        const int at = line.xToCursor(pos.x(), QTextLine::CursorOnCharacter);
        for (const Link &l : m_links)
            if (at >= l.start && at < l.start + l.length)
                return l.url;
        return {};
    }
    return {};
}

QList<MessageText::Link> MessageText::findLinks(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?:https?://|www\.)[^\s<>"]+|mailto:[^\s<>"]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<Link> links;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString found = m.captured();
        // "see https://x.org/a." ends the sentence, not the address; a closing bracket only
        // belongs to it when it opened one too.
        while (!found.isEmpty()) {
            const QChar last = found.back();
            if (QStringLiteral(".,;:!?'").contains(last) ||
                (last == QLatin1Char(')') && found.count(QLatin1Char('(')) < found.count(QLatin1Char(')'))))
                found.chop(1);
            else
                break;
        }
        const QUrl url = QUrl::fromUserInput(found);
        if (!url.isValid() || (url.host().isEmpty() && url.scheme() != QLatin1String("mailto")))
            continue;
        links.append({int(m.capturedStart()), int(found.size()), url});
    }
    return links;
}

QList<std::pair<int, int>> MessageText::findTerms(const QString &text, const QStringList &terms)
{
    QList<std::pair<int, int>> out;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive))
            out.append({int(at), int(term.size())});
    }
    return out;
}

} // namespace AgentDesk
