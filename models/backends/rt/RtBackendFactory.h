// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/BackendPlugin.h"

namespace AgentDesk {

// Makes RT backends from account settings; linked into the app, and wrapped by the plugin module.
class RtBackendFactory final : public BackendPlugin
{
public:
    QString kind() const override { return QStringLiteral("rt"); }
    Backend *create(const QString &id, const QVariantMap &settings) override;
};

} // namespace AgentDesk
