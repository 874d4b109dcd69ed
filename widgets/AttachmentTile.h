// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attachment.h"
#include "media/MediaController.h"

#include <QColor>
#include <QRect>

class QPainter;
class QPalette;
class QStyleOptionViewItem;

namespace AgentDesk {

class ThumbnailLoader;

// One attachment inside a message bubble: a picture's thumbnail in a fixed frame (so rows never
// jump when it arrives), or a line for sound, video and documents with its name, size and state.
// A file that cannot be shown says why instead.
class AttachmentTile final
{
public:
    // A voice note playing (or paused) in its bubble.
    struct Playback
    {
        bool playing = false;
        qint64 position = 0; // ms
        qint64 duration = 0; // ms
    };

    static QSize size(MediaInspector::Kind kind, int maxWidth);
    // thumbnails may be null (no pictures drawn); a picture not decoded yet is asked for.
    static void paint(QPainter *painter, const QRect &rect, const Attachment &attachment,
                      const MediaController::Status &status, ThumbnailLoader *thumbnails,
                      const QStyleOptionViewItem &option, const Playback *playback = nullptr);
    // Where a line's progress bar is: a click there seeks a voice note that is loaded.
    static QRect barRect(const QRect &rect, const QStyleOptionViewItem &option);
    // The second line: size and what a click does, progress, or the problem.
    static QString stateText(const Attachment &attachment, const MediaController::Status &status,
                             const Playback *playback = nullptr);
    static QString sizeText(qint64 bytes);
    // The colour of a warning (a refused or failed file) on a tile of this palette.
    static QColor warningInk(const QPalette &palette);
};

} // namespace AgentDesk
