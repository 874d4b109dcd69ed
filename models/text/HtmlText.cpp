// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlText.h"

#include <QHash>

namespace AgentDesk {

namespace {

QString decodeEntity(QStringView entity)
{
    static const QHash<QString, QChar> named{
        {QStringLiteral("amp"), QLatin1Char('&')},   {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')},    {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("apos"), QLatin1Char('\'')}, {QStringLiteral("nbsp"), QChar(0xa0)},
    };
    if (entity.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code =
            entity.size() > 1 && (entity[1] == QLatin1Char('x') || entity[1] == QLatin1Char('X'))
                ? entity.mid(2).toUInt(&ok, 16)
                : entity.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10ffff && QChar::isPrint(char32_t(code)))
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        return {};
    }
    const auto it = named.constFind(entity.toString().toLower());
    return it == named.cend() ? QString() : QString(*it);
}

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// Elements whose content is never text.
bool isHidden(QStringView name)
{
    for (const char *hidden : {"script", "style", "head", "title", "template"})
        if (name.compare(QLatin1String(hidden), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Ends of blocks, which end a line.
bool isBreak(QStringView name, bool closing)
{
    if (!closing)
        return name.compare(QLatin1String("br"), Qt::CaseInsensitive) == 0;
    for (const char *block :
         {"p", "div", "li", "tr", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6"})
        if (name.compare(QLatin1String(block), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// The entity at text[at] ('&'), decoded, and how many characters it took; 0 if it is none.
qsizetype entityAt(QStringView text, qsizetype at, QString *decoded)
{
    const qsizetype end = std::min(text.size(), at + 12);
    for (qsizetype i = at + 1; i < end; ++i) {
        if (text[i] != QLatin1Char(';'))
            continue;
        const QStringView body = text.mid(at + 1, i - at - 1);
        const bool numeric = body.startsWith(QLatin1Char('#'));
        const bool hex =
            numeric && body.size() > 1 && (body[1] == QLatin1Char('x') || body[1] == QLatin1Char('X'));
        const QStringView digits = body.mid(hex ? 2 : numeric ? 1 : 0);
        if (digits.isEmpty() || (!numeric && (body.size() < 2 || body.size() > 8)))
            return 0;
        for (const QChar c : digits)
            if (!(hex ? isNameChar(c) : numeric ? c.isDigit() : c.isLetter()))
                return 0;
        *decoded = decodeEntity(body);
        return decoded->isNull() ? 0 : i - at + 1;
    }
    return 0;
}

} // namespace

// One pass over the markup, never backtracking: linear in its size, whatever it holds (an
// unclosed <script, thousands of '<' without a '>'), where regular expressions were quadratic.
QString HtmlText::toPlainText(const QString &html)
{
    const QStringView in(html);
    QString text;
    text.reserve(in.size());
    qsizetype i = 0;
    while (i < in.size()) {
        const QChar c = in[i];
        if (c == QLatin1Char('<')) {
            if (in.mid(i, 4) == QLatin1String("<!--")) { // a comment, to its end (or the text's)
                const qsizetype close = in.indexOf(QLatin1String("-->"), i + 4);
                i = close < 0 ? in.size() : close + 3;
                continue;
            }
            const bool closing = i + 1 < in.size() && in[i + 1] == QLatin1Char('/');
            const qsizetype nameAt = i + (closing ? 2 : 1);
            qsizetype nameEnd = nameAt;
            while (nameEnd < in.size() && isNameChar(in[nameEnd]))
                ++nameEnd;
            const bool markup =
                nameEnd > nameAt ||
                (nameAt < in.size() && (in[nameAt] == QLatin1Char('!') || in[nameAt] == QLatin1Char('?')));
            if (!markup) { // "a < b" is text
                text += c;
                ++i;
                continue;
            }
            const qsizetype tagEnd = in.indexOf(QLatin1Char('>'), nameEnd);
            if (tagEnd < 0)
                break; // a tag cut off: the rest is inside it
            const QStringView name = in.mid(nameAt, nameEnd - nameAt);
            i = tagEnd + 1;
            if (!closing && isHidden(name)) { // its content too, to its closing tag (or the end)
                qsizetype from = i;
                qsizetype close = -1;
                while ((close = in.indexOf(QLatin1String("</"), from)) >= 0) {
                    const QStringView after = in.mid(close + 2, name.size());
                    const qsizetype past = close + 2 + name.size();
                    if (after.compare(name, Qt::CaseInsensitive) == 0 &&
                        (past >= in.size() || !isNameChar(in[past])))
                        break;
                    from = close + 2;
                }
                const qsizetype closeEnd = close < 0 ? -1 : in.indexOf(QLatin1Char('>'), close);
                i = closeEnd < 0 ? in.size() : closeEnd + 1;
                continue;
            }
            if (isBreak(name, closing))
                text += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('&')) {
            QString decoded;
            if (const qsizetype length = entityAt(in, i, &decoded)) {
                text += decoded;
                i += length;
                continue;
            }
        }
        if (c == QLatin1Char('\n'))
            text += QLatin1Char(' '); // HTML line breaks are only spaces
        else if (c != QLatin1Char('\r'))
            text += c;
        ++i;
    }
    // Lines without their runs of white space; at most one blank line in a row.
    QString out;
    out.reserve(text.size());
    int blanks = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QString simple = line.toString().simplified();
        if (simple.isEmpty()) {
            if (++blanks > 1)
                continue;
        } else {
            blanks = 0;
        }
        out += simple;
        out += QLatin1Char('\n');
    }
    return out.trimmed();
}

QString HtmlText::toolTip(const QString &text, qsizetype maxChars)
{
    if (text.isEmpty())
        return {};
    QString shown = text.size() > maxChars ? text.left(maxChars) + QChar(0x2026) : text;
    // Always rich text (the <p> says so), always escaped: nothing in it is ever markup.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(shown.toHtmlEscaped());
}

} // namespace AgentDesk
