// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QListView;
class QModelIndex;
class QWidget;

namespace AgentDesk {

class InlinePlayer;
class InlineVideo;
class MediaController;
class MediaViewer;
class MessageDelegate;
class MessageModel;

// The media of one conversation view: a click on an attachment does the one thing its state
// allows (fetch, stop fetching, play in its bubble, open in the viewer or its own application;
// a program is never opened, and the agent is told why); one voice note or video plays at a time.
class ConversationMedia final : public QObject
{
    Q_OBJECT

public:
    // The viewer is a window of viewerParent's.
    ConversationMedia(QListView *view, MessageDelegate *delegate, MessageModel *messages,
                      MediaController *media, QWidget *viewerParent);

    void activate(const QModelIndex &index, int attachment);
    // The viewer, at attachmentId, over every picture, recording and video of the conversation.
    void openViewer(qint64 attachmentId);
    // Nothing goes on playing (another conversation is shown).
    void stop();

    MediaViewer *viewer() const { return m_viewer; }
    InlinePlayer *inlinePlayer() const { return m_inline; }
    InlineVideo *inlineVideo() const { return m_inlineVideo; }

Q_SIGNALS:
    void notice(const QString &message);

private:
    MessageModel *m_messages;
    MediaController *m_media;
    QWidget *m_viewerParent;
    QPointer<MediaViewer> m_viewer;
    InlinePlayer *m_inline;     // voice notes play in their bubbles
    InlineVideo *m_inlineVideo; // and videos, over their frame
};

} // namespace AgentDesk
