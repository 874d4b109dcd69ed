// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchText.h"

#include <algorithm>
#include <QStringView>

namespace AgentDesk {

bool SearchText::isCjk(char32_t ch)
{
    return (ch >= 0x3040 && ch <= 0x30FF)       // hiragana, katakana
           || (ch >= 0x3400 && ch <= 0x4DBF)    // CJK extension A
           || (ch >= 0x4E00 && ch <= 0x9FFF)    // CJK unified ideographs
           || (ch >= 0xAC00 && ch <= 0xD7AF)    // hangul syllables
           || (ch >= 0xF900 && ch <= 0xFAFF)    // compatibility ideographs
           || (ch >= 0x20000 && ch <= 0x2FA1F); // supplementary ideographs
}

QString SearchText::forIndex(const QString &text)
{
    // Fast path: most messages have no CJK at all.
    const auto firstCjk =
        std::find_if(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x3040; });
    if (firstCjk == text.cend())
        return text;
    QString out;
    out.reserve(text.size() * 3);
    out.append(text.constData(), firstCjk - text.cbegin());
    for (qsizetype i = firstCjk - text.cbegin(); i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t ch = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (isCjk(ch))
                out += QLatin1Char(' ');
            out += c;
            out += text.at(++i);
            if (isCjk(ch))
                out += QLatin1Char(' ');
        } else if (isCjk(c.unicode())) {
            out += QLatin1Char(' ');
            out += c;
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out;
}

QString SearchText::matchExpression(const QString &query, QStringList *terms)
{
    QStringList parts;
    // Anything that is not a letter or digit separates words, as it does for unicode61.
    QString word;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        if (terms)
            terms->append(word);
        const QString segmented = forIndex(word).simplified();
        if (segmented.contains(QLatin1Char(' ')))
            parts.append(QLatin1Char('"') + segmented + QLatin1Char('"'));
        else
            parts.append(QLatin1Char('"') + segmented + QStringLiteral("\"*"));
        word.clear();
    };
    for (const QChar c : query) {
        if (c.isLetterOrNumber() || c.isMark())
            word += c;
        else
            flush();
    }
    flush();
    return parts.join(QLatin1Char(' '));
}

QString SearchText::excerpt(const QString &text, const QStringList &terms, int maxChars)
{
    const QString flat = text.simplified();
    if (flat.size() <= maxChars)
        return flat;
    qsizetype first = -1;
    for (const QString &term : terms) {
        const qsizetype at = flat.indexOf(term, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    qsizetype start = first < 0 ? 0 : qMax<qsizetype>(0, first - maxChars / 3);
    QString out = flat.mid(start, maxChars);
    if (start > 0)
        out.prepend(QChar(0x2026));
    if (start + maxChars < flat.size())
        out.append(QChar(0x2026));
    return out;
}

} // namespace AgentDesk
