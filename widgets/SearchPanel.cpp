// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchPanel.h"

#include "itemmodels/SearchModel.h"
#include "SearchHitDelegate.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace AgentDesk {

SearchPanel::SearchPanel(SearchModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_results(new QListView(this))
{
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setPlaceholderText(tr("Search all conversations"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    // Search as the agent types, once they pause: every keystroke need not hit the index.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_edit, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            runSearch(); // the clear button
    });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce.isActive() || m_model->query() != m_edit->text().trimmed()) {
            m_debounce.stop();
            m_openFirstHit = true; // Enter on a fresh query: search now, open the first hit when in
            runSearch();
            return;
        }
        const QModelIndex current = m_results->currentIndex();
        activate(current.isValid() ? current : m_model->index(0));
    });
    connect(m_results, &QListView::activated, this, &SearchPanel::activate);
    connect(m_results, &QListView::clicked, this, &SearchPanel::activate);
    connect(m_model, &SearchModel::finished, this, [this](int count) {
        if (m_model->query().isEmpty())
            m_status->setText(tr("Words, names, order numbers: every message of every server is searched."));
        else if (count == 0)
            m_status->setText(tr("No message contains “%1”.").arg(m_model->query()));
        else if (m_model->hasMore()) // older ones come a page at a time as the list is scrolled
            m_status->setText(tr("The newest %1 hits; scroll down for older ones").arg(count));
        else
            m_status->setText(tr("%n hit(s)", nullptr, count));
        if (count > 0)
            m_results->setCurrentIndex(m_model->index(0));
        if (std::exchange(m_openFirstHit, false) && count > 0)
            activate(m_model->index(0));
    });
    m_status->setText(tr("Words, names, order numbers: every message of every server is searched."));
    m_status->setWordWrap(true);
}

void SearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPanel::runSearch()
{
    m_model->search(m_edit->text());
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT hitActivated(index.data(SearchModel::ConversationIdRole).toLongLong(),
                        index.data(SearchModel::MessageIdRole).toLongLong(),
                        index.data(SearchModel::TermsRole).toStringList());
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the hits while the cursor stays in the search field.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int row = m_results->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1);
            m_results->setCurrentIndex(m_model->index(qBound(0, row, m_model->rowCount() - 1)));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace AgentDesk
