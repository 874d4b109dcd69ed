// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backend.h"

namespace AgentDesk {

void Backend::setConnectionState(Domain::ConnectionState state, const QString &detail)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT connectionStateChanged(state, detail);
}

} // namespace AgentDesk
