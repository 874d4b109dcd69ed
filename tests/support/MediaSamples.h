// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

// Pictures and files made in the test, good and bad, so every case is exact and nothing large is
// committed for it.
namespace AgentDesk::MediaSamples {

QByteArray png(QSize size, QColor colour = Qt::darkCyan);
QByteArray jpeg(QSize size, int quality = 85);
// A JPEG that says, in its EXIF block, that it must be turned (6: a quarter turn clockwise).
QByteArray jpegWithOrientation(QSize size, quint16 orientation);
// A valid PNG header claiming width x height, then nothing of the picture.
QByteArray pngClaiming(quint32 width, quint32 height);
QByteArray gifClaiming(quint16 width, quint16 height);
QByteArray elf();
QByteArray windowsExe();
QByteArray pdf();
QByteArray mp3();
QByteArray mp4();
bool write(const QString &path, const QByteArray &bytes);
// Writes name in dir; returns its path, or an empty one.
QString file(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
// The demo's video cut off after its first 3000 bytes: it looks like an MP4 and cannot play.
QByteArray truncatedVideo();
// An MP4 header and then nothing but junk.
QByteArray junkVideo();
// One of the demo's sample files (resources/demo-media), by name.
QString demoFile(const QString &name);

} // namespace AgentDesk::MediaSamples
