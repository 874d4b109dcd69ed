// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackendEvent.h"

#include <QString>

namespace AgentDesk {

// Rejects malformed events before they reach the store: a backend bug or a hostile server must
// not be able to write nonsense, oversized text or out-of-range enums.
class EventValidator final
{
public:
    static constexpr qsizetype maxTextLength = 1 << 20; // characters in a message
    static constexpr qsizetype maxFieldLength = 4096;   // any other string

    // Empty when the event is acceptable, else why not (for logs and the status bar).
    static QString validate(const BackendEvent &event);
    // What the event is about, for people: "message m1", "team Support".
    static QString describe(const BackendEvent &event);
};

} // namespace AgentDesk
