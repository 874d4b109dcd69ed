// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoundOutput.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QMediaPlayer>

namespace AgentDesk {

bool SoundOutput::attach(QMediaPlayer *player)
{
    if (QMediaDevices::defaultAudioOutput().isNull())
        return false;
    player->setAudioOutput(new QAudioOutput(player));
    return true;
}

} // namespace AgentDesk
