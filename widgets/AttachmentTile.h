#pragma once

#include "domain/Attachment.h"
#include "media/MediaController.h"

#include <QRect>

class QPainter;
class QStyleOptionViewItem;

namespace AgentDesk {

class ThumbnailLoader;

// One attachment inside a message bubble: a picture's thumbnail in a fixed frame (so rows never
// jump when it arrives), or a line for sound, video and documents with its name, size and state.
// A file that cannot be shown says why instead.
class AttachmentTile final
{
public:
    static QSize size(MediaInspector::Kind kind, int maxWidth);
    // thumbnails may be null (no pictures drawn); a picture not decoded yet is asked for.
    static void paint(QPainter *painter, const QRect &rect, const Attachment &attachment,
                      const MediaController::Status &status, ThumbnailLoader *thumbnails,
                      const QStyleOptionViewItem &option);
    // The second line: size and what a click does, progress, or the problem.
    static QString stateText(const Attachment &attachment, const MediaController::Status &status);
    static QString sizeText(qint64 bytes);
};

} // namespace AgentDesk
