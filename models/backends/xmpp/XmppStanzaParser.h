// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "XmppElement.h"

namespace AgentDesk {

// XMPP over WebSocket (RFC 7395) sends one complete element per text message. This parses one
// such message, never blocking and never expanding entities: a DTD, malformed XML, a message
// over the size limit, or one nested too deep or too wide is refused with a reason, and the
// connection can go on with the next message.
class XmppStanzaParser final
{
public:
    struct Limits
    {
        qsizetype maxBytes = 256 * 1024; // prosody's default c2s stanza size
        int maxDepth = 32;
        int maxElements = 4096;
    };

    XmppStanzaParser() = default;
    explicit XmppStanzaParser(const Limits &limits)
        : m_limits(limits)
    {}

    // The element, or a null element and *error saying why. Then *head, when given, is the
    // refused element's start tag as far as it can be read (name and attributes, no children), so
    // that the sender can be told; null when not even that is readable.
    XmppElement parse(const QString &frame, QString *error, XmppElement *head = nullptr) const;

private:
    XmppElement parseFrame(const QString &frame, QString *error) const;

    Limits m_limits;
};

} // namespace AgentDesk
