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
};

} // namespace AgentDesk
