// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QXmlStreamAttributes>

namespace AgentDesk {

// One XML element of the XMPP stream (a stanza or a child of one), as parsed: small, copyable,
// namespace-aware. Serialises itself with proper escaping.
struct XmppElement
{
    QString name;
    QString xmlns; // the element's namespace URI
    QList<std::pair<QString, QString>> attributes;
    QString text; // character data directly inside the element
    QList<XmppElement> children;

    QString attribute(const QString &key) const;
    void setAttribute(const QString &key, const QString &value);
    // The first child with this name (and namespace, when given); null when there is none.
    const XmppElement *child(const QString &name, const QString &xmlns = {}) const;
    XmppElement &addChild(const QString &name, const QString &xmlns = {});
    bool isNull() const { return name.isEmpty(); }

    // Compact XML; the namespace is declared when it differs from the parent's.
    QString toXml(const QString &parentNs = {}) const;
};

} // namespace AgentDesk

Q_DECLARE_METATYPE(AgentDesk::XmppElement)
