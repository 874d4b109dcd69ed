// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The XML namespaces of the XMPP protocols this client speaks, in one place.
namespace AgentDesk::XmppNs {

inline const QString bindNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-bind");
inline const QString chatStatesNs = QStringLiteral("http://jabber.org/protocol/chatstates");
inline const QString clientNs = QStringLiteral("jabber:client");
inline const QString dataFormsNs = QStringLiteral("jabber:x:data");
inline const QString delayNs = QStringLiteral("urn:xmpp:delay");
inline const QString discoInfoNs = QStringLiteral("http://jabber.org/protocol/disco#info");
inline const QString discoItemsNs = QStringLiteral("http://jabber.org/protocol/disco#items");
inline const QString forwardNs = QStringLiteral("urn:xmpp:forward:0");
inline const QString framingNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-framing");
inline const QString mamNs = QStringLiteral("urn:xmpp:mam:2");
inline const QString oobNs = QStringLiteral("jabber:x:oob");
inline const QString receiptsNs = QStringLiteral("urn:xmpp:receipts");
inline const QString rsmNs = QStringLiteral("http://jabber.org/protocol/rsm");
inline const QString saslNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl");
inline const QString smNs = QStringLiteral("urn:xmpp:sm:3");
inline const QString stanzaIdNs = QStringLiteral("urn:xmpp:sid:0");
inline const QString stanzasNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");
inline const QString streamNs = QStringLiteral("http://etherx.jabber.org/streams");
inline const QString uploadNs = QStringLiteral("urn:xmpp:http:upload:0");

} // namespace AgentDesk::XmppNs
