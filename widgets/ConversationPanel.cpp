// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationPanel.h"

#include "TextViewer.h"

#include "ComposerWidget.h"
#include "controllers/ConversationController.h"
#include "ConversationActions.h"
#include "ConversationMedia.h"
#include "CreateServiceRequestDialog.h"
#include "FindBar.h"
#include "Icons.h"
#include "itemmodels/DirectoryModel.h"
#include "itemmodels/InboxModel.h"
#include "itemmodels/MessageModel.h"
#include "itemmodels/ServiceRequestModel.h"
#include "media/MediaController.h"
#include "MessageDelegate.h"
#include "services/BackendRegistry.h"
#include "services/MessagingService.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace AgentDesk {

using namespace Domain;

ConversationPanel::ConversationPanel(InboxModel *inbox, MessageModel *messages,
                                     ConversationController *controller, BackendRegistry *registry,
                                     ServiceRequestModel *serviceRequests, SearchModel *findModel,
                                     QWidget *parent)
    : QWidget(parent)
    , m_inbox(inbox)
    , m_messages(messages)
    , m_controller(controller)
    , m_registry(registry)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_resolve(new QPushButton(this))
    , m_createSr(new QPushButton(tr("Create SR…"), this))
    , m_srModel(serviceRequests)
    , m_srView(new QListView(this))
    , m_view(new QListView(this))
    , m_delegate(new MessageDelegate(m_view))
    , m_typing(new QLabel(this))
    , m_composer(new ComposerWidget(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    // Names and subjects come from customers and other systems: text, never markup.
    m_title->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true); // a long line must not widen the column
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    m_details->setObjectName(QStringLiteral("conversationDetails"));
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_view->setObjectName(QStringLiteral("messageView"));
    m_view->setAccessibleName(tr("Messages"));
    m_view->setAccessibleDescription(tr("The conversation, oldest first; Ctrl+F finds in it"));
    m_srView->setAccessibleName(tr("Service requests of this conversation"));
    m_srView->setAccessibleDescription(tr("Open one to see it in its tracker"));
    m_view->setModel(m_messages);
    m_view->setItemDelegate(m_delegate);
    m_view->setMouseTracking(true); // links and "Retry" show a hand cursor
    connect(m_delegate, &MessageDelegate::linkActivated, this, [](const QUrl &url) {
        QDesktopServices::openUrl(url); // the system browser or mail program, never in-process
    });
    connect(m_delegate, &MessageDelegate::showAllRequested, this, [this](const QModelIndex &index) {
        const auto m = index.data(MessageModel::MessageRole).value<Message>();
        auto *viewer = new TextViewer(
            m.authorName.isEmpty() ? tr("Message") : tr("Message from %1").arg(m.authorName), m.text, this);
        viewer->setObjectName(QStringLiteral("messageTextViewer"));
        viewer->show();
    });
    connect(m_delegate, &MessageDelegate::retryRequested, m_controller,
            &ConversationController::retryMessage);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Bubbles wrap to the viewport's width: a scroll bar that came and went would change it without
    // the list laying its rows out again, and a tall bubble would overlap the next.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setFrameShape(QFrame::NoFrame);

    m_createSr->setObjectName(QStringLiteral("createServiceRequestButton"));
    m_createSr->setIcon(Icons::icon(QStringLiteral("service-request")));
    m_createSr->setToolTip(tr("Create a service request with this conversation attached"));
    m_srView->setObjectName(QStringLiteral("serviceRequestView"));
    m_srView->setFlow(QListView::LeftToRight);
    m_srView->setWrapping(false);
    m_srView->setSpacing(4);
    m_srView->setFrameShape(QFrame::NoFrame);
    m_srView->setStyleSheet(QStringLiteral("QListView { background: transparent; }")); // part of the header
    m_srView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_srView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_srView->setFixedHeight(m_srView->fontMetrics().height() + 12);
    if (m_srModel) {
        auto *proxy = new QSortFilterProxyModel(this); // newest request first
        proxy->setSourceModel(m_srModel);
        proxy->setSortRole(ServiceRequestModel::RemoteIdRole);
        m_srView->setModel(proxy);
        connect(m_srModel, &ServiceRequestModel::loaded, this, &ConversationPanel::updateServiceRequests);
    }
    connect(m_createSr, &QPushButton::clicked, this, &ConversationPanel::createServiceRequest);
    connect(m_registry, &BackendRegistry::capabilitiesChanged, this,
            &ConversationPanel::updateServiceRequests);

    auto *header = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    names->addWidget(m_title);
    names->addWidget(m_details);
    names->addWidget(m_srView);
    header->addLayout(names, 1);
    header->addWidget(m_createSr);
    m_headerButtons = header;
    header->addWidget(m_resolve);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *headerBox = new QWidget(this);
    headerBox->setLayout(header);
    header->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(headerBox);
    if (findModel) {
        m_find = new FindBar(findModel, this);
        layout->addWidget(m_find);
        connect(m_find, &FindBar::hitChosen, this, &ConversationPanel::revealMessage);
        connect(m_find, &FindBar::closed, this, [this] {
            m_delegate->setHighlightTerms({});
            m_view->viewport()->update();
            m_composer->setFocus();
        });
    }
    layout->addWidget(m_view, 1);
    m_typing->setObjectName(QStringLiteral("typingLabel"));
    m_typing->setTextFormat(Qt::PlainText);
    m_typing->setContentsMargins(12, 0, 12, 0);
    QFont italic = m_typing->font();
    italic.setItalic(true);
    m_typing->setFont(italic);
    m_typing->setVisible(false);
    layout->addWidget(m_typing);
    layout->addWidget(m_composer);
    updateTabOrder();
    // "Typing" goes stale without a word from the customer (see InboxRow::customerTyping).
    m_typingExpiry.setSingleShot(true);
    connect(&m_typingExpiry, &QTimer::timeout, this, &ConversationPanel::updateTyping);

    connect(m_composer, &ComposerWidget::sendRequested, this, &ConversationPanel::send);
    connect(m_composer, &ComposerWidget::cannedChosen, this, [this](int index) {
        const InboxRow *row = m_inbox->rowById(m_conversationId);
        if (!row || index < 0 || index >= m_canned.size())
            return;
        m_composer->insertText(CannedResponses::expand(
            m_canned[index].body,
            {{QStringLiteral("customer"), row->customerName},
             {QStringLiteral("first_name"), CannedResponses::firstName(row->customerName)},
             {QStringLiteral("agent"), m_controller->agentNameFor(row->backendId)},
             {QStringLiteral("subject"), row->subject},
             {QStringLiteral("channel"), channelLabel(row->channel)}}));
    });
    m_draftSave.setSingleShot(true);
    m_draftSave.setInterval(1000);
    connect(&m_draftSave, &QTimer::timeout, this, &ConversationPanel::flushDraft);
    connect(m_composer, &ComposerWidget::edited, this, [this] {
        m_draftOf = m_conversationId;
        m_draftSave.start();
    });
    connect(m_composer, &ComposerWidget::typingChanged, this, [this](bool typing) {
        // "Stopped" goes to the conversation the agent was writing in, even after switching away.
        if (typing) {
            const InboxRow *row = m_inbox->rowById(m_conversationId);
            m_typingTo = row ? std::make_pair(row->backendId, row->remoteId) : std::pair<QString, QString>();
        }
        if (!m_typingTo.first.isEmpty())
            m_controller->setTyping(m_typingTo.first, m_typingTo.second, typing);
        if (!typing)
            m_typingTo = {};
    });
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        const InboxRow *row = m_inbox->rowById(m_conversationId);
        if (row)
            m_controller->setStatus(m_conversationId, row->status == ConversationStatus::Resolved
                                                          ? ConversationStatus::Open
                                                          : ConversationStatus::Resolved);
    });
    connect(m_controller, &ConversationController::queued, this, [this](const OutboxItem &item) {
        if (item.kind != OutboxKind::Reply && item.kind != OutboxKind::Note)
            return;
        m_controller->saveDraft(item.conversationId, {}); // sent: no longer a draft
        if (item.conversationId == m_conversationId) {
            m_draftSave.stop();
            m_composer->clear();
        }
    });
    connect(m_controller, &ConversationController::refused, this,
            [this](qint64 conversationId, const QString &error) {
                if (conversationId == m_conversationId || !conversationId)
                    m_composer->showError(error);
            });
    connect(m_inbox, &QAbstractItemModel::dataChanged, this, &ConversationPanel::updateHeader);
    connect(m_inbox, &QAbstractItemModel::dataChanged, this, &ConversationPanel::updateTyping);
    connect(m_inbox, &QAbstractItemModel::dataChanged, this, &ConversationPanel::markReadWhileWatched);
    connect(m_inbox, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (const int at = m_inbox->rowOf(m_conversationId);
                    m_conversationId && at >= first && at <= last) {
                    updateHeader();
                    updateComposer();
                }
            });
    connect(m_messages, &QAbstractItemModel::rowsInserted, this,
            &ConversationPanel::scrollToBottomIfFollowing);
    connect(m_messages, &MessageModel::loaded, this, &ConversationPanel::onMessagesLoaded);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ConversationPanel::loadOlderAtTop);
    // Rows measured after they were first laid out (a picture's frame, a wrapped line) grow the
    // range: a view that follows the newest message keeps it in sight.
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &ConversationPanel::scrollToBottomIfFollowing);
    showConversation(0);
}

void ConversationPanel::setMedia(MediaController *media)
{
    m_media = media;
    if (m_mediaView)
        return;
    m_mediaView = new ConversationMedia(m_view, m_delegate, m_messages, media, this);
    connect(m_mediaView, &ConversationMedia::notice, this, &ConversationPanel::notice);
}

MediaViewer *ConversationPanel::mediaViewer() const
{
    return m_mediaView ? m_mediaView->viewer() : nullptr;
}

InlinePlayer *ConversationPanel::inlinePlayer() const
{
    return m_mediaView ? m_mediaView->inlinePlayer() : nullptr;
}

InlineVideo *ConversationPanel::inlineVideo() const
{
    return m_mediaView ? m_mediaView->inlineVideo() : nullptr;
}

void ConversationPanel::setCannedResponses(const QList<CannedResponses::Response> &responses)
{
    m_canned = responses;
    QStringList titles;
    for (const auto &r : responses)
        titles << r.title;
    m_composer->setCannedTitles(titles);
}

void ConversationPanel::setActions(const ConversationActions *actions, DirectoryModel *directory)
{
    m_actions = actions;
    m_directory = directory;
    const auto button = [this](const QString &name, const QString &text, const QString &tip,
                               const QString &icon) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setIcon(Icons::icon(icon));
        b->setPopupMode(QToolButton::InstantPopup);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setMenu(new QMenu(b));
        m_headerButtons->insertWidget(m_headerButtons->count() - 1, b);
        return b;
    };
    m_assign = button(QStringLiteral("assignButton"), tr("Assign"),
                      tr("Assign to yourself, a teammate or a team"), QStringLiteral("assign"));
    m_labels = button(QStringLiteral("labelsButton"), tr("Labels"), tr("Label the conversation"),
                      QStringLiteral("label"));
    m_more =
        button(QStringLiteral("moreButton"), tr("More"), tr("Priority and snooze"), QStringLiteral("more"));
    connect(m_assign->menu(), &QMenu::aboutToShow, this, [this] {
        m_actions->fillMenu(m_assign->menu(), m_conversationId, ConversationActions::assignGroup());
    });
    connect(m_labels->menu(), &QMenu::aboutToShow, this, [this] {
        m_actions->fillMenu(m_labels->menu(), m_conversationId, ConversationActions::labelsGroup());
    });
    connect(m_more->menu(), &QMenu::aboutToShow, this, [this] {
        QMenu *menu = m_more->menu();
        menu->clear();
        for (const QString &group :
             {ConversationActions::priorityGroup(), ConversationActions::snoozeGroup()}) {
            QMenu *sub = menu->addMenu(group);
            m_actions->fillMenu(sub, m_conversationId, group);
        }
    });
    connect(m_directory, &DirectoryModel::changed, this, &ConversationPanel::updateHeader);
    updateHeader();
    updateTabOrder();
}

void ConversationPanel::updateTabOrder()
{
    // Tab goes the way the panel reads: the header's buttons left to right, the messages, then the
    // composer (buttons added later would otherwise come after the composer's Send).
    QList<QWidget *> order;
    for (int i = 0; i < m_headerButtons->count(); ++i)
        if (QWidget *w = m_headerButtons->itemAt(i)->widget())
            order << w;
    order << m_srView << m_view << m_composer;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

void ConversationPanel::enablePopOut()
{
    if (m_popOut)
        return;
    m_popOut = new QToolButton(this);
    m_popOut->setObjectName(QStringLiteral("popOutButton"));
    m_popOut->setText(tr("Pop out"));
    m_popOut->setToolTip(tr("Open this conversation in a window of its own (Ctrl+Shift+O)"));
    m_popOut->setIcon(Icons::icon(QStringLiteral("pop-out")));
    m_popOut->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_headerButtons->insertWidget(m_headerButtons->count() - 1, m_popOut);
    connect(m_popOut, &QToolButton::clicked, this, [this] {
        if (m_conversationId)
            Q_EMIT popOutRequested(m_conversationId);
    });
    m_popOut->setVisible(m_conversationId != 0);
    updateTabOrder();
}

void ConversationPanel::flushDraft()
{
    if (!m_draftSave.isActive() && sender() != &m_draftSave)
        return;
    m_draftSave.stop();
    m_controller->saveDraft(m_draftOf, m_composer->text());
}

void ConversationPanel::showConversation(qint64 conversationId, qint64 atMessageId, const QStringList &terms)
{
    if (conversationId == m_conversationId && conversationId) {
        if (atMessageId)
            revealMessage(atMessageId, terms);
        return;
    }
    flushDraft();    // what was typed in the previous conversation stays with it
    if (m_mediaView) // nothing goes on playing in a conversation left behind
        m_mediaView->stop();
    m_conversationId = conversationId;
    m_inbox->ensureRow(conversationId); // an archived one opened from a search hit
    m_reveal = atMessageId;
    m_delegate->setHighlightTerms(terms);
    m_messages->setConversation(conversationId, atMessageId);
    if (m_find)
        m_find->setConversation(conversationId);
    if (m_srModel)
        m_srModel->setConversation(conversationId);
    updateServiceRequests();
    m_composer->clear();
    m_draftOf = conversationId;
    if (conversationId)
        m_controller->fetchDraft(conversationId, this, [this, conversationId](const QString &text) {
            // Unless the agent already started writing or moved on.
            if (m_conversationId == conversationId && m_composer->text().isEmpty() && !text.isEmpty())
                m_composer->restoreDraft(text);
        });
    updateComposer();
    if (conversationId)
        m_controller->markRead(conversationId);
    updateHeader();
    updateTyping();
    Q_EMIT conversationShown(conversationId);
}

void ConversationPanel::setOutsideView(const QString &viewName)
{
    if (m_outsideView == viewName)
        return;
    m_outsideView = viewName;
    updateHeader();
}

void ConversationPanel::markReadWhileWatched()
{
    // What arrives in the conversation the agent is looking at is read as it comes; in a window in
    // the background it counts as unread until the agent comes back (its window calls this then).
    const InboxRow *row = m_inbox->rowById(m_conversationId);
    if (row && row->unreadCount > 0 && isVisible() && window()->isActiveWindow())
        m_controller->markRead(m_conversationId);
}

void ConversationPanel::revealMessage(qint64 messageId, const QStringList &terms)
{
    m_delegate->setHighlightTerms(terms);
    const int row = m_messages->rowOf(messageId);
    if (row < 0) {
        m_reveal = messageId; // not loaded: load from a little above it
        m_messages->setConversation(m_conversationId, messageId);
        return;
    }
    const QModelIndex index = m_messages->index(row);
    m_following = false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->viewport()->update();
}

void ConversationPanel::onMessagesLoaded()
{
    if (const qint64 reveal = std::exchange(m_reveal, 0); reveal && m_messages->rowOf(reveal) >= 0) {
        revealMessage(reveal, m_delegate->highlightTerms());
        return;
    }
    m_following = true;
    m_view->scrollToBottom();
}

void ConversationPanel::openFind()
{
    if (m_find && m_conversationId)
        m_find->open();
}

void ConversationPanel::updateServiceRequests()
{
    const bool tickets = m_registry->capabilities().testFlag(Capability::Tickets);
    m_createSr->setVisible(tickets && m_srModel);
    m_createSr->setEnabled(m_conversationId != 0);
    m_srView->setVisible(m_srModel && m_srModel->rowCount() > 0);
}

void ConversationPanel::createServiceRequest()
{
    if (!m_conversationId)
        return;
    const InboxRow *row = m_inbox->rowById(m_conversationId);
    auto *dialog = new CreateServiceRequestDialog(m_registry, row ? row->subject : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 conversation = m_conversationId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, conversation] {
        const QString backend = dialog->backendId();
        const QString subject = dialog->subject();
        const QString queue = dialog->queue();
        if (!m_media) {
            m_controller->createServiceRequest(conversation, backend, subject, queue);
            return;
        }
        // The conversation's files go with it: those not downloaded yet are fetched first.
        Q_EMIT notice(tr("Getting the conversation's files for the service request…"));
        m_media->fetchConversation(
            conversation, this, [this, conversation, backend, subject, queue](const QStringList &problems) {
                m_controller->createServiceRequest(conversation, backend, subject, queue);
                Q_EMIT notice(problems.isEmpty()
                                  ? tr("Service request queued with the conversation's files.")
                                  : tr("Service request queued; these files could not be attached: %1")
                                        .arg(problems.join(QStringLiteral("; "))));
            });
    });
    dialog->open();
}

void ConversationPanel::updateHeader()
{
    const InboxRow *row = m_inbox->rowById(m_conversationId);
    m_resolve->setVisible(row != nullptr);
    if (m_popOut)
        m_popOut->setVisible(row != nullptr);
    if (m_assign) {
        m_assign->setVisible(row != nullptr);
        m_labels->setVisible(row != nullptr);
        m_more->setVisible(row != nullptr);
    }
    if (!row) {
        m_title->setText(tr("No conversation selected"));
        m_details->setText(tr("Pick a conversation in the inbox."));
        return;
    }
    m_title->setText(row->customerName);
    QStringList details{channelLabel(row->channel), statusLabel(row->status), tierLabel(row->tier)};
    details << (row->customerVerified ? tr("verified") : tr("not verified"));
    if (row->priority == Priority::Urgent)
        details << tr("urgent");
    else if (row->priority == Priority::High)
        details << tr("high priority");
    if (row->status == ConversationStatus::Snoozed && row->snoozedUntil.isValid())
        details << tr("back %1").arg(
            QLocale().toString(row->snoozedUntil.toLocalTime(), QLocale::ShortFormat));
    if (row->assigneeRemoteId.isEmpty())
        details << tr("unassigned");
    else
        details << tr("assigned to %1")
                       .arg(m_directory ? m_directory->agentName(row->backendId, row->assigneeRemoteId)
                                        : row->assigneeRemoteId);
    if (!row->teamRemoteId.isEmpty() && m_directory)
        details << tr("team %1").arg(m_directory->teamName(row->backendId, row->teamRemoteId));
    if (!row->labels.isEmpty())
        details << tr("labels: %1").arg(row->labels.join(QStringLiteral(", ")));
    if (!row->subject.isEmpty())
        details.prepend(row->subject);
    if (!m_outsideView.isEmpty())
        details << tr("not in the view \u201c%1\u201d").arg(m_outsideView);
    m_details->setText(details.join(QStringLiteral(" · ")));
    const bool resolved = row->status == ConversationStatus::Resolved;
    m_resolve->setText(resolved ? tr("Reopen") : tr("Resolve"));
    m_resolve->setToolTip(resolved ? tr("Open the conversation again (Ctrl+Shift+R)")
                                   : tr("Mark the conversation resolved (Ctrl+Shift+R)"));
    m_resolve->setIcon(Icons::icon(resolved ? QStringLiteral("reopen") : QStringLiteral("resolve")));
}

void ConversationPanel::updateTyping()
{
    const InboxRow *row = m_inbox->rowById(m_conversationId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool typing = row && row->customerTyping(now);
    m_typing->setVisible(typing);
    if (!typing) {
        m_typingExpiry.stop();
        return;
    }
    m_typing->setText(tr("%1 is typing…").arg(row->customerName));
    m_typingExpiry.start(
        qMax<qint64>(100, now.msecsTo(row->customerTypingAt.addSecs(InboxRow::typingStaleSeconds))));
}

void ConversationPanel::updateComposer()
{
    const InboxRow *row = m_inbox->rowById(m_conversationId);
    if (!row) {
        m_composer->setEnabled(false);
        return;
    }
    // A backend that is registered but cannot send (a read-only source) gets no composer; one that
    // is not connected in this session still does: its replies wait in the outbox.
    Backend *backend = m_registry->backend(row->backendId);
    const bool canSend = !backend || backend->capabilities().testFlag(Capability::Messaging);
    m_composer->setEnabled(canSend);
    MessagingService *messaging = backend ? backend->messaging() : nullptr;
    m_composer->setFileLimit(messaging ? messaging->maxAttachmentSize() : 0,
                             backend ? backend->displayName() : row->backendId);
    m_composer->showError(
        canSend ? QString()
                : tr("%1 does not take replies; use its own tools to answer.").arg(backend->displayName()));
}

void ConversationPanel::send(const QString &text, bool note)
{
    m_following = true;
    if (note)
        m_controller->addNote(m_conversationId, text);
    else
        m_controller->sendReply(m_conversationId, text, m_composer->files());
}

void ConversationPanel::scrollToBottomIfFollowing()
{
    if (m_following)
        m_view->scrollToBottom();
}

void ConversationPanel::loadOlderAtTop(int value)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    m_following = value >= bar->maximum() - 4;
    if (value != bar->minimum() || !m_messages->hasOlder() || m_messages->rowCount() == 0)
        return;
    // Keep the message under the agent's eyes where it is while older ones are put above it: once
    // the view has laid the new rows out (its range changes), it goes back to the top of the view.
    const qint64 anchor = m_messages->index(0).data(MessageModel::IdRole).toLongLong();
    auto *context = new QObject(this);
    connect(m_messages, &MessageModel::olderLoaded, context, [this, bar, anchor, context](int count) {
        const auto restore = [this, anchor] {
            const int row = m_messages->rowOf(anchor);
            if (row >= 0)
                m_view->scrollTo(m_messages->index(row), QAbstractItemView::PositionAtTop);
        };
        if (count == 0) {
            context->deleteLater();
            return;
        }
        connect(bar, &QScrollBar::rangeChanged, context, [restore, context] {
            restore();
            context->deleteLater();
        });
        restore(); // laid out already (uniform rows), or the range follows
    });
    m_messages->loadOlder();
}

} // namespace AgentDesk
