// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

class QSettings;

namespace AgentDesk {

// Ready-made answers the agent picks in the composer. Placeholders in braces are filled from the
// conversation: {customer} (full name), {first_name}, {agent}, {subject}, {channel}. An unknown or
// empty placeholder is left for the agent to see and fix, never silently dropped.
class CannedResponses final
{
public:
    struct Response
    {
        QString title;
        QString body;
        friend bool operator==(const Response &, const Response &) = default;
    };

    // The profile's own list (settings array "canned"), or a starter set when it has none.
    static CannedResponses load(QSettings &settings);
    void save(QSettings &settings) const;

    QList<Response> responses() const { return m_responses; }
    void setResponses(const QList<Response> &responses) { m_responses = responses; }

    static QString expand(const QString &body, const QHash<QString, QString> &values);
    // "Ada Lovelace" -> "Ada"; names written without spaces (e.g. Chinese) stay whole.
    static QString firstName(const QString &fullName);

private:
    static QList<Response> starterSet();
    QList<Response> m_responses;
};

} // namespace AgentDesk
