// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QColor>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QUrl>

namespace AgentDesk {

struct Message;
class InlinePlayer;
class MediaController;
class MessageText;

// Chat bubbles: the customer's on the left, the agent's on the right, internal notes in amber and
// dashed, with the time and, for the agent's own messages, the delivery state. A day header goes
// above the first message of each day; links are clickable; a failed reply offers "Retry"; the
// words of a search are highlighted. Attachments show below the text (see AttachmentTile).
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Pictures, sound and files of messages: their state and thumbnails; null: names only.
    void setMedia(MediaController *media);
    // Voice notes playing in their bubbles: their position is drawn, their bar seeks.
    void setInlinePlayer(InlinePlayer *player);
    void setHighlightTerms(const QStringList &terms) { m_terms = terms; }
    QStringList highlightTerms() const { return m_terms; }
    // "Today", "Yesterday", or the date written out.
    static QString dayLabel(const QDate &day, const QDate &today);

    struct Layout
    {
        QRect day; // empty when the message is not the first of its day
        QRect bubble;
        QRect text;
        QRect meta;
        QRect retry;                             // empty unless the delivery failed
        QList<QRect> attachments;                // one per attachment of the message, in order
        std::shared_ptr<const MessageText> body; // laid out once, measured and painted from it
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // A bubble's colours in a palette: its fill, its text and its time line, each at 4.5:1 at least.
    struct BubbleInks
    {
        QColor fill, text, meta;
    };
    static BubbleInks bubbleInks(const QPalette &palette, const Message &m);
    // A line of the timeline (a status change), as it reads in the conversation.
    static QString systemText(const Message &m);

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    // "Show all" at the end of a shortened message.
    void showAllRequested(const QModelIndex &index);
    void retryRequested(qint64 messageId);
    // The agent clicked an attachment: the message's index and which of its attachments.
    void attachmentActivated(const QModelIndex &index, int attachment);
    void seekRequested(qint64 attachmentId, double fraction);

private:
    Layout systemLayout(const QStyleOptionViewItem &option, const QModelIndex &index, const Message &m) const;
    static int availableWidth(const QStyleOptionViewItem &option);

    QStringList m_terms;
    MediaController *m_media = nullptr;
    InlinePlayer *m_player = nullptr;
};

} // namespace AgentDesk
