// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: one WebSocket frame from an XMPP server, as XmppStanzaParser reads it, and the
// element it gives serialised again (what the client would send back of it).
#include "XmppStanzaParser.h"

#include <cstdint>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const AgentDesk::XmppStanzaParser parser;
    QString error;
    AgentDesk::XmppElement head;
    const AgentDesk::XmppElement e =
        parser.parse(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)), &error, &head);
    if (!e.isNull())
        (void)e.toXml();
    (void)head.toXml();
    return 0;
}
