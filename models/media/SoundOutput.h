// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMediaPlayer;

namespace AgentDesk {

// Gives a player the system's sound output, where there is one. Without a sound device Qt 6.4's
// FFmpeg backend crashes writing to the missing sink, so a player then gets none and plays
// silently (it still runs, seeks and ends). Every player in AgentDesk is set up through here.
class SoundOutput final
{
public:
    // Returns false when there is no sound device (the player stays silent).
    static bool attach(QMediaPlayer *player);
};

} // namespace AgentDesk
