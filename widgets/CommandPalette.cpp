// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandPalette.h"

#include "text/HtmlText.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace AgentDesk {

namespace {
constexpr int RunRole = Qt::UserRole + 1;
constexpr int dynamicLimit = 30;
} // namespace

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_edit(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    m_edit->setObjectName(QStringLiteral("paletteEdit"));
    m_edit->setPlaceholderText(tr("Type an action or a customer…"));
    m_edit->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filter);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    resize(560, 380);
    connect(m_edit, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list, &QListView::activated, this, &CommandPalette::runCurrent);
    connect(m_list, &QListView::clicked, this, &CommandPalette::runCurrent);
}

void CommandPalette::addEntries(const QList<Entry> &entries, bool dynamic)
{
    for (const Entry &e : entries) {
        auto *item =
            new QStandardItem(e.hint.isEmpty() ? e.title : e.title + QStringLiteral("    ") + e.hint);
        item->setData(int(m_runs.size()), RunRole);
        item->setData(e.title, Qt::UserRole + 2);
        item->setToolTip(HtmlText::toolTip(e.hint));
        if (dynamic) {
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
        }
        m_runs.append(e.run);
        m_model->appendRow(item);
    }
}

void CommandPalette::popup(const QList<Entry> &entries, Source source)
{
    m_model->clear();
    m_runs.clear();
    m_source = std::move(source);
    addEntries(entries, false);
    m_fixedRows = m_model->rowCount();
    m_edit->clear();
    refilter({});
    if (QWidget *w = parentWidget()) {
        const QRect area = w->window()->geometry();
        move(area.center().x() - width() / 2, area.top() + area.height() / 6);
    }
    show();
    raise();
    activateWindow();
    m_edit->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::refilter(const QString &text)
{
    // Conversations that match are looked up anew for each query; the actions are filtered.
    m_model->removeRows(m_fixedRows, m_model->rowCount() - m_fixedRows);
    m_runs.resize(m_fixedRows);
    const QString trimmed = text.trimmed();
    if (m_source && trimmed.size() >= 2)
        addEntries(m_source(trimmed, dynamicLimit), true);
    // Every word, in any order: "as me" finds "Assign to me".
    QString pattern = QStringLiteral("^");
    for (const QString &word : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        pattern += QStringLiteral("(?=.*") + QRegularExpression::escape(word) + QLatin1Char(')');
    m_filter->setFilterRole(Qt::UserRole + 2);
    m_filter->setFilterRegularExpression(QRegularExpression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption));
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

QStringList CommandPalette::shownTitles() const
{
    QStringList out;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        out << m_filter->index(row, 0).data(Qt::UserRole + 2).toString();
    return out;
}

void CommandPalette::runCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const std::function<void()> run = m_runs.value(current.data(RunRole).toInt());
    hide();
    if (run)
        run();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int rows = m_filter->rowCount();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && rows > 0) {
            const int row = m_list->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1);
            m_list->setCurrentIndex(m_filter->index((row + rows) % rows, 0));
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            runCurrent();
            return true;
        }
        if (key == Qt::Key_Escape) {
            hide();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace AgentDesk
