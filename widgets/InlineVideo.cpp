// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineVideo.h"

#include "media/SoundOutput.h"
#include "MessageDelegate.h"

#include <QListView>
#include <QMediaPlayer>
#include <QMouseEvent>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace AgentDesk {

InlineVideo::InlineVideo(QListView *view, MessageDelegate *delegate)
    : QWidget(view->viewport())
    , m_view(view)
    , m_delegate(delegate)
{
    setObjectName(QStringLiteral("inlineVideo"));
    setToolTip(tr("Click to pause or go on; double-click to open it large"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    hide();
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &InlineVideo::follow);
    connect(m_view->model(), &QAbstractItemModel::layoutChanged, this, &InlineVideo::follow);
    connect(m_view->model(), &QAbstractItemModel::rowsInserted, this, &InlineVideo::follow);
    connect(m_view->model(), &QAbstractItemModel::modelReset, this, &InlineVideo::stop);
    m_view->viewport()->installEventFilter(this); // resizes move the frames
}

InlineVideo::~InlineVideo()
{
    if (m_player)
        m_player->stop();
}

// A video surface loads Qt Multimedia's backend and FFmpeg: on the first video played, not with
// the window.
void InlineVideo::ensurePlayer()
{
    if (m_player)
        return;
    m_video = new QVideoWidget(this);
    layout()->addWidget(m_video);
    m_video->setAttribute(Qt::WA_TransparentForMouseEvents); // clicks reach this widget
    m_player = new QMediaPlayer(this);
    m_player->setVideoOutput(m_video);
    SoundOutput::attach(m_player);
}

void InlineVideo::play(const QModelIndex &index, int attachment, qint64 attachmentId, const QString &path)
{
    if (attachmentId == m_attachmentId) {
        togglePause();
        return;
    }
    ensurePlayer();
    m_player->stop();
    m_index = index;
    m_attachment = attachment;
    m_attachmentId = attachmentId;
    m_player->setSource(QUrl::fromLocalFile(path));
    m_player->play();
    follow();
}

void InlineVideo::togglePause()
{
    if (!m_player)
        return;
    m_player->playbackState() == QMediaPlayer::PlayingState ? m_player->pause() : m_player->play();
}

void InlineVideo::stop()
{
    if (m_player) {
        m_player->stop();
        m_player->setSource({});
    }
    m_index = QPersistentModelIndex();
    m_attachmentId = 0;
    hide();
}

bool InlineVideo::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

void InlineVideo::follow()
{
    if (!m_attachmentId)
        return;
    if (!m_index.isValid()) { // its message is gone from the list
        stop();
        return;
    }
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.rect = m_view->visualRect(m_index);
    const QRect frame = m_delegate->layout(option, m_index).attachments.value(m_attachment);
    const bool visible = !frame.isEmpty() && m_view->viewport()->rect().intersects(frame);
    if (visible)
        setGeometry(frame.adjusted(1, 1, -1, -1));
    setVisible(visible);
    if (visible)
        raise();
}

void InlineVideo::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        togglePause();
}

void InlineVideo::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const qint64 id = m_attachmentId;
    stop();
    Q_EMIT expandRequested(id);
}

bool InlineVideo::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        follow();
    return QWidget::eventFilter(watched, event);
}

} // namespace AgentDesk
