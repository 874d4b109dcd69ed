// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediaSamples.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QRandomGenerator>

namespace AgentDesk::MediaSamples {

namespace {

QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

void appendBE32(QByteArray &out, quint32 v)
{
    out.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

} // namespace

QByteArray png(QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return encode(image, "png");
}

QByteArray jpeg(QSize size, int quality)
{
    // Noise, so the file is not tiny and a truncated copy is really missing picture data.
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, random.generate() | 0xff000000u);
    return encode(image, "jpeg", quality);
}

QByteArray jpegWithOrientation(QSize size, quint16 orientation)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter(&image).fillRect(0, 0, size.width() / 2, size.height(), Qt::red);
    QByteArray bytes = encode(image, "jpeg", 90);
    // APP1 "Exif": a big-endian TIFF header and one IFD entry, Orientation (0x0112), SHORT.
    QByteArray tiff("MM\0*", 4);
    appendBE32(tiff, 8);
    tiff.append(QByteArray("\x00\x01\x01\x12\x00\x03\x00\x00\x00\x01", 10));
    tiff.append(char(orientation >> 8)).append(char(orientation)).append(QByteArray(2, '\0'));
    appendBE32(tiff, 0);
    QByteArray app1("\xff\xe1", 2);
    const int length = 2 + 6 + int(tiff.size());
    app1.append(char(length >> 8)).append(char(length)).append(QByteArray("Exif\0\0", 6)).append(tiff);
    bytes.insert(2, app1); // right after SOI
    return bytes;
}

QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr("IHDR");
    appendBE32(ihdr, width);
    appendBE32(ihdr, height);
    ihdr.append(QByteArray("\x08\x02\x00\x00\x00", 5)); // 8-bit RGB
    const auto chunk = [&out](const QByteArray &typeAndData) {
        appendBE32(out, quint32(typeAndData.size() - 4));
        out.append(typeAndData);
        appendBE32(out, crc32(typeAndData));
    };
    chunk(ihdr);
    chunk(QByteArray("IDAT\x78\x9c\x03\x00\x00\x00\x00\x01", 12)); // a few bytes where gigabytes belong
    chunk(QByteArray("IEND"));
    return out;
}

QByteArray gifClaiming(quint16 width, quint16 height)
{
    QByteArray out("GIF89a");
    out.append(char(width & 0xff))
        .append(char(width >> 8))
        .append(char(height & 0xff))
        .append(char(height >> 8));
    out.append(QByteArray("\x00\x00\x00", 3)); // no colour table
    // One image as large as the screen, then almost no data.
    out.append(',').append(QByteArray(4, '\0'));
    out.append(char(width & 0xff))
        .append(char(width >> 8))
        .append(char(height & 0xff))
        .append(char(height >> 8));
    out.append(QByteArray("\x00\x02\x02\x44\x01\x00;", 7));
    return out;
}

QByteArray elf()
{
    QByteArray out("\x7f"
                   "ELF\x02\x01\x01\x00",
                   8);
    out.append(QByteArray(56, '\0'));
    return out;
}

QByteArray windowsExe()
{
    QByteArray out("MZ\x90\x00\x03\x00\x00\x00", 8);
    out.append(QByteArray(56, '\0'));
    out.append("This program cannot be run in DOS mode.");
    return out;
}

QByteArray pdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n");
}

QByteArray mp3()
{
    QByteArray out("ID3\x03\x00\x00\x00\x00\x00\x00", 10);
    out.append(QByteArray("\xff\xfb\x90\x64", 4)).append(QByteArray(400, '\0'));
    return out;
}

QByteArray mp4()
{
    QByteArray out("\x00\x00\x00\x18"
                   "ftypmp42\x00\x00\x00\x00"
                   "mp42isom",
                   24);
    out.append(QByteArray("\x00\x00\x00\x08"
                          "free",
                          8));
    return out;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString file(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    return write(path, bytes) ? path : QString();
}

QByteArray truncatedVideo()
{
    QFile clip(demoFile(QStringLiteral("disk-clicking.mp4")));
    return clip.open(QIODevice::ReadOnly) ? clip.read(3000) : QByteArray();
}

QByteArray junkVideo()
{
    QByteArray out("\x00\x00\x00\x18"
                   "ftypmp42",
                   12);
    out.append(QByteArray(20000, '\x7f'));
    return out;
}

QString demoFile(const QString &name)
{
    return QStringLiteral(AGENTDESK_DEMO_MEDIA_DIR "/") + name;
}

} // namespace AgentDesk::MediaSamples
