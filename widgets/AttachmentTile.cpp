// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentTile.h"

#include "text/Translate.h"

#include "media/ThumbnailLoader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionViewItem>
#include <QTime>

namespace AgentDesk {

namespace {

using Kind = MediaInspector::Kind;
using State = MediaController::State;

constexpr int pictureWidth = 260;
constexpr int pictureHeight = 180;
constexpr int lineHeight = 46;

QString tr(const char *text)
{
    return translateIn("AgentDesk::AttachmentTile", text);
}

QString glyph(Kind kind)
{
    switch (kind) {
    case Kind::Image:
        return QStringLiteral("\u25A3"); // a framed square
    case Kind::Audio:
    case Kind::Video:
        return QStringLiteral("\u25B6"); // play
    case Kind::Blocked:
        return QStringLiteral("!");
    default:
        return QStringLiteral("\u2263"); // lines of a page
    }
}

} // namespace

QSize AttachmentTile::size(MediaInspector::Kind kind, int maxWidth)
{
    const int width = std::min(pictureWidth, maxWidth);
    // Pictures and videos (their first frame) get a frame; sound and documents a line.
    return kind == Kind::Image || kind == Kind::Video ? QSize(width, pictureHeight)
                                                      : QSize(width, lineHeight);
}

QString AttachmentTile::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(std::max<qint64>(0, bytes), 1, QLocale::DataSizeTraditionalFormat);
}

QString AttachmentTile::stateText(const Attachment &attachment, const MediaController::Status &status,
                                  const Playback *playback)
{
    if (playback) {
        const auto clock = [](qint64 ms) {
            return QTime(0, 0).addMSecs(int(ms)).toString(QStringLiteral("m:ss"));
        };
        return (playback->playing ? tr("%1 / %2 · click to pause") : tr("%1 / %2 · click to play"))
            .arg(clock(playback->position), clock(playback->duration));
    }
    const QString size = sizeText(status.total > 0 ? status.total : attachment.size);
    switch (status.state) {
    case State::Remote:
        if (!status.foreignHost.isEmpty()) // a customer's link to elsewhere: the agent decides
            return tr("%1 from %2 · click to download").arg(size, status.foreignHost);
        return tr("%1 · click to download").arg(size);
    case State::Downloading:
        if (status.upload)
            return status.total > 0
                       ? tr("Sending %1% of %2").arg(int(100 * status.received / status.total)).arg(size)
                       : tr("Sending…");
        return status.total > 0 ? tr("Downloading %1% of %2 · click to cancel")
                                      .arg(int(100 * status.received / status.total))
                                      .arg(size)
                                : tr("Downloading %1 · click to cancel").arg(sizeText(status.received));
    case State::Failed:
        return tr("%1 · click to try again").arg(status.problem);
    case State::Ready:
        break;
    }
    if (!status.problem.isEmpty())
        return status.problem;
    switch (status.kind) {
    case Kind::Audio:
        return tr("%1 · click to play").arg(size);
    case Kind::Video:
        return tr("%1 · click to play").arg(size);
    case Kind::Image:
        return tr("%1 · click to view").arg(size);
    default:
        return tr("%1 · click to open").arg(size);
    }
}

QColor AttachmentTile::warningInk(const QPalette &palette)
{
    // At least 4.5:1 on the field colour of either theme (tst_Theme computes it).
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                           : QColor(0xb7, 0x1c, 0x1c);
}

QRect AttachmentTile::barRect(const QRect &rect, const QStyleOptionViewItem &option)
{
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const int glyphSize = 30;
    const int glyphTop = rect.top() + (std::min(rect.height(), lineHeight) - glyphSize) / 2;
    const int textLeft = rect.left() + 8 + glyphSize + 10;
    // Under the state line: name (from glyphTop - 2, one line), then the state line.
    const int stateBottom =
        glyphTop - 2 + QFontMetrics(option.font).height() + QFontMetrics(small).height() - 1;
    return QRect(textLeft, stateBottom + 2, rect.right() - 8 - textLeft, 3);
}

void AttachmentTile::paint(QPainter *p, const QRect &rect, const Attachment &attachment,
                           const MediaController::Status &status, ThumbnailLoader *thumbnails,
                           const QStyleOptionViewItem &option, const Playback *playback)
{
    const QPalette &pal = option.palette;
    const bool blocked = status.kind == Kind::Blocked;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QPainterPath frame;
    frame.addRoundedRect(QRectF(rect), 8, 8);
    // On the field colour, tinted: a warning reads the same in a grey, blue or amber bubble.
    const QColor warning = warningInk(pal);
    p->fillPath(frame, pal.color(QPalette::Base));
    if (blocked)
        p->fillPath(frame, QColor(warning.red(), warning.green(), warning.blue(), 28));
    p->setPen(QPen(blocked ? warning : pal.color(QPalette::Mid), 1));
    p->drawPath(frame);

    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics fm(option.font);
    const QFontMetrics sfm(small);

    const bool poster = status.kind == Kind::Video && !status.poster.isEmpty();
    if ((status.kind == Kind::Image || poster) && status.state == State::Ready && thumbnails) {
        const QString picture = poster ? status.poster : status.path;
        const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
        const QSize box = (QSizeF(rect.size()) * dpr).toSize();
        const QImage image = thumbnails->cached(picture, box);
        const QString problem = thumbnails->problem(picture);
        if (!image.isNull()) {
            QSizeF shown = QSizeF(image.size()) / dpr;
            const QRectF target(rect.left() + (rect.width() - shown.width()) / 2,
                                rect.top() + (rect.height() - shown.height()) / 2, shown.width(),
                                shown.height());
            p->setClipPath(frame);
            p->drawImage(target, image);
            if (poster) { // a play button over the first frame
                const QRectF button(rect.center().x() - 24, rect.center().y() - 24, 48, 48);
                p->setPen(Qt::NoPen);
                p->setBrush(QColor(0, 0, 0, 150));
                p->drawEllipse(button);
                p->setPen(Qt::white);
                QFont big = option.font;
                big.setPointSizeF(big.pointSizeF() * 1.6);
                p->setFont(big);
                p->drawText(button, Qt::AlignCenter, glyph(Kind::Video));
            }
            p->restore();
            return;
        }
        if (problem.isEmpty()) {
            thumbnails->request(picture, box); // painted again when it is ready
            p->setPen(pal.color(QPalette::PlaceholderText));
            p->setFont(small);
            p->drawText(rect, Qt::AlignCenter, tr("Loading picture…"));
            p->restore();
            return;
        }
        // A picture that cannot be shown: say why, in the frame it would have had.
        p->setPen(pal.color(QPalette::Text));
        p->setFont(small);
        p->drawText(rect.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                    attachment.fileName + QLatin1Char('\n') + problem);
        p->restore();
        return;
    }

    // A line: glyph, name, state; pictures not here yet use their frame the same way.
    const int glyphSize = 30;
    const QRect glyphRect(rect.left() + 8, rect.top() + (std::min(rect.height(), lineHeight) - glyphSize) / 2,
                          glyphSize, glyphSize);
    p->setPen(Qt::NoPen);
    p->setBrush(blocked ? warning : pal.color(QPalette::Highlight));
    p->drawEllipse(glyphRect);
    p->setPen(blocked ? QColor(Qt::white) : pal.color(QPalette::HighlightedText));
    p->setFont(option.font);
    p->drawText(glyphRect, Qt::AlignCenter,
                playback && playback->playing ? QStringLiteral("\u275A\u275A") : glyph(status.kind)); // pause

    const int textLeft = glyphRect.right() + 10;
    const QRect nameRect(textLeft, glyphRect.top() - 2, rect.right() - 8 - textLeft, fm.height());
    p->setPen(pal.color(QPalette::Text));
    p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(attachment.fileName, Qt::ElideMiddle, nameRect.width()));
    const QRect stateRect(textLeft, nameRect.bottom() + 1, nameRect.width(), sfm.height());
    p->setFont(small);
    p->setPen(status.state == State::Failed || blocked || !status.problem.isEmpty()
                  ? warning
                  : pal.color(QPalette::PlaceholderText));
    p->drawText(stateRect, Qt::AlignLeft | Qt::AlignVCenter,
                sfm.elidedText(stateText(attachment, status, playback), Qt::ElideRight, stateRect.width()));
    // One place says where the bar is, for painting it and for the click that seeks.
    const QRect bar = barRect(rect, option);
    if (playback && playback->duration > 0) { // where the voice note is: a click on the bar seeks
        p->fillRect(bar, pal.color(QPalette::Midlight));
        p->fillRect(
            QRect(bar.left(), bar.top(),
                  int(bar.width() * std::clamp(double(playback->position) / playback->duration, 0.0, 1.0)),
                  bar.height()),
            pal.color(QPalette::Highlight));
    } else if (status.state == State::Downloading && status.total > 0) {
        p->fillRect(bar, pal.color(QPalette::Midlight));
        p->fillRect(
            QRect(bar.left(), bar.top(), int(bar.width() * status.received / status.total), bar.height()),
            pal.color(QPalette::Highlight));
    }
    p->restore();
}

} // namespace AgentDesk
