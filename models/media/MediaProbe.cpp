// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediaProbe.h"

#include "ffmpeg/FfmpegProbe.h"
#include "text/Translate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibrary>

namespace AgentDesk {

namespace {

QString tr(const char *text)
{
    return translateIn("AgentDesk::MediaProbe", text);
}

// The module is looked for where it is installed beside the executable, then in the build tree
// (tests and benchmarks run from folders of their own).
struct Module
{
    AgentDeskProbeFunction probe = nullptr;
    QString error;

    Module()
    {
        QStringList dirs{QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/agentdesk")};
#ifdef AGENTDESK_BUILD_MODULE_DIR
        dirs << QStringLiteral(AGENTDESK_BUILD_MODULE_DIR);
#endif
        QStringList errors;
        for (const QString &dir : std::as_const(dirs)) {
            QLibrary library(QDir(dir).filePath(QStringLiteral("agentdesk-ffmpeg")));
            probe = reinterpret_cast<AgentDeskProbeFunction>(library.resolve(AGENTDESK_PROBE_SYMBOL));
            if (probe)
                return; // stays loaded for the life of the process: QLibrary does not unload on destruction
            errors << library.errorString();
        }
        error = errors.join(QStringLiteral("; "));
    }
};

QString check(const QString &path, bool video)
{
    static const Module module; // loaded once, on the first file, by whichever thread asks first
    if (!module.probe)
        return tr("AgentDesk's media checker could not be loaded, so the file is not played (%1).")
            .arg(module.error);
    char codec[64] = {};
    switch (module.probe(QFile::encodeName(path).constData(), video ? 1 : 0, codec, sizeof codec)) {
    case AgentDeskProbePlayable:
        return {};
    case AgentDeskProbeCannotOpen:
        return tr("The file is damaged or not a format AgentDesk can play.");
    case AgentDeskProbeNoStreamInfo:
        return tr("The file is damaged: its streams cannot be read.");
    case AgentDeskProbeNoStream:
        return video ? tr("The file has no picture to show.") : tr("The file has no sound to play.");
    case AgentDeskProbeNoDecoder:
        return tr("The file uses a format AgentDesk cannot play (%1).").arg(QString::fromLatin1(codec));
    case AgentDeskProbeNoPictureSize:
        return tr("The file is damaged: its picture has no size.");
    }
    return tr("The file is damaged or not a format AgentDesk can play.");
}

} // namespace

QString MediaProbe::checkVideo(const QString &path)
{
    return check(path, true);
}

QString MediaProbe::checkAudio(const QString &path)
{
    return check(path, false);
}

} // namespace AgentDesk
