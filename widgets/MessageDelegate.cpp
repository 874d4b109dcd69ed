// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageDelegate.h"

#include "AttachmentTile.h"
#include "domain/Message.h"
#include "InlinePlayer.h"
#include "itemmodels/MessageModel.h"
#include "media/MediaController.h"
#include "media/ThumbnailLoader.h"
#include "MessageText.h"
#include "Theme.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace AgentDesk {

using namespace Domain;

namespace {
constexpr int margin = 10;
constexpr int padding = 8;

QString metaText(const Message &m)
{
    const QString meta = QLocale().toString(m.sentAt.toLocalTime().time(), QStringLiteral("HH:mm"));
    QStringList parts;
    if (m.internalNote)
        parts << QCoreApplication::translate("MessageDelegate", "Internal note");
    if (!m.authorName.isEmpty())
        parts << m.authorName;
    parts << meta;
    if (m.direction == Direction::Outbound && !m.internalNote) {
        QString state = deliveryLabel(m.delivery);
        if (!m.error.isEmpty())
            state += QStringLiteral(": ") + m.error;
        parts << state;
    }
    return parts.join(QStringLiteral(" · "));
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

QString retryText()
{
    return QCoreApplication::translate("MessageDelegate", "Retry");
}

bool startsDay(const QModelIndex &index, const QDateTime &sentAt)
{
    if (index.row() == 0)
        return true;
    const QDateTime previous =
        index.siblingAtRow(index.row() - 1).data(MessageModel::SentAtRole).toDateTime();
    return previous.toLocalTime().date() != sentAt.toLocalTime().date();
}
} // namespace

void MessageDelegate::setMedia(MediaController *media)
{
    m_media = media;
    auto *view = qobject_cast<QAbstractItemView *>(parent());
    if (!media || !view)
        return;
    // Progress and thumbnails change what a tile shows, never its size: a repaint is enough.
    const auto repaint = [view] { view->viewport()->update(); };
    connect(media, &MediaController::statusChanged, view, repaint);
    connect(media, &MediaController::uploadChanged, view, repaint);
    connect(media->thumbnails(), &ThumbnailLoader::thumbnailReady, view, repaint);
    connect(media->thumbnails(), &ThumbnailLoader::thumbnailFailed, view, repaint);
}

void MessageDelegate::setInlinePlayer(InlinePlayer *player)
{
    m_player = player;
    if (auto *view = qobject_cast<QAbstractItemView *>(parent()); view && player)
        connect(player, &InlinePlayer::changed, view, [view] { view->viewport()->update(); });
}

QString MessageDelegate::dayLabel(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, day.year() == today.year() ? QStringLiteral("dddd d MMMM")
                                                              : QStringLiteral("dddd d MMMM yyyy"));
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    const auto m = index.data(MessageModel::MessageRole).value<Message>();
    if (m.direction == Direction::System)
        return systemLayout(option, index, m);
    const int maxWidth = qMax(120, int(availableWidth(option) * 0.72));
    const BubbleInks inks = bubbleInks(option.palette, m);
    const QColor link = inks.fill.lightness() < 128 && m.direction == Direction::Outbound
                            ? inks.text // white links on the agent's blue: underlined, still links
                            : Theme::readable(option.palette.color(QPalette::Link), inks.fill);
    auto body =
        std::make_shared<const MessageText>(m.text, option.font, maxWidth - 2 * padding, m_terms, link);
    const QSize textSize = m.text.isEmpty() ? QSize(0, 0) : body->size();
    // Tiles are sized by the kind the file claims, so a row never changes height when it arrives.
    QList<QSize> tiles;
    int tilesHeight = 0;
    int tilesWidth = 0;
    for (const Attachment &a : m.attachments) {
        tiles << AttachmentTile::size(MediaController::declaredKind(a), maxWidth - 2 * padding);
        tilesHeight += tiles.last().height() + 6;
        tilesWidth = std::max(tilesWidth, tiles.last().width());
    }
    const QFontMetrics sfm(smallFont(option.font));
    const bool failed = m.direction == Direction::Outbound && m.delivery == DeliveryState::Failed;
    const int retryWidth = failed ? sfm.horizontalAdvance(retryText()) + 12 : 0;
    // +2: integer advances round down, and elision measures exactly: a line that just fits is not cut.
    const int metaWidth = qMin(sfm.horizontalAdvance(metaText(m)) + 2 + retryWidth, maxWidth - 2 * padding);
    const int width = std::max({textSize.width(), metaWidth, tilesWidth}) + 2 * padding;
    const int height = textSize.height() + tilesHeight + sfm.height() + 2 * padding + 4;
    Layout l;
    l.body = std::move(body);
    int top = option.rect.top() + 4;
    if (startsDay(index, m.sentAt)) {
        l.day = QRect(option.rect.left(), top, availableWidth(option), sfm.height() + 12);
        top = l.day.bottom() + 1;
    }
    const bool right = m.direction == Direction::Outbound;
    const int x =
        right ? option.rect.left() + availableWidth(option) - margin - width : option.rect.left() + margin;
    l.bubble = QRect(x, top, width, height);
    l.text = QRect(x + padding, top + padding, width - 2 * padding, textSize.height());
    int y = l.text.top() + textSize.height() + (textSize.height() > 0 && !tiles.isEmpty() ? 6 : 0);
    for (const QSize &tile : std::as_const(tiles)) {
        l.attachments << QRect(QPoint(x + padding, y), tile);
        y += tile.height() + 6;
    }
    l.meta =
        QRect(x + padding, y - (tiles.isEmpty() ? 0 : 6) + 4, width - 2 * padding - retryWidth, sfm.height());
    if (failed)
        l.retry = QRect(l.meta.right() + 12, l.meta.top(), retryWidth - 12, sfm.height());
    return l;
}

MessageDelegate::Layout MessageDelegate::systemLayout(const QStyleOptionViewItem &option,
                                                      const QModelIndex &index, const Message &m) const
{
    // What happened to the conversation (a status change, a new owner): a line of the timeline in
    // the middle, with its time, not a bubble of anyone's.
    const QFont small = smallFont(option.font);
    const int maxWidth = qMax(120, int(availableWidth(option) * 0.8));
    const QString line = systemText(m);
    Layout l;
    l.body = std::make_shared<const MessageText>(line, small, maxWidth - 2 * padding, m_terms,
                                                 option.palette.color(QPalette::Link));
    const QSize textSize = l.body->size();
    int top = option.rect.top() + 4;
    const QFontMetrics sfm(small);
    if (startsDay(index, m.sentAt)) {
        l.day = QRect(option.rect.left(), top, availableWidth(option), sfm.height() + 12);
        top = l.day.bottom() + 1;
    }
    const int width = textSize.width() + 2 * padding;
    const int x = option.rect.left() + (availableWidth(option) - width) / 2;
    l.bubble = QRect(x, top, width, textSize.height() + 8);
    l.text = QRect(x + padding, top + 4, textSize.width(), textSize.height());
    return l;
}

MessageDelegate::BubbleInks MessageDelegate::bubbleInks(const QPalette &pal, const Message &m)
{
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    BubbleInks k;
    k.text = pal.color(QPalette::Text);
    if (m.internalNote)
        k.fill = dark ? QColor(0x5d, 0x4a, 0x10) : QColor(0xff, 0xf3, 0xc4);
    else if (m.direction == Direction::Outbound)
        k.fill = dark ? QColor(0x0d, 0x47, 0xa1) : QColor(0x19, 0x76, 0xd2);
    else
        k.fill = dark ? QColor(0x3a, 0x3f, 0x44) : QColor(0xec, 0xef, 0xf1);
    if (m.delivery == DeliveryState::Failed && m.direction == Direction::Outbound && !m.internalNote)
        k.fill = dark ? QColor(0x7f, 0x1d, 0x1d) : QColor(0xff, 0xcd, 0xd2);
    k.text =
        Theme::readable(k.fill.lightness() < 128 ? QColor(Qt::white) : pal.color(QPalette::Text), k.fill);
    // The time and state line is quieter than the text, and still reads at 4.5:1.
    QColor meta = k.text;
    meta.setAlphaF(0.75);
    const auto blend = [](const QColor &over, const QColor &under) {
        const float a = over.alphaF();
        return QColor::fromRgbF(over.redF() * a + under.redF() * (1 - a),
                                over.greenF() * a + under.greenF() * (1 - a),
                                over.blueF() * a + under.blueF() * (1 - a));
    };
    k.meta = Theme::readable(blend(meta, k.fill), k.fill);
    return k;
}

QString MessageDelegate::systemText(const Message &m)
{
    return m.text + QStringLiteral(" · ") +
           QLocale().toString(m.sentAt.toLocalTime().time(), QStringLiteral("HH:mm"));
}

int MessageDelegate::availableWidth(const QStyleOptionViewItem &option)
{
    // Bubbles wrap to the viewport, not to whatever rect the view asks a size hint for.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layout(option, index);
    return {availableWidth(option), l.bubble.bottom() - option.rect.top() + 6};
}

void MessageDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto m = index.data(MessageModel::MessageRole).value<Message>();
    const Layout l = layout(option, index);
    const QPalette &pal = option.palette;
    const BubbleInks inks = bubbleInks(pal, m);
    const QColor &fill = inks.fill;
    const QColor &ink = inks.text;

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QFont small = smallFont(option.font);
    if (!l.day.isEmpty()) {
        p->setFont(small);
        p->setPen(pal.color(QPalette::PlaceholderText));
        const QString label = dayLabel(m.sentAt.toLocalTime().date(), QDate::currentDate());
        const int labelWidth = QFontMetrics(small).horizontalAdvance(label) + 24;
        const int mid = l.day.center().y();
        p->drawLine(l.day.left() + margin, mid, l.day.center().x() - labelWidth / 2, mid);
        p->drawLine(l.day.center().x() + labelWidth / 2, mid, l.day.right() - margin, mid);
        p->drawText(l.day, Qt::AlignCenter, label);
    }
    if (m.direction == Direction::System) {
        p->setPen(QPen(option.state & QStyle::State_Selected ? pal.color(QPalette::Highlight)
                                                             : pal.color(QPalette::Mid),
                       1));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(l.bubble, l.bubble.height() / 2, l.bubble.height() / 2);
        p->setPen(pal.color(QPalette::PlaceholderText));
        l.body->paint(p, l.text.topLeft());
        p->restore();
        return;
    }
    if (option.state & QStyle::State_Selected)
        p->setPen(QPen(pal.color(QPalette::Highlight), 2));
    else
        p->setPen(m.internalNote ? QPen(QColor(0xf9, 0xa8, 0x25), 1, Qt::DashLine) : QPen(Qt::NoPen));
    p->setBrush(fill);
    p->drawRoundedRect(l.bubble, 10, 10);
    p->setPen(ink);
    if (!m.text.isEmpty())
        l.body->paint(p, l.text.topLeft());
    // The agent's files still going up show how far they are, all of them together.
    const auto upload = m_media && m.direction == Direction::Outbound && !m.clientKey.isEmpty()
                            ? m_media->upload(m.clientKey)
                            : std::nullopt;
    for (qsizetype i = 0; i < m.attachments.size() && i < l.attachments.size(); ++i) {
        const Attachment &a = m.attachments[i];
        MediaController::Status status;
        if (m_media) {
            m_media->prefetch(m.backendId, a); // once per attachment: what is shown inline comes by itself
            status = m_media->status(a);
            if (upload) {
                status.state = MediaController::State::Downloading;
                status.upload = true;
                status.received = upload->first;
                status.total = upload->second;
            }
        } else {
            status.kind = MediaController::declaredKind(a);
            status.total = a.size;
        }
        // The voice note loaded in the inline player shows whether it plays and where it is.
        std::optional<AttachmentTile::Playback> playback;
        if (m_player && a.id != 0 && m_player->current() == a.id)
            playback = AttachmentTile::Playback{m_player->isPlaying(a.id), m_player->position(),
                                                m_player->duration()};
        AttachmentTile::paint(p, l.attachments[i], a, status, m_media ? m_media->thumbnails() : nullptr,
                              option, playback ? &*playback : nullptr);
    }
    p->setFont(small);
    p->setPen(inks.meta);
    p->drawText(l.meta, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(small).elidedText(metaText(m), Qt::ElideRight, l.meta.width()));
    if (!l.retry.isEmpty()) {
        QFont link = small;
        link.setUnderline(true);
        link.setBold(true);
        p->setFont(link);
        p->setPen(pal.color(QPalette::Link));
        p->drawText(l.retry, Qt::AlignRight | Qt::AlignVCenter, retryText());
    }
    p->restore();
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease && event->type() != QEvent::MouseMove)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    const QPoint pos = mouse->position().toPoint();
    const Layout l = layout(option, index);
    QUrl url;
    const bool onRetry = l.retry.adjusted(-4, -4, 4, 4).contains(pos);
    int onAttachment = -1;
    for (qsizetype i = 0; i < l.attachments.size(); ++i)
        if (l.attachments[i].contains(pos))
            onAttachment = int(i);
    if (!onRetry && l.text.contains(pos))
        url = l.body->linkAt(pos - l.text.topLeft());
    if (auto *view = qobject_cast<QAbstractItemView *>(parent()))
        view->viewport()->setCursor(onRetry || !url.isEmpty() || onAttachment >= 0 ? Qt::PointingHandCursor
                                                                                   : Qt::ArrowCursor);
    if (event->type() == QEvent::MouseButtonRelease && mouse->button() == Qt::LeftButton) {
        if (onAttachment >= 0) {
            // On the bar of the voice note that is loaded: a seek, not play/pause.
            const auto m = index.data(MessageModel::MessageRole).value<Message>();
            const qint64 id = m.attachments.value(onAttachment).id;
            const QRect bar =
                AttachmentTile::barRect(l.attachments[onAttachment], option).adjusted(0, -6, 0, 6);
            if (m_player && id != 0 && m_player->current() == id && bar.contains(pos))
                Q_EMIT seekRequested(id, double(pos.x() - bar.left()) / std::max(1, bar.width()));
            else
                Q_EMIT attachmentActivated(index, onAttachment);
            return true;
        }
        if (onRetry) {
            Q_EMIT retryRequested(index.data(MessageModel::IdRole).toLongLong());
            return true;
        }
        if (url == MessageText::showAllUrl()) {
            Q_EMIT showAllRequested(index);
            return true;
        }
        if (!url.isEmpty()) {
            Q_EMIT linkActivated(url);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace AgentDesk
