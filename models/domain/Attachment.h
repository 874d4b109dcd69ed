// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AgentDesk {

struct Attachment
{
    QString remoteRef; // how the backend fetches it (URL, RT attachment id, ...)
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString localPath; // cache path once downloaded; empty before
    qint64 id = 0;     // the store's row; 0 before it is stored
    friend bool operator==(const Attachment &, const Attachment &) = default;
};

} // namespace AgentDesk
