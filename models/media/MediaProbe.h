// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AgentDesk {

// Looks inside a sound or video file with FFmpeg's demuxer before anything plays it: a file that
// FFmpeg cannot open, that has no stream of the kind it claims or no decoder for it, is damaged
// or unsupported, and is never handed to Qt Multimedia (whose 6.4 FFmpeg backend can crash on
// such files). Synchronous file work: call it from a worker thread.
class MediaProbe final
{
public:
    // Empty when the file can be played; else why not, for people.
    static QString checkVideo(const QString &path);
    static QString checkAudio(const QString &path);
};

} // namespace AgentDesk
