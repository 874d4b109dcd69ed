// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace AgentDesk {

class SearchModel;

// Full-text search over all history of all backends: type, see hits with the words highlighted,
// press Enter (or click) to open the conversation at that message.
class SearchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(SearchModel *model, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QListView *results() const { return m_results; }
    // Focuses the search field with its text selected, ready for a new query.
    void focusSearch();

Q_SIGNALS:
    void hitActivated(qint64 conversationId, qint64 messageId, const QStringList &terms);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void activate(const QModelIndex &index);

    SearchModel *m_model;
    QLineEdit *m_edit;
    QLabel *m_status;
    QListView *m_results;
    QTimer m_debounce;
    bool m_openFirstHit = false;
};

} // namespace AgentDesk
