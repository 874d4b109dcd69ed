// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AgentDesk {

// Mail and ticket systems send HTML; AgentDesk shows text. Scripts, styles and comments are
// dropped with their content, tags removed, entities decoded, block ends become line breaks.
// Nothing is ever interpreted, so hostile markup can only ever show up as harmless text.
class HtmlText final
{
public:
    static QString toPlainText(const QString &html);

    // Remote text (a subject, a name, a message) for a tooltip, which Qt reads as rich text when it
    // looks like markup: escaped so that it shows as written and loads nothing (an <img> of
    // /dev/zero or of a file on disk), line breaks kept, at most maxChars characters.
    static QString toolTip(const QString &text, qsizetype maxChars = 600);
};

} // namespace AgentDesk
