// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationMedia.h"

#include "InlinePlayer.h"
#include "InlineVideo.h"
#include "itemmodels/MessageModel.h"
#include "media/MediaController.h"
#include "MediaViewer.h"
#include "MessageDelegate.h"

#include <QDesktopServices>
#include <QListView>

namespace AgentDesk {

ConversationMedia::ConversationMedia(QListView *view, MessageDelegate *delegate, MessageModel *messages,
                                     MediaController *media, QWidget *viewerParent)
    : QObject(viewerParent)
    , m_messages(messages)
    , m_media(media)
    , m_viewerParent(viewerParent)
    , m_inline(new InlinePlayer(this))
    , m_inlineVideo(new InlineVideo(view, delegate))
{
    delegate->setMedia(media);
    delegate->setInlinePlayer(m_inline);
    connect(delegate, &MessageDelegate::seekRequested, m_inline, &InlinePlayer::seek);
    connect(delegate, &MessageDelegate::attachmentActivated, this, &ConversationMedia::activate);
    connect(m_inlineVideo, &InlineVideo::expandRequested, this, &ConversationMedia::openViewer);
}

void ConversationMedia::stop()
{
    m_inline->stop();
    m_inlineVideo->stop();
}

void ConversationMedia::activate(const QModelIndex &index, int attachment)
{
    const auto message = index.data(MessageModel::MessageRole).value<Message>();
    const Attachment a = message.attachments.value(attachment);
    const MediaController::Status status = m_media->status(a);
    switch (status.state) {
    case MediaController::State::Remote:
    case MediaController::State::Failed:
        m_media->download(message.backendId, a);
        return;
    case MediaController::State::Downloading:
        m_media->cancel(a.id);
        return;
    case MediaController::State::Ready:
        break;
    }
    if (!status.openable()) {
        Q_EMIT notice(status.problem);
        return;
    }
    switch (status.kind) {
    case MediaInspector::Kind::Audio: // a voice note plays in its bubble
        m_inline->toggle(a.id, status.path);
        return;
    case MediaInspector::Kind::Document: // its own application, outside AgentDesk
        QDesktopServices::openUrl(QUrl::fromLocalFile(status.path));
        return;
    case MediaInspector::Kind::Video: // plays in its bubble; a double click opens it large
        m_inlineVideo->play(index, attachment, a.id, status.path);
        return;
    default:
        openViewer(a.id);
    }
}

void ConversationMedia::openViewer(qint64 attachmentId)
{
    QList<MediaViewer::Item> items;
    int current = 0;
    for (int row = 0; row < m_messages->rowCount(); ++row) {
        const auto m = m_messages->index(row).data(MessageModel::MessageRole).value<Message>();
        for (const Attachment &other : m.attachments) {
            const MediaController::Status s = m_media->status(other);
            if (!s.openable() || s.kind == MediaInspector::Kind::Document)
                continue;
            if (other.id == attachmentId)
                current = int(items.size());
            items.append({other, s.path, s.kind});
        }
    }
    if (!m_viewer) {
        m_viewer = new MediaViewer(m_viewerParent);
        connect(m_viewer, &MediaViewer::saved, this, [this](const QString &path, const QString &error) {
            Q_EMIT notice(error.isEmpty() ? tr("Saved %1.").arg(path)
                                          : tr("Could not save %1: %2").arg(path, error));
        });
    }
    m_viewer->setItems(items, current);
    m_viewer->show();
    m_viewer->raise();
    m_viewer->activateWindow();
}

} // namespace AgentDesk
