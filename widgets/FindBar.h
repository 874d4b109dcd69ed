// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace AgentDesk {

class SearchModel;

// Find in the open conversation (Ctrl+F): all of its history, not just the loaded page. Enter and
// F3 go to the next (older) hit, Shift+Enter and Shift+F3 back, Escape closes.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(SearchModel *model, QWidget *parent = nullptr);

    void setConversation(qint64 conversationId);
    void open();
    void close();
    QLineEdit *edit() const { return m_edit; }
    QLabel *countLabel() const { return m_count; }
    void next();
    void previous();

Q_SIGNALS:
    // Show this message, with these words highlighted.
    void hitChosen(qint64 messageId, const QStringList &terms);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void go(int step);
    void updateCount();

    SearchModel *m_model;
    qint64 m_conversationId = 0;
    int m_current = -1; // row in m_model (newest first)
    QLineEdit *m_edit;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QTimer m_debounce;
};

} // namespace AgentDesk
