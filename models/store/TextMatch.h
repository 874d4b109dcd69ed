// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct sqlite3;

namespace AgentDesk::TextMatch {

// The quick filter's test, "found in any case", as SQL functions on a connection:
//   agentdesk_contains(needle, a, b, ...)   1 when needle is in any of a, b, ...
//   agentdesk_has_label(labels, label)      1 when label is one of the newline-separated labels
// SQLite's LIKE folds ASCII letters only (É is not é); these fold as QString does, and take a fast
// byte path when the needle is ASCII (most typed filters), so a scan of every conversation stays
// cheap. Throws SqliteError when they cannot be registered.
void registerFunctions(sqlite3 *db);

// The same test in C++, on UTF-8 (what the functions run).
bool contains(const char *haystack, int bytes, const QString &needle, const QByteArray &asciiNeedle);

} // namespace AgentDesk::TextMatch
