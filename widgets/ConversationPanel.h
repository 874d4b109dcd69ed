// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MediaViewer.h"
#include "text/CannedResponses.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListView;
class QPushButton;
class QToolButton;

namespace AgentDesk {

class BackendRegistry;
class ComposerWidget;
class ConversationActions;
class DirectoryModel;
class FindBar;
class MediaController;

class ConversationMedia;
class InlinePlayer;
class InlineVideo;
class MediaViewer;
class MessageDelegate;
class SearchModel;
class ConversationController;
class InboxModel;
class MessageModel;
class ServiceRequestModel;

// The selected conversation: who and where, its messages, and the composer.
class ConversationPanel final : public QWidget
{
    Q_OBJECT

public:
    ConversationPanel(InboxModel *inbox, MessageModel *messages, ConversationController *controller,
                      BackendRegistry *registry, ServiceRequestModel *serviceRequests = nullptr,
                      SearchModel *findModel = nullptr, QWidget *parent = nullptr);

    // atMessageId: open there (a search hit) with terms highlighted, instead of at the newest.
    void showConversation(qint64 conversationId, qint64 atMessageId = 0, const QStringList &terms = {});
    // Scrolls to a message of the open conversation and selects it, loading it when needed.
    void revealMessage(qint64 messageId, const QStringList &terms = {});
    // Ctrl+F: find in this conversation (null without a find model).
    void openFind();
    FindBar *findBar() const { return m_find; }
    MessageDelegate *messageDelegate() const { return m_delegate; }
    MediaViewer *mediaViewer() const;
    InlinePlayer *inlinePlayer() const;
    InlineVideo *inlineVideo() const;
    qint64 conversationId() const { return m_conversationId; }
    // What came in while the window was in the background is read once it is active again; its
    // window calls this when activation changes (only windows hear of it).
    void markReadWhileWatched();
    // The inbox view the agent is in does not show this conversation (empty: it does); said in the header.
    void setOutsideView(const QString &viewName);
    ComposerWidget *composer() const { return m_composer; }
    QListView *messageView() const { return m_view; }
    QLabel *typingLabel() const { return m_typing; }
    QLabel *titleLabel() const { return m_title; }
    void setCannedResponses(const QList<CannedResponses::Response> &responses);
    // Customers' files: shown in the messages, downloaded, opened in the media viewer.
    void setMedia(MediaController *media);
    // Assign and More (priority, snooze) menus in the header; names of assignees from directory.
    void setActions(const ConversationActions *actions, DirectoryModel *directory);
    QToolButton *assignButton() const { return m_assign; }
    QToolButton *moreButton() const { return m_more; }
    QToolButton *labelsButton() const { return m_labels; }
    // A header button that asks for the conversation in a window of its own.
    void enablePopOut();
    QToolButton *popOutButton() const { return m_popOut; }
    QListView *serviceRequestView() const { return m_srView; }
    QPushButton *createServiceRequestButton() const { return m_createSr; }
    // Asks for subject and server, then queues the request (the dialog is modal to the window).
    void createServiceRequest();
    // Saves the composer's text now if it changed since the last save (the app is closing).
    void flushDraft();

Q_SIGNALS:
    void conversationShown(qint64 conversationId); // another conversation is open now (0: none)
    void popOutRequested(qint64 conversationId);
    void notice(const QString &message); // for the status bar: a file saved, a program not opened

private:
    void updateTabOrder();
    void updateHeader();
    void updateComposer();
    void updateTyping();
    void updateServiceRequests();
    void send(const QString &text, bool note);
    void scrollToBottomIfFollowing();
    void loadOlderAtTop(int value);
    void onMessagesLoaded();

    InboxModel *m_inbox;
    MessageModel *m_messages;
    ConversationController *m_controller;
    BackendRegistry *m_registry;
    MediaController *m_media = nullptr;
    ConversationMedia *m_mediaView = nullptr; // made with the media
    qint64 m_conversationId = 0;
    QString m_outsideView;
    QLabel *m_title;
    QLabel *m_details;
    QPushButton *m_resolve;
    QToolButton *m_assign = nullptr;
    QToolButton *m_more = nullptr;
    QToolButton *m_labels = nullptr;
    QToolButton *m_popOut = nullptr;
    const ConversationActions *m_actions = nullptr;
    QHBoxLayout *m_headerButtons = nullptr;
    DirectoryModel *m_directory = nullptr;
    QPushButton *m_createSr;
    ServiceRequestModel *m_srModel;
    QListView *m_srView;
    QListView *m_view;
    MessageDelegate *m_delegate;
    FindBar *m_find = nullptr;
    qint64 m_reveal = 0; // the message to show once the model has loaded it
    QLabel *m_typing;
    QTimer m_typingExpiry;
    std::pair<QString, QString> m_typingTo; // backend and remote id the agent is typing in
    QTimer m_draftSave;                     // a second after the last keystroke
    qint64 m_draftOf = 0;                   // the conversation whose draft the composer holds
    QList<CannedResponses::Response> m_canned;
    ComposerWidget *m_composer;
    bool m_following = true; // stick to the newest message unless the agent scrolled up
};

} // namespace AgentDesk
