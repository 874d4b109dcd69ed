// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxPanel.h"
#include "Icons.h"

#include "InboxDelegate.h"
#include "itemmodels/DirectoryModel.h"
#include "itemmodels/InboxFilterModel.h"
#include "itemmodels/InboxModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace AgentDesk {

using namespace Domain;

InboxPanel::InboxPanel(InboxFilterModel *model, DirectoryModel *directory, const QList<InboxView> &savedViews,
                       QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_directory(directory)
    , m_saved(savedViews)
    , m_views(new QComboBox(this))
    , m_viewMenu(new QToolButton(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_clock(new QTimer(this))
{
    m_views->setObjectName(QStringLiteral("inboxViews"));
    m_views->setToolTip(tr("Which conversations the inbox shows"));
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_filter->setObjectName(QStringLiteral("inboxFilter"));
    m_filter->setPlaceholderText(tr("Filter by customer, subject or message"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Quick filter"));
    m_filter->setAccessibleDescription(
        tr("Shows only the conversations whose customer, subject or message has "
           "these words (Ctrl+L)"));
    m_view->setAccessibleName(tr("Conversations"));
    m_view->setAccessibleDescription(tr("The inbox, most urgent first; Alt+Down and Alt+Up move through it "
                                        "from anywhere"));
    m_viewMenu->setObjectName(QStringLiteral("inboxViewMenu"));
    m_viewMenu->setText(tr("Views"));
    m_viewMenu->setIcon(Icons::icon(QStringLiteral("views")));
    m_viewMenu->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_viewMenu->setToolTip(tr("Save or delete views"));
    m_viewMenu->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_viewMenu);
    menu->addAction(tr("Save current view as…"), this, &InboxPanel::askToSaveView);
    QAction *remove = menu->addAction(tr("Delete this saved view"), this,
                                      [this] { deleteSavedView(m_model->view().name); });
    connect(menu, &QMenu::aboutToShow, this, [this, remove] {
        const QString name = m_model->view().name;
        remove->setEnabled(std::any_of(m_saved.cbegin(), m_saved.cend(),
                                       [&](const InboxView &v) { return v.name == name; }));
    });
    m_viewMenu->setMenu(menu);

    m_view->setModel(m_model);
    auto *delegate = new InboxDelegate(m_view);
    delegate->setDirectory(m_directory);
    m_view->setItemDelegate(delegate);
    m_view->setUniformItemSizes(true); // every row has the same height: fast with 100k rows
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows elide to the width
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *top = new QHBoxLayout;
    top->addWidget(m_views, 1);
    top->addWidget(m_viewMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    rebuildViews();
    connect(m_views, &QComboBox::currentIndexChanged, this, &InboxPanel::applyCurrentView);
    connect(m_directory, &DirectoryModel::changed, this, &InboxPanel::rebuildViews);
    if (auto *inbox = qobject_cast<InboxModel *>(m_model->sourceModel()))
        connect(inbox, &InboxModel::labelsChanged, this, &InboxPanel::rebuildViews);
    connect(m_directory, &DirectoryModel::changed, m_view->viewport(),
            qOverload<>(&QWidget::update)); // names
    connect(m_filter, &QLineEdit::textChanged, m_model, &InboxFilterModel::setText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                if (m_quiet)
                    return;
                const qint64 id = current.isValid() ? current.data(InboxModel::IdRole).toLongLong() : 0;
                // The open conversation left the view (assigned, resolved, another view chosen): the
                // list moved on by itself, the agent did not. It stays open, outside the view.
                if (m_open && previous.isValid() &&
                    previous.data(InboxModel::IdRole).toLongLong() == m_open && id != m_open &&
                    !showsOpen()) {
                    QMetaObject::invokeMethod(this, &InboxPanel::clearCurrent, Qt::QueuedConnection);
                    Q_EMIT openOutsideViewChanged(true);
                    return;
                }
                setOpenConversation(id);
                Q_EMIT conversationSelected(id);
            });
    // Back in the view (an undo, a filter cleared): selected again, without reopening it.
    const auto reselect = [this] {
        if (!m_open || m_view->currentIndex().isValid() || !showsOpen())
            return;
        {
            const QScopedValueRollback quiet(m_quiet, true);
            selectConversation(m_open);
        }
        Q_EMIT openOutsideViewChanged(false);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, reselect);
    connect(m_model, &QAbstractItemModel::modelReset, this, reselect);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, reselect);
    // On the first load, open the top of the queue: that is where an agent starts.
    const auto openTop = [this] {
        if (m_openedFirst || m_model->rowCount() == 0)
            return;
        m_openedFirst = true;
        m_view->setCurrentIndex(m_model->index(0, 0));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, openTop);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, openTop);
    // The inbox may have loaded before the window was built: open its top once whoever builds this
    // panel has connected to conversationSelected.
    QMetaObject::invokeMethod(this, openTop, Qt::QueuedConnection);
    // SLA countdowns and waiting times move on without new data.
    m_clock->setInterval(15000);
    connect(m_clock, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));
    m_clock->start();
}

void InboxPanel::rebuildViews()
{
    // Built-in views, then one per channel, team, label and status, then the agent's own: with
    // headers, so a long list stays readable. Rebuilt when teams or labels come and go; the shown
    // view stays selected.
    const InboxView current = m_model->view();
    QSignalBlocker block(m_views);
    m_views->clear();
    m_entries.clear();
    auto *items = qobject_cast<QStandardItemModel *>(m_views->model());
    const auto header = [&](const QString &title) {
        m_views->insertSeparator(m_views->count());
        m_views->addItem(title);
        if (QStandardItem *item = items->item(m_views->count() - 1)) {
            item->setFlags(Qt::NoItemFlags);
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    };
    const auto add = [&](const InboxView &v, const QString &indent = QStringLiteral("  ")) {
        m_views->addItem(indent + v.name, int(m_entries.size()));
        m_entries << v;
    };
    for (const InboxView &v : InboxView::builtIn())
        add(v, {});
    header(tr("Channels"));
    for (int c = int(Channel::WebChat); c <= int(Channel::Alert); ++c) {
        InboxView v;
        v.channel = Channel(c);
        v.name = channelLabel(Channel(c));
        add(v);
    }
    const QList<Team> teams = m_directory->teams();
    if (!teams.isEmpty()) {
        header(tr("Teams"));
        for (const Team &t : teams) {
            InboxView v;
            v.name = t.name;
            v.teamBackendId = t.backendId;
            v.teamRemoteId = t.remoteId;
            add(v);
        }
    }
    const auto *inbox = qobject_cast<const InboxModel *>(m_model->sourceModel());
    const QStringList labels = inbox ? inbox->labels() : QStringList();
    if (!labels.isEmpty()) {
        header(tr("Labels"));
        for (const QString &label : labels) {
            InboxView v;
            v.name = label;
            v.label = label;
            add(v);
        }
    }
    header(tr("Status"));
    for (const ConversationStatus s : {ConversationStatus::Open, ConversationStatus::Pending}) {
        InboxView v;
        v.name = statusLabel(s);
        v.statuses = {s};
        add(v);
    }
    if (!m_saved.isEmpty()) {
        header(tr("Saved"));
        for (const InboxView &v : std::as_const(m_saved))
            add(v);
    }
    int index = 2; // All open, until something else was chosen
    for (int i = 0; i < m_views->count(); ++i) {
        const QVariant entry = m_views->itemData(i);
        if (entry.isValid() && m_entries[entry.toInt()] == current) {
            index = i;
            break;
        }
    }
    m_views->setCurrentIndex(index);
    applyCurrentView();
}

void InboxPanel::applyCurrentView()
{
    const QVariant entry = m_views->currentData();
    if (entry.isValid())
        m_model->setView(m_entries[entry.toInt()]);
    if (m_open)
        Q_EMIT openOutsideViewChanged(!showsOpen()); // the header names the view now shown
}

void InboxPanel::showView(int entry)
{
    const int index = m_views->findData(entry);
    if (index >= 0)
        m_views->setCurrentIndex(index);
}

void InboxPanel::askToSaveView()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("Name of the view (it keeps the current view and filter text):"));
    dialog->setTextValue(m_filter->text().trimmed().isEmpty() ? m_model->view().name
                                                              : m_filter->text().trimmed());
    connect(dialog, &QInputDialog::textValueSelected, this, &InboxPanel::saveCurrentView);
    dialog->open(); // window-modal, no nested event loop
}

void InboxPanel::saveCurrentView(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    InboxView v = m_model->view();
    v.name = trimmed;
    const QString quick = m_model->text();
    if (!quick.isEmpty())
        v.text = v.text.isEmpty() ? quick : v.text + QLatin1Char(' ') + quick;
    m_saved.erase(
        std::remove_if(m_saved.begin(), m_saved.end(), [&](const InboxView &s) { return s.name == trimmed; }),
        m_saved.end());
    m_saved << v;
    m_model->setView(v);
    {
        QSignalBlocker block(m_filter); // the text now lives in the view
        m_filter->clear();
        m_model->setText({});
    }
    rebuildViews();
    Q_EMIT savedViewsChanged(m_saved);
}

void InboxPanel::deleteSavedView(const QString &name)
{
    const auto removed = m_saved.removeIf([&](const InboxView &s) { return s.name == name; });
    if (!removed)
        return;
    InboxView all = InboxView::builtIn().at(2);
    m_model->setView(all);
    rebuildViews();
    Q_EMIT savedViewsChanged(m_saved);
}

qint64 InboxPanel::currentConversation() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(InboxModel::IdRole).toLongLong() : 0;
}

bool InboxPanel::selectConversation(qint64 conversationId)
{
    auto *source = static_cast<InboxModel *>(m_model->sourceModel());
    const int sourceRow = source->rowOf(conversationId);
    if (sourceRow < 0)
        return false;
    const QModelIndex i = m_model->mapFromSource(source->index(sourceRow, 0));
    if (!i.isValid())
        return false;
    m_view->setCurrentIndex(i);
    m_view->scrollTo(i);
    return true;
}

void InboxPanel::setOpenConversation(qint64 conversationId)
{
    m_open = conversationId;
    Q_EMIT openOutsideViewChanged(conversationId && !showsOpen());
}

bool InboxPanel::showsOpen() const
{
    const auto *source = static_cast<const InboxModel *>(m_model->sourceModel());
    const InboxRow *row = source->rowById(m_open);
    return row && m_model->accepts(*row);
}

void InboxPanel::clearCurrent()
{
    const QScopedValueRollback quiet(m_quiet, true);
    m_view->setCurrentIndex({});
}

void InboxPanel::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = qBound(0, current.isValid() ? current.row() + delta : 0, rows - 1);
    const QModelIndex next = m_model->index(row, 0);
    m_view->setCurrentIndex(next);
    m_view->scrollTo(next);
}

} // namespace AgentDesk
