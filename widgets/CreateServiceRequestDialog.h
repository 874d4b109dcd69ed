// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace AgentDesk {

class BackendRegistry;

// Asks what a service request made from a conversation needs: where, subject and queue. The
// conversation's transcript and attachments go with it.
class CreateServiceRequestDialog final : public QDialog
{
    Q_OBJECT

public:
    CreateServiceRequestDialog(BackendRegistry *registry, const QString &subject, QWidget *parent = nullptr);

    QString backendId() const;
    QString subject() const;
    QString queue() const;

    QComboBox *backendBox() const { return m_backend; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QLineEdit *queueEdit() const { return m_queue; }

    void accept() override; // refuses an empty subject with a message

private:
    QComboBox *m_backend;
    QLineEdit *m_subject;
    QLineEdit *m_queue;
    QLabel *m_error;
};

} // namespace AgentDesk
