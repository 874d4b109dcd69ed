// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace AgentDesk {

// The catalogues the app speaks in: AgentDesk's own and Qt's (standard buttons, editors' menus),
// for a language code of Preferences ("system", "en", "zh_CN"). Applying another replaces both and
// sets the default locale (dates, numbers), so what is built afterwards is in that language.
class Translations final
{
public:
    static void apply(const QString &code);
    static QLocale localeFor(const QString &code);
    static QString current() { return s_code; }

private:
    static inline QString s_code;
};

} // namespace AgentDesk
