// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/BackendPlugin.h"

namespace AgentDesk {

// Makes XMPP chat backends from account settings (url, user = the agent's JID, secret, resource).
class XmppBackendFactory final : public BackendPlugin
{
public:
    QString kind() const override { return QStringLiteral("xmpp"); }
    Backend *create(const QString &id, const QVariantMap &settings) override;
};

} // namespace AgentDesk
