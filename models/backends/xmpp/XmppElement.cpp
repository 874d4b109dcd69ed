// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmppElement.h"

namespace AgentDesk {

namespace {

QString escaped(const QString &text, bool attribute)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += attribute ? QLatin1String("&quot;") : QLatin1String("\"");
            break;
        case '\'':
            out += attribute ? QLatin1String("&apos;") : QLatin1String("'");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

QString XmppElement::attribute(const QString &key) const
{
    for (const auto &[k, v] : attributes)
        if (k == key)
            return v;
    return {};
}

void XmppElement::setAttribute(const QString &key, const QString &value)
{
    for (auto &[k, v] : attributes)
        if (k == key) {
            v = value;
            return;
        }
    attributes.append({key, value});
}

const XmppElement *XmppElement::child(const QString &childName, const QString &ns) const
{
    for (const XmppElement &c : children)
        if (c.name == childName && (ns.isEmpty() || c.xmlns == ns))
            return &c;
    return nullptr;
}

XmppElement &XmppElement::addChild(const QString &childName, const QString &ns)
{
    children.append(XmppElement{childName, ns.isEmpty() ? xmlns : ns, {}, {}, {}});
    return children.last();
}

QString XmppElement::toXml(const QString &parentNs) const
{
    QString out = QLatin1Char('<') + name;
    if (!xmlns.isEmpty() && xmlns != parentNs)
        out += QStringLiteral(" xmlns=\"%1\"").arg(escaped(xmlns, true));
    for (const auto &[k, v] : attributes)
        out += QStringLiteral(" %1=\"%2\"").arg(k, escaped(v, true));
    if (text.isEmpty() && children.isEmpty())
        return out + QStringLiteral("/>");
    out += QLatin1Char('>') + escaped(text, false);
    for (const XmppElement &c : children)
        out += c.toXml(xmlns);
    return out + QStringLiteral("</") + name + QLatin1Char('>');
}

} // namespace AgentDesk
