// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QListView;
class QMediaPlayer;
class QVideoWidget;

namespace AgentDesk {

class MessageDelegate;

// A video playing in its bubble: a video surface laid over the attachment's frame in the message
// list, following it as the list scrolls, hidden while the frame is out of sight. A click pauses
// or goes on; a double click opens the viewer. One at a time; stopped with the conversation.
class InlineVideo final : public QWidget
{
    Q_OBJECT

public:
    InlineVideo(QListView *view, MessageDelegate *delegate);
    ~InlineVideo() override;

    void play(const QModelIndex &index, int attachment, qint64 attachmentId, const QString &path);
    void togglePause();
    void stop();
    qint64 current() const { return m_attachmentId; }
    bool isPlaying() const;
    QMediaPlayer *player() const { return m_player; } // null until a video is played

Q_SIGNALS:
    void expandRequested(qint64 attachmentId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(); // over the frame, wherever it is now
    void ensurePlayer();

    QListView *m_view;
    MessageDelegate *m_delegate;
    QVideoWidget *m_video = nullptr; // both made on the first video played
    QMediaPlayer *m_player = nullptr;
    QPersistentModelIndex m_index;
    int m_attachment = -1;
    qint64 m_attachmentId = 0;
};

} // namespace AgentDesk
