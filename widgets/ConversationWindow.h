// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QWidget>

class QSplitter;

namespace AgentDesk {

class BackendRegistry;
class ConversationActions;
class ConversationController;
class ConversationPanel;
class CustomerModel;
class CustomerPanel;
class DirectoryModel;
class InboxModel;
class MessageModel;
class SearchModel;
class ServiceRequestModel;

// The models one open conversation needs of its own, so a popped-out conversation does not share
// its page of messages, find hits or customer with the main window.
struct ConversationModels
{
    MessageModel *messages = nullptr;
    ServiceRequestModel *serviceRequests = nullptr;
    SearchModel *find = nullptr;
    CustomerModel *customer = nullptr;
};

// One conversation in a window of its own, with its customer beside it: an agent can keep a
// long case on a second screen while working the inbox. Titled after the customer and subject.
class ConversationWindow final : public QWidget
{
    Q_OBJECT

public:
    using ModelFactory = std::function<ConversationModels(QObject *owner)>;

    // The window owns the models makeModels creates for it.
    ConversationWindow(qint64 conversationId, const ModelFactory &makeModels, InboxModel *inbox,
                       ConversationController *controller, BackendRegistry *registry,
                       const ConversationActions *actions, DirectoryModel *directory, QWidget *parent);

    qint64 conversationId() const { return m_conversationId; }
    ConversationPanel *conversationPanel() const { return m_panel; }
    CustomerPanel *customerPanel() const { return m_customer; }

Q_SIGNALS:
    void conversationRequested(qint64 conversationId); // one of the customer's other conversations

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTitle();

    qint64 m_conversationId;
    InboxModel *m_inbox;
    ConversationPanel *m_panel;
    CustomerPanel *m_customer = nullptr;
};

} // namespace AgentDesk
