// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace AgentDesk {

class CustomerConversationsModel;
class CustomerModel;
class DirectoryModel;
class InboxModel;

// Beside the conversation: who the customer is (tier, verification, channels), a check of the
// serial number or site ID they give, their products with warranty, and their other conversations.
class CustomerPanel final : public QWidget
{
    Q_OBJECT

public:
    CustomerPanel(CustomerModel *customer, InboxModel *inbox, const DirectoryModel *directory,
                  QWidget *parent = nullptr);

    void showConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    QLabel *nameLabel() const { return m_name; }
    QLabel *identityLabel() const { return m_identity; }
    QLabel *channelsLabel() const { return m_channels; }
    QLineEdit *checkEdit() const { return m_check; }
    QLabel *checkResult() const { return m_checkResult; }
    QListView *productView() const { return m_products; }
    QListView *conversationView() const { return m_conversations; }

Q_SIGNALS:
    void conversationRequested(qint64 conversationId);

private:
    void updateCustomer();
    void updateOthersTitle();
    void runCheck();

    CustomerModel *m_customer;
    InboxModel *m_inbox;
    CustomerConversationsModel *m_others;
    qint64 m_conversationId = 0;
    QLabel *m_name;
    QLabel *m_identity;
    QLabel *m_channels;
    QLineEdit *m_check;
    QLabel *m_checkResult;
    QLabel *m_productsTitle;
    QListView *m_products;
    QLabel *m_othersTitle;
    QListView *m_conversations;
};

} // namespace AgentDesk
