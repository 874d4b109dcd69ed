// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediaProbe.h"

#include "text/Translate.h"

#include <QCoreApplication>
#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace AgentDesk {

namespace {

QString tr(const char *text)
{
    return translateIn("AgentDesk::MediaProbe", text);
}

QString check(const QString &path, AVMediaType type)
{
    AVFormatContext *context = nullptr;
    const QByteArray file = QFile::encodeName(path);
    if (avformat_open_input(&context, file.constData(), nullptr, nullptr) < 0)
        return tr("The file is damaged or not a format AgentDesk can play.");
    QString problem;
    if (avformat_find_stream_info(context, nullptr) < 0) {
        problem = tr("The file is damaged: its streams cannot be read.");
    } else {
        const int stream = av_find_best_stream(context, type, -1, -1, nullptr, 0);
        if (stream < 0) {
            problem = type == AVMEDIA_TYPE_VIDEO ? tr("The file has no picture to show.")
                                                 : tr("The file has no sound to play.");
        } else {
            const AVCodecParameters *codec = context->streams[stream]->codecpar;
            if (!avcodec_find_decoder(codec->codec_id))
                problem = tr("The file uses a format AgentDesk cannot play (%1).")
                              .arg(QString::fromLatin1(avcodec_get_name(codec->codec_id)));
            else if (type == AVMEDIA_TYPE_VIDEO && (codec->width <= 0 || codec->height <= 0))
                problem = tr("The file is damaged: its picture has no size.");
        }
    }
    avformat_close_input(&context);
    return problem;
}

} // namespace

QString MediaProbe::checkVideo(const QString &path)
{
    return check(path, AVMEDIA_TYPE_VIDEO);
}

QString MediaProbe::checkAudio(const QString &path)
{
    return check(path, AVMEDIA_TYPE_AUDIO);
}

} // namespace AgentDesk
