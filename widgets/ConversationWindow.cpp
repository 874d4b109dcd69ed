// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationWindow.h"

#include "ConversationPanel.h"
#include "CustomerPanel.h"
#include "itemmodels/InboxModel.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QSplitter>

namespace AgentDesk {

ConversationWindow::ConversationWindow(qint64 conversationId, const ModelFactory &makeModels,
                                       InboxModel *inbox, ConversationController *controller,
                                       BackendRegistry *registry, const ConversationActions *actions,
                                       DirectoryModel *directory, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_conversationId(conversationId)
    , m_inbox(inbox)
{
    setObjectName(QStringLiteral("conversationWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    const ConversationModels models = makeModels(this);
    auto *splitter = new QSplitter(this);
    m_panel = new ConversationPanel(inbox, models.messages, controller, registry, models.serviceRequests,
                                    models.find, splitter);
    splitter->addWidget(m_panel);
    if (actions && directory)
        m_panel->setActions(actions, directory);
    if (models.customer) {
        m_customer = new CustomerPanel(models.customer, inbox, directory, splitter);
        splitter->addWidget(m_customer);
        splitter->setStretchFactor(0, 1);
        splitter->setStretchFactor(1, 0);
        splitter->setSizes({620, 280});
        connect(m_panel, &ConversationPanel::conversationShown, m_customer, &CustomerPanel::showConversation);
        connect(m_customer, &CustomerPanel::conversationRequested, this,
                &ConversationWindow::conversationRequested);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    resize(models.customer ? 920 : 640, 720);
    m_panel->showConversation(conversationId);
    updateTitle();
    connect(inbox, &InboxModel::rowUpdated, this, [this](const InboxRow &, const InboxRow &after) {
        if (after.id == m_conversationId)
            updateTitle();
    });
}

void ConversationWindow::updateTitle()
{
    const InboxRow *row = m_inbox->rowById(m_conversationId);
    if (!row)
        setWindowTitle(tr("Conversation — AgentDesk"));
    else if (row->subject.isEmpty())
        setWindowTitle(tr("%1 — AgentDesk").arg(row->customerName));
    else
        setWindowTitle(tr("%1: %2 — AgentDesk").arg(row->customerName, row->subject));
}

void ConversationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange)
        m_panel->markReadWhileWatched(); // back on this window: what came meanwhile is read
    QWidget::changeEvent(event);
}

void ConversationWindow::closeEvent(QCloseEvent *event)
{
    m_panel->flushDraft(); // what was typed here is kept
    event->accept();
}

} // namespace AgentDesk
