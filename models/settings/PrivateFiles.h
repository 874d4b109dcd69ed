// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AgentDesk::PrivateFiles {

// The profile holds customers' personal data (the store, its search index, settings, secrets,
// their files): its folder is the user's alone (0700) and so is each file (0600).
// Creates the folder (and its parents) owner-only, or makes an existing one so; false if it cannot.
bool makeDirectory(const QString &path);
// Makes an existing file owner-only; creates it empty and owner-only when `create` and it is not
// there, so that what is written into it never was readable by others. False if it cannot.
bool restrict(const QString &path, bool create = false);
// An SQLite database and its WAL and shared-memory files (SQLite gives new ones the database's
// permissions, so a database created owner-only keeps them so).
bool restrictDatabase(const QString &path, bool create = false);

} // namespace AgentDesk::PrivateFiles
