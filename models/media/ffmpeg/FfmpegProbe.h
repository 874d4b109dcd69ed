// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one function of the agentdesk-ffmpeg module: FFmpeg (and the ~130 libraries it brings) is
// loaded on the first look inside a sound or video file, not at every start (MediaProbe).
// A C interface, so that the host and the module share no C++ types.
extern "C" {

enum AgentDeskProbeResult
{
    AgentDeskProbePlayable = 0,
    AgentDeskProbeCannotOpen = 1,
    AgentDeskProbeNoStreamInfo = 2,
    AgentDeskProbeNoStream = 3,
    AgentDeskProbeNoDecoder = 4, // codec holds the codec's name
    AgentDeskProbeNoPictureSize = 5,
};

// wantVideo: 1 looks for a picture stream, 0 for sound. codec gets a NUL-terminated name.
typedef int (*AgentDeskProbeFunction)(const char *path, int wantVideo, char *codec, int codecSize);
#define AGENTDESK_PROBE_SYMBOL "agentdesk_probe_media"
}
