// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindBar.h"

#include "itemmodels/SearchModel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace AgentDesk {

FindBar::FindBar(SearchModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_edit(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find in conversation"));
    m_edit->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_previous->setText(QStringLiteral("▲"));
    m_previous->setToolTip(tr("Newer hit (Shift+F3)"));
    m_next->setText(QStringLiteral("▼"));
    m_next->setToolTip(tr("Older hit (F3)"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 2, 12, 2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this,
            [this] { m_model->search(m_edit->text(), m_conversationId); });
    connect(m_edit, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_model, &SearchModel::finished, this, [this](int count) {
        m_current = -1;
        if (count > 0)
            go(1); // the newest hit: the one nearest to where the agent is reading
        updateCount();
    });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previous);
    connect(m_next, &QToolButton::clicked, this, &FindBar::next);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    updateCount();
    hide();
}

void FindBar::setConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    m_conversationId = conversationId;
    m_current = -1;
    if (isVisible() && !m_edit->text().trimmed().isEmpty())
        m_model->search(m_edit->text(), m_conversationId);
    else
        m_model->search({});
}

void FindBar::open()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    if (!m_edit->text().trimmed().isEmpty() && m_model->query() != m_edit->text().trimmed())
        m_model->search(m_edit->text(), m_conversationId);
}

void FindBar::close()
{
    hide();
    m_model->search({});
    Q_EMIT closed();
}

void FindBar::next()
{
    go(1);
}

void FindBar::previous()
{
    go(-1);
}

void FindBar::go(int step)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    // Hits are newest first: "next" walks back in time, wrapping around.
    m_current = m_current < 0 ? 0 : (m_current + step + count) % count;
    updateCount();
    const SearchHit &hit = m_model->hitAt(m_current);
    Q_EMIT hitChosen(hit.messageId, hit.terms);
}

void FindBar::updateCount()
{
    const int count = m_model->rowCount();
    m_previous->setEnabled(count > 1);
    m_next->setEnabled(count > 1);
    if (m_model->query().isEmpty())
        m_count->clear();
    else if (count == 0)
        m_count->setText(tr("No match"));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(count));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool back = key->modifiers() & Qt::ShiftModifier;
        switch (key->key()) {
        case Qt::Key_Escape:
            close();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F3:
            if (m_debounce.isActive() || m_model->query() != m_edit->text().trimmed()) {
                m_debounce.stop();
                m_model->search(m_edit->text(), m_conversationId); // a fresh query: its first hit
            } else {
                go(back ? -1 : 1);
            }
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace AgentDesk
