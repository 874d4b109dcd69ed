// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/KbArticle.h"

#include <functional>
#include <QObject>

namespace AgentDesk {

class KnowledgeService
{
public:
    virtual ~KnowledgeService() = default;
    virtual void search(const QString &query, QObject *context,
                        std::function<void(QList<KbArticle>, QString error)> done) = 0;
    virtual void fetch(const QString &remoteId, QObject *context,
                       std::function<void(KbArticle, QString error)> done) = 0;
};

} // namespace AgentDesk
