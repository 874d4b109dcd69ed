// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/CannedResponses.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

class QSettings;

namespace AgentDesk {

// What the agent chooses in Preferences, as kept in the profile's settings: the language, the
// look, notifications and sounds, the name they sign with on each server, their canned responses.
struct Preferences
{
    QString language = QStringLiteral("system"); // "system", or a catalogue: "en", "zh_CN"
    QString theme = QStringLiteral("system");    // Theme::name()
    bool doNotDisturb = false;
    bool sound = true;
    QHash<QString, QString> agentNames; // backend id -> the name signed with there (empty: the server's)
    QList<CannedResponses::Response> canned;

    static constexpr int maxNameLength = 80;

    static Preferences load(QSettings &settings);
    void save(QSettings &settings) const;
    // Why these cannot be saved (a canned response without a title or text, a name too long), or
    // empty when they can.
    QString problem() const;
    // The languages offered: code and the language's own name ("简体中文"), System first.
    static QList<std::pair<QString, QString>> languages();

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace AgentDesk

Q_DECLARE_METATYPE(AgentDesk::Preferences)
