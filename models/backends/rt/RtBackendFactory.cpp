// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RtBackendFactory.h"

#include "RtBackend.h"

namespace AgentDesk {

Backend *RtBackendFactory::create(const QString &id, const QVariantMap &settings)
{
    return new RtBackend(RtBackend::settingsFrom(id, settings));
}

} // namespace AgentDesk
