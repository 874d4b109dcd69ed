// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsDialog.h"

#include "text/HtmlText.h"

#include "controllers/AccountsController.h"
#include "settings/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace AgentDesk {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

AccountsDialog::AccountsDialog(AccountsController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_list(new QListView(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_form(new QFormLayout)
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_queue(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Servers"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->sort(0);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(180);

    m_url->setPlaceholderText(QStringLiteral("https://rt.example.com"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_auth->addItem(tr("Session (fastest)"), QStringLiteral("cookie"));
    m_auth->addItem(tr("Basic authentication"), QStringLiteral("basic"));
    m_auth->addItem(tr("Auth token"), QStringLiteral("token"));
    m_queue->setPlaceholderText(tr("All queues"));
    m_caFile->setPlaceholderText(tr("The system's trusted authorities"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);

    // The kinds this build can connect to, named for people.
    for (const QString &kind : controller->kinds())
        m_kind->addItem(kind == QLatin1String("rt")     ? tr("Request Tracker 5 (tickets, KB)")
                        : kind == QLatin1String("xmpp") ? tr("XMPP chat server")
                                                        : kind,
                        kind);
    m_kind->model()->sort(0);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(QStringLiteral("rt"))));
    auto *form = m_form;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Address:"), m_url);
    form->addRow(tr("Sign in with:"), m_auth);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password or token:"), m_secret);
    form->addRow(tr("Queue:"), m_queue);
    form->addRow(tr("Trusted CA file:"), caRow);

    auto *where = new QLabel(this);
    where->setWordWrap(true);
    // The keychain may still be answering when the dialog opens.
    auto showWhere = [where, secrets = controller->secrets()] {
        where->setText(secrets->description());
        const bool insecure = !secrets->isSecure();
        where->setObjectName(insecure ? QStringLiteral("insecureSecrets") : QString());
        where->setStyleSheet(insecure ? QStringLiteral("color: #b35c00;") : QString());
    };
    showWhere();
    connect(controller->secrets(), &SecretStore::whereChanged, where, showWhere);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // server messages are text, never markup

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New"), this);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(where);
    right->addWidget(m_result);
    right->addStretch();
    right->addLayout(buttons);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list);
    top->addLayout(right, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AccountsDialog::updateKindFields);
    connect(add, &QPushButton::clicked, this, &AccountsDialog::clearForm);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Trusted CA file"), {},
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AccountsDialog::showAccount);
    connect(m_test, &QPushButton::clicked, this, [this] {
        m_test->setEnabled(false);
        showResult(true, tr("Connecting…"));
        m_controller->test(formAccount(), m_secret->text());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString invalid = BackendAccounts::validate(formAccount(), m_secret->text());
        if (!invalid.isEmpty()) {
            showResult(false, invalid);
            return;
        }
        m_controller->save(formAccount(), m_secret->text());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!m_editingId.isEmpty())
            m_controller->remove(m_editingId);
    });
    connect(m_controller, &AccountsController::testFinished, this, [this](bool ok, const QString &message) {
        m_test->setEnabled(true);
        showResult(ok, message);
    });
    connect(m_controller, &AccountsController::saved, this, [this](const BackendAccount &account) {
        m_editingId = account.id;
        reload();
        showResult(true, tr("Saved. %1 is connecting.").arg(account.name));
    });
    connect(m_controller, &AccountsController::removed, this, [this] {
        reload();
        clearForm();
    });
    connect(m_controller, &AccountsController::failed, this,
            [this](const QString &error) { showResult(false, error); });
    reload();
    clearForm();
    updateKindFields();
}

void AccountsDialog::reload()
{
    m_model->clear();
    for (const BackendAccount &a : m_controller->accounts()) {
        auto *item = new QStandardItem(a.name);
        item->setData(a.id, IdRole);
        item->setToolTip(HtmlText::toolTip(a.settings.value(QStringLiteral("url")).toString()));
        m_model->appendRow(item);
    }
}

void AccountsDialog::showAccount(const QModelIndex &index)
{
    const QString id = index.data(IdRole).toString();
    const QList<BackendAccount> all = m_controller->accounts();
    const auto it =
        std::find_if(all.cbegin(), all.cend(), [&](const BackendAccount &a) { return a.id == id; });
    if (it == all.cend())
        return;
    m_editingId = id;
    m_name->setText(it->name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(it->kind)));
    m_url->setText(it->settings.value(QStringLiteral("url")).toString());
    m_user->setText(it->settings.value(QStringLiteral("user")).toString());
    m_queue->setText(it->settings.value(QStringLiteral("queue")).toString());
    m_caFile->setText(it->settings.value(QStringLiteral("caFile")).toString());
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(it->settings.value(QStringLiteral("auth")))));
    m_secret->clear();
    m_secret->setPlaceholderText(tr("Stored; type to change"));
    m_controller->secrets()->read(BackendAccounts::secretKey(id), this,
                                  [this, id](const QString &secret, const QString &) {
                                      if (m_editingId == id && m_secret->text().isEmpty())
                                          m_secret->setText(secret);
                                  });
    m_remove->setEnabled(true);
    m_result->clear();
}

void AccountsDialog::clearForm()
{
    m_editingId.clear();
    for (QLineEdit *e : {m_name, m_url, m_user, m_secret, m_queue, m_caFile})
        e->clear();
    m_secret->setPlaceholderText({});
    m_auth->setCurrentIndex(0);
    m_remove->setEnabled(false);
    m_list->clearSelection();
    m_result->clear();
    m_name->setFocus();
}

BackendAccount AccountsDialog::formAccount() const
{
    QVariantMap settings{{QStringLiteral("url"), m_url->text().trimmed()},
                         {QStringLiteral("user"), m_user->text().trimmed()},
                         {QStringLiteral("auth"), m_auth->currentData()}};
    if (!m_queue->text().trimmed().isEmpty())
        settings.insert(QStringLiteral("queue"), m_queue->text().trimmed());
    if (!m_caFile->text().trimmed().isEmpty())
        settings.insert(QStringLiteral("caFile"), m_caFile->text().trimmed());
    return {m_editingId, m_kind->currentData().toString(), m_name->text().trimmed(), settings};
}

// XMPP signs in with a JID and password over a WebSocket; queues and auth methods are RT's.
void AccountsDialog::updateKindFields()
{
    const bool rt = m_kind->currentData().toString() == QLatin1String("rt");
    m_form->setRowVisible(m_auth, rt);
    m_form->setRowVisible(m_queue, rt);
    m_url->setPlaceholderText(rt ? QStringLiteral("https://rt.example.com")
                                 : QStringLiteral("wss://chat.example.com/xmpp-websocket"));
    m_user->setPlaceholderText(rt ? QString() : QStringLiteral("agent@chat.example.com"));
}

void AccountsDialog::showResult(bool ok, const QString &message)
{
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
    m_result->setText(message);
}

} // namespace AgentDesk
