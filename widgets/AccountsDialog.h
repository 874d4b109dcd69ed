// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/BackendAccounts.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace AgentDesk {

class AccountsController;

// Settings page for the servers AgentDesk connects to (Request Tracker for now): add, edit, test,
// remove. Shows where secrets are kept, and says plainly when that is the unencrypted fallback.
class AccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(AccountsController *controller, QWidget *parent = nullptr);

    // For tests: the form's fields and buttons.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *queueEdit() const { return m_queue; }
    QComboBox *authBox() const { return m_auth; }
    QComboBox *kindBox() const { return m_kind; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *resultLabel() const { return m_result; }
    QListView *accountList() const { return m_list; }

private:
    void reload();
    void showAccount(const QModelIndex &index);
    void clearForm();
    BackendAccount formAccount() const;
    void showResult(bool ok, const QString &message);
    void updateKindFields();

    AccountsController *m_controller;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QListView *m_list;
    QString m_editingId; // empty: a new account
    QLineEdit *m_name;
    QComboBox *m_kind;
    QFormLayout *m_form;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QComboBox *m_auth;
    QLineEdit *m_queue;
    QLineEdit *m_caFile;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_result;
};

} // namespace AgentDesk
