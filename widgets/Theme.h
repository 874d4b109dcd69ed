// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace AgentDesk {

// Light and dark: the system's own palette by default (so a desktop switched to dark switches
// AgentDesk with it), or a fixed light or dark palette the agent chose. Everything painted reads
// the application palette, and icons are tinted from it, so a switch needs no restart.
class Theme final
{
public:
    enum class Mode
    {
        System = 0,
        Light,
        Dark
    };

    static void apply(Mode mode);
    static Mode mode() { return s_mode; }
    static bool isDark(const QPalette &palette);
    static bool isDark();

    static QPalette lightPalette();
    static QPalette darkPalette();

    // WCAG 2 contrast ratio of two opaque colours, 1 (none) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
    // wanted, made lighter or darker (keeping its hue) until it reads on background at ratio:
    // the red of an SLA reads on a white row and on a blue selected one alike.
    static QColor readable(const QColor &wanted, const QColor &background, double ratio = 4.5);

    // Settings: "system", "light", "dark"; anything else is System.
    static QString name(Mode mode);
    static Mode fromName(const QString &name);

private:
    static inline Mode s_mode = Mode::System;
    static inline QString s_systemStyle; // the style before a fixed palette asked for Fusion
};

} // namespace AgentDesk
