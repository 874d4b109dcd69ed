// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmppStanzaParser.h"

#include "text/Translate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QXmlStreamReader>

namespace AgentDesk {

namespace {
QString tr(const char *text)
{
    return translateIn("AgentDesk::XmppStanzaParser", text);
}
// The first start tag of a frame, read from its first few KiB only.
XmppElement startTag(const QString &frame)
{
    QXmlStreamReader xml(frame.left(4096));
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            XmppElement e;
            e.name = xml.name().toString();
            e.xmlns = xml.namespaceUri().toString();
            for (const QXmlStreamAttribute &a : xml.attributes())
                e.attributes.append({a.qualifiedName().toString(), a.value().toString()});
            return e;
        }
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
        case QXmlStreamReader::Invalid:
            return {};
        default:
            break;
        }
    }
    return {};
}

} // namespace

XmppElement XmppStanzaParser::parse(const QString &frame, QString *error, XmppElement *head) const
{
    XmppElement e = parseFrame(frame, error);
    if (head)
        *head = e.isNull() ? startTag(frame) : XmppElement{};
    return e;
}

XmppElement XmppStanzaParser::parseFrame(const QString &frame, QString *error) const
{
    if (frame.size() > m_limits.maxBytes) { // UTF-16 units: a lower bound of the UTF-8 size
        const QLocale locale;
        *error =
            tr("At %1 it is larger than the %2 accepted.")
                .arg(locale.formattedDataSize(frame.size()), locale.formattedDataSize(m_limits.maxBytes));
        return {};
    }
    if (frame.trimmed().isEmpty()) {
        *error = tr("The message holds no element.");
        return {};
    }
    QXmlStreamReader xml(frame);
    QList<XmppElement> stack;
    XmppElement root;
    int elements = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            *error = tr("The stanza declares a DTD or entities, which XMPP forbids.");
            return {};
        case QXmlStreamReader::StartElement: {
            if (root.name.size() && stack.isEmpty()) {
                *error = tr("The message holds more than one element.");
                return {};
            }
            if (++elements > m_limits.maxElements || stack.size() >= m_limits.maxDepth) {
                *error = tr("The stanza is nested too deeply or has too many elements.");
                return {};
            }
            XmppElement e;
            e.name = xml.name().toString();
            e.xmlns = xml.namespaceUri().toString();
            for (const QXmlStreamAttribute &a : xml.attributes())
                e.attributes.append({a.qualifiedName().toString(), a.value().toString()});
            stack.append(e);
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last().text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmppElement done = stack.takeLast();
            if (stack.isEmpty())
                root = std::move(done);
            else
                stack.last().children.append(std::move(done));
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError()) {
        *error = tr("Malformed XML at line %1, column %2: %3")
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
        return {};
    }
    if (root.isNull())
        *error = tr("The message holds no element.");
    return root;
}

} // namespace AgentDesk
