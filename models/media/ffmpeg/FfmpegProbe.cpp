// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FfmpegProbe.h"

#include <cstring>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

extern "C" __attribute__((visibility("default"))) int agentdesk_probe_media(const char *path, int wantVideo,
                                                                            char *codec, int codecSize)
{
    const AVMediaType type = wantVideo ? AVMEDIA_TYPE_VIDEO : AVMEDIA_TYPE_AUDIO;
    AVFormatContext *context = nullptr;
    if (avformat_open_input(&context, path, nullptr, nullptr) < 0)
        return AgentDeskProbeCannotOpen;
    int result = AgentDeskProbePlayable;
    if (avformat_find_stream_info(context, nullptr) < 0) {
        result = AgentDeskProbeNoStreamInfo;
    } else if (const int stream = av_find_best_stream(context, type, -1, -1, nullptr, 0); stream < 0) {
        result = AgentDeskProbeNoStream;
    } else {
        const AVCodecParameters *parameters = context->streams[stream]->codecpar;
        if (!avcodec_find_decoder(parameters->codec_id)) {
            result = AgentDeskProbeNoDecoder;
            if (codec && codecSize > 0) {
                std::strncpy(codec, avcodec_get_name(parameters->codec_id), codecSize - 1);
                codec[codecSize - 1] = '\0';
            }
        } else if (wantVideo && (parameters->width <= 0 || parameters->height <= 0)) {
            result = AgentDeskProbeNoPictureSize;
        }
    }
    avformat_close_input(&context);
    return result;
}
