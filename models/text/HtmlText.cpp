#include "HtmlText.h"

#include <QHash>
#include <QRegularExpression>

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

} // namespace

QString HtmlText::toPlainText(const QString &html)
{
    static const QRegularExpression hidden(
        QStringLiteral("<(script|style|head|title|template)\\b[^>]*>.*?(</\\1\\s*>|$)|<!--.*?(-->|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        QStringLiteral("<(br|/p|/div|/li|/tr|/h[1-6]|/blockquote|/pre)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*(>|$)"));
    static const QRegularExpression entities(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n([ \\t]*\\n)+"));

    QString text = html;
    text.remove(hidden);
    text.replace(QLatin1Char('\r'), QString());
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')); // HTML line breaks are only spaces
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (auto it = entities.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        const QString decoded = decodeEntity(m.capturedView(1));
        out += decoded.isNull() ? m.captured(0) : decoded;
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.simplified();
    return lines.join(QLatin1Char('\n')).replace(blankLines, QStringLiteral("\n\n")).trimmed();
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
