// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateServiceRequestDialog.h"

#include "services/BackendRegistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace AgentDesk {

CreateServiceRequestDialog::CreateServiceRequestDialog(BackendRegistry *registry, const QString &subject,
                                                       QWidget *parent)
    : QDialog(parent)
    , m_backend(new QComboBox(this))
    , m_subject(new QLineEdit(subject, this))
    , m_queue(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Create service request"));
    for (Backend *b : registry->withCapability(Domain::Capability::Tickets))
        m_backend->addItem(b->displayName(), b->id());
    m_queue->setPlaceholderText(tr("The server's default queue"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("Create in:"), m_backend);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Queue:"), m_queue);
    auto *note = new QLabel(
        tr("The conversation's messages and attachments are attached; internal notes are not."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateServiceRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

QString CreateServiceRequestDialog::backendId() const
{
    return m_backend->currentData().toString();
}

QString CreateServiceRequestDialog::subject() const
{
    return m_subject->text().simplified();
}

QString CreateServiceRequestDialog::queue() const
{
    return m_queue->text().trimmed();
}

void CreateServiceRequestDialog::accept()
{
    if (backendId().isEmpty()) {
        m_error->setText(tr("No ticket system is connected. Add one under Settings, Servers."));
        return;
    }
    if (subject().isEmpty()) {
        m_error->setText(tr("Give the service request a subject."));
        m_subject->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace AgentDesk
