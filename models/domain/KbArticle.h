// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace AgentDesk {

struct KbArticle
{
    QString backendId;
    QString remoteId;
    QString title;
    QString summary;
    QString body; // HTML as the backend sent it; shown sanitised
    QStringList tags;
    QDateTime updatedAt;
    friend bool operator==(const KbArticle &, const KbArticle &) = default;
};

} // namespace AgentDesk
