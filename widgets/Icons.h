// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace AgentDesk {

// The app's icons: single-colour SVG drawings from resources/icons, drawn at the exact device
// pixel size asked for (sharp on HiDPI) in the palette's current text colour, so they follow a
// switch between light and dark without being reloaded.
namespace Icons {

QIcon icon(const QString &name); // "pop-out" for :/icons/pop-out.svg
bool exists(const QString &name);

} // namespace Icons

} // namespace AgentDesk
