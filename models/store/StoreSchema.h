// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AgentDesk {

class SqliteDatabase;

// Numbered migrations. Version N's step turns a version N-1 store into version N; steps are never
// edited once released, only appended.
class StoreSchema final
{
public:
    static constexpr int applicationId = 0x41474453; // "AGDS": marks the file as an AgentDesk store

    static int latestVersion();

    // Brings the store to targetVersion (default: latest) inside one transaction per step.
    // Returns an error message, or an empty string on success; the file is left as it was on error.
    static QString migrate(SqliteDatabase &db, int targetVersion = -1);

    // The version written in the file, or -1 when the file is not an AgentDesk store.
    static int versionOf(SqliteDatabase &db);
};

} // namespace AgentDesk
