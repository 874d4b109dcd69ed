// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace AgentDesk {

// Text as the FTS5 index sees it, and user queries turned into safe MATCH expressions.
class SearchText final
{
public:
    // Separates CJK ideographs, kana and hangul with spaces so each is a token.
    static QString forIndex(const QString &text);

    // Builds an FTS5 expression from free text: every word must occur (prefix match for latin
    // words, phrase of characters for CJK). User syntax is never passed through, so a query such
    // as `"AND (` cannot fail. Returns an empty string when nothing searchable remains.
    static QString matchExpression(const QString &query, QStringList *terms = nullptr);

    // An excerpt of text around the first term, at most maxChars long.
    static QString excerpt(const QString &text, const QStringList &terms, int maxChars = 160);

    static bool isCjk(char32_t ch);
};

} // namespace AgentDesk
