#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QTimer;

namespace AgentDesk {

class InboxFilterModel;

// The unified inbox: a view selector, a quick filter and the prioritised list.
class InboxPanel final : public QWidget
{
    Q_OBJECT

public:
    InboxPanel(InboxFilterModel *model, const QString &selfAgentId, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    qint64 currentConversation() const;
    void selectConversation(qint64 conversationId);

Q_SIGNALS:
    void conversationSelected(qint64 conversationId);

private:
    void applyView(int index);

    InboxFilterModel *m_model;
    QString m_selfAgentId;
    QComboBox *m_views;
    QLineEdit *m_filter;
    QListView *m_view;
    QTimer *m_clock;
    bool m_openedFirst = false;
};

} // namespace AgentDesk
