// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "AccountsDialog.h"
#include "Icons.h"
#include "Theme.h"

#include "CommandPalette.h"
#include "ComposerWidget.h"
#include "controllers/ConversationController.h"
#include "controllers/NotificationController.h"
#include "controllers/PresenceController.h"
#include "ConversationActions.h"
#include "ConversationPanel.h"
#include "CustomerPanel.h"
#include "desktop/FreedesktopNotifier.h"
#include "InboxPanel.h"
#include "itemmodels/InboxFilterModel.h"
#include "itemmodels/InboxModel.h"
#include "SearchPanel.h"
#include "services/BackendRegistry.h"
#include "settings/Preferences.h"
#include "ShortcutsDialog.h"
#include "TrayNotifier.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace AgentDesk {

using namespace Domain;

MainWindow::MainWindow(const Parts &parts, QWidget *parent)
    : QMainWindow(parent)
    , m_parts(parts)
    , m_splitter(new QSplitter(this))
    , m_sidebar(new QTabWidget(m_splitter))
    , m_inboxPanel(new InboxPanel(parts.inboxFilter, parts.directory, parts.savedViews, m_sidebar))
    , m_conversationPanel(new ConversationPanel(parts.inbox, parts.messages, parts.controller, parts.registry,
                                                parts.serviceRequests, parts.find, m_splitter))
    , m_backendStatus(new QLabel(this))
    , m_actions(std::make_unique<ConversationActions>(parts.inbox, parts.controller, parts.registry,
                                                      parts.directory))
{
    m_conversationPanel->setCannedResponses(parts.canned);
    if (parts.media)
        m_conversationPanel->setMedia(parts.media);
    connect(m_conversationPanel, &ConversationPanel::notice, this, &MainWindow::showStatusMessage);
    m_actions->setDialogParent(this);
    if (parts.directory)
        m_conversationPanel->setActions(m_actions.get(), parts.directory);
    setWindowTitle(tr("AgentDesk"));
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setDocumentMode(true);
    m_sidebar->addTab(m_inboxPanel, tr("Inbox"));
    m_sidebar->tabBar()->setAccessibleName(tr("Sidebar"));
    m_sidebar->setTabToolTip(0, tr("Every conversation to work on, most urgent first (Ctrl+1)"));
    if (parts.search) {
        m_searchPanel = new SearchPanel(parts.search, m_sidebar);
        m_sidebar->addTab(m_searchPanel, Icons::icon(QStringLiteral("search")), tr("Search"));
        m_sidebar->setTabToolTip(1, tr("Every message of every server, searched as you type (Ctrl+Shift+F)"));
        connect(m_searchPanel, &SearchPanel::hitActivated, this, &MainWindow::openConversation);
    }
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_conversationPanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({380, 820});
    if (parts.conversationModels) {
        m_conversationPanel->enablePopOut();
        connect(m_conversationPanel, &ConversationPanel::popOutRequested, this, &MainWindow::popOut);
    }
    if (parts.customer) {
        m_customerPanel = new CustomerPanel(parts.customer, parts.inbox, parts.directory, m_splitter);
        m_splitter->addWidget(m_customerPanel);
        m_splitter->setStretchFactor(2, 0);
        m_splitter->setSizes({360, 620, 300});
        connect(m_conversationPanel, &ConversationPanel::conversationShown, m_customerPanel,
                &CustomerPanel::showConversation);
        connect(m_customerPanel, &CustomerPanel::conversationRequested, this,
                [this](qint64 id) { openConversation(id); });
    }
    setCentralWidget(m_splitter);
    m_backendStatus->setObjectName(QStringLiteral("backendStatus"));
    m_backendStatus->setTextFormat(Qt::RichText);
    statusBar()->addPermanentWidget(m_backendStatus);
    resize(parts.customer ? 1440 : 1200, 800);

    connect(m_inboxPanel, &InboxPanel::conversationSelected, m_conversationPanel,
            [this](qint64 id) { m_conversationPanel->showConversation(id); });
    connect(m_inboxPanel, &InboxPanel::savedViewsChanged, this, &MainWindow::savedViewsChanged);
    connect(m_inboxPanel, &InboxPanel::openOutsideViewChanged, m_conversationPanel, [this](bool outside) {
        m_conversationPanel->setOutsideView(outside ? m_inboxPanel->viewSelector()->currentText().trimmed()
                                                    : QString());
    });
    createMenus();
    trackBackends();
    createPresenceSelector();
    createShortcuts();
    trackUndo();
    createNotifications();
}

void MainWindow::createNotifications()
{
    NotificationController *n = m_parts.notifications;
    if (!n)
        return;
    m_tray = new TrayNotifier(this, new FreedesktopNotifier(QDBusConnection::sessionBus(), this), this);
    m_tray->setUnreadCount(n->unreadCount());
    connect(n, &NotificationController::unreadCountChanged, m_tray, &TrayNotifier::setUnreadCount);
    connect(n, &NotificationController::notify, m_tray, &TrayNotifier::show);
    connect(m_tray, &TrayNotifier::openRequested, this, [this](qint64 id) {
        bringForward();
        openConversation(id);
    });
    QMenu *settings = m_settingsMenu;
    settings->addSeparator();
    m_dnd = settings->addAction(tr("&Do not disturb"));
    m_dnd->setObjectName(QStringLiteral("doNotDisturbAction"));
    m_dnd->setCheckable(true);
    m_dnd->setChecked(n->doNotDisturb());
    m_dnd->setToolTip(tr("No desktop notifications or sounds; the unread count still shows"));
    m_sound = settings->addAction(tr("Notification &sound"));
    m_sound->setCheckable(true);
    m_sound->setChecked(n->soundEnabled());
    const auto changed = [this, n] {
        n->setDoNotDisturb(m_dnd->isChecked());
        n->setSoundEnabled(m_sound->isChecked());
        Q_EMIT notificationSettingsChanged(m_dnd->isChecked(), m_sound->isChecked());
    };
    connect(m_dnd, &QAction::toggled, this, changed);
    connect(m_sound, &QAction::toggled, this, changed);
    connect(m_inboxPanel, &InboxPanel::conversationSelected, this, &MainWindow::updateWatched);
    if (m_searchPanel)
        connect(m_searchPanel, &SearchPanel::hitActivated, this, &MainWindow::updateWatched);
}

void MainWindow::updateWatched()
{
    if (m_parts.notifications)
        m_parts.notifications->setWatchedConversation(isActiveWindow() ? m_conversationPanel->conversationId()
                                                                       : 0);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange) {
        updateWatched(); // in the background, news about the open conversation is news too
        m_conversationPanel->markReadWhileWatched();
    }
    QMainWindow::changeEvent(event);
}

MainWindow::~MainWindow() = default;

void MainWindow::trackUndo()
{
    m_undo->setEnabled(false);
    connect(m_parts.controller, &ConversationController::queued, this, [this](const OutboxItem &item) {
        if (!ConversationController::canUndo(item))
            return;
        // The undo's own action is not offered for undoing (that would be a redo in disguise).
        if (m_undoing && m_undoing->first == item.conversationId && m_undoing->second == item.kind) {
            m_undoing.reset();
            return;
        }
        m_undoable = item;
        QString what;
        switch (item.kind) {
        case OutboxKind::SetStatus:
            what = tr("Status changed");
            break;
        case OutboxKind::Assign:
            what = tr("Assignment changed");
            break;
        case OutboxKind::SetTeam:
            what = tr("Team changed");
            break;
        case OutboxKind::SetLabels:
            what = tr("Labels changed");
            break;
        default:
            what = tr("Priority changed");
            break;
        }
        m_undo->setText(tr("&Undo: %1").arg(what));
        m_undo->setEnabled(true);
        showStatusMessage(tr("%1. Ctrl+Z takes it back.").arg(what));
    });
    connect(m_undo, &QAction::triggered, this, [this] {
        if (!m_undo->isEnabled())
            return;
        const OutboxItem item = std::exchange(m_undoable, {});
        m_undo->setEnabled(false);
        m_undo->setText(tr("&Undo"));
        if (m_parts.controller->undo(item)) {
            m_undoing = std::make_pair(item.conversationId, item.kind);
            showStatusMessage(tr("Undone."));
        }
    });
}

void MainWindow::openConversation(qint64 conversationId, qint64 messageId, const QStringList &terms)
{
    // The panel first, so the inbox selection that follows finds it already open at the message.
    m_conversationPanel->showConversation(conversationId, messageId, terms);
    if (!m_inboxPanel->selectConversation(conversationId))
        m_inboxPanel->clearCurrent(); // not in the current view: shown all the same
    m_inboxPanel->setOpenConversation(conversationId);
}

ConversationWindow *MainWindow::popOut(qint64 conversationId)
{
    if (!m_parts.conversationModels || !m_parts.inbox->rowById(conversationId))
        return nullptr;
    QPointer<ConversationWindow> &window = m_popOuts[conversationId];
    if (!window) {
        // What was typed here goes along: the pop-out reads the draft from the store.
        if (m_conversationPanel->conversationId() == conversationId)
            m_conversationPanel->flushDraft();
        auto *w = new ConversationWindow(conversationId, m_parts.conversationModels, m_parts.inbox,
                                         m_parts.controller, m_parts.registry, m_actions.get(),
                                         m_parts.directory, this);
        if (m_parts.media)
            w->conversationPanel()->setMedia(m_parts.media);
        w->conversationPanel()->setCannedResponses(m_parts.canned); // the whole composer, out there too
        connect(w->conversationPanel(), &ConversationPanel::notice, this, &MainWindow::showStatusMessage);
        connect(w, &ConversationWindow::conversationRequested, this, [this](qint64 id) {
            raise();
            activateWindow();
            openConversation(id);
        });
        window = w;
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void MainWindow::showSearch()
{
    if (!m_searchPanel)
        return;
    m_sidebar->setCurrentWidget(m_searchPanel);
    m_searchPanel->focusSearch();
}

void MainWindow::showSearch(const QString &text)
{
    showSearch();
    if (m_searchPanel && !text.isEmpty())
        m_searchPanel->edit()->setText(text); // searched as if typed
}

void MainWindow::bringForward()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::createShortcuts()
{
    const auto conversation = [this] { return m_conversationPanel->conversationId(); };
    m_commands = {
        {tr("Command palette"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] { showCommandPalette(); }, false},
        {tr("Search all conversations"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
         [this] { showSearch(); }},
        {tr("Find in this conversation"), QKeySequence::Find, [this] { m_conversationPanel->openFind(); }},
        {tr("Next conversation"), QKeySequence(Qt::ALT | Qt::Key_Down),
         [this] { m_inboxPanel->moveSelection(1); }},
        {tr("Previous conversation"), QKeySequence(Qt::ALT | Qt::Key_Up),
         [this] { m_inboxPanel->moveSelection(-1); }},
        {tr("Go to the inbox list"), QKeySequence(Qt::CTRL | Qt::Key_1),
         [this] {
             m_sidebar->setCurrentWidget(m_inboxPanel);
             m_inboxPanel->view()->setFocus(Qt::ShortcutFocusReason);
         }},
        {tr("Go to the inbox filter"), QKeySequence(Qt::CTRL | Qt::Key_L),
         [this] {
             m_sidebar->setCurrentWidget(m_inboxPanel);
             m_inboxPanel->filterEdit()->setFocus(Qt::ShortcutFocusReason);
             m_inboxPanel->filterEdit()->selectAll();
         }},
        {tr("Write a reply"), QKeySequence(Qt::CTRL | Qt::Key_R),
         [this] { m_conversationPanel->composer()->setFocus(Qt::ShortcutFocusReason); }},
        {tr("Resolve or reopen the conversation"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         [this, conversation] {
             if (const InboxRow *row = m_parts.inbox->rowById(conversation()))
                 m_parts.controller->setStatus(row->id, row->status == ConversationStatus::Resolved
                                                            ? ConversationStatus::Open
                                                            : ConversationStatus::Resolved);
         }},
        {tr("Pop the conversation out into its own window"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
         [this, conversation] { popOut(conversation()); }},
        {tr("Keyboard shortcuts"), QKeySequence(Qt::Key_F1), [this] { showShortcuts(); }},
    };
    for (const WindowCommand &c : std::as_const(m_commands)) {
        auto *shortcut = new QShortcut(c.keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, c.run);
    }
}

void MainWindow::createPresenceSelector()
{
    m_presence = new QComboBox(this);
    m_presence->setObjectName(QStringLiteral("presenceSelector"));
    m_presence->setToolTip(tr("Your availability, as your team and the routing see it"));
    for (const Presence p : {Presence::Available, Presence::Busy, Presence::Away, Presence::Offline})
        m_presence->addItem(presenceLabel(p), int(p));
    m_presence->setCurrentIndex(m_presence->findData(int(m_parts.presence->presence())));
    statusBar()->insertPermanentWidget(0, m_presence);
    connect(m_presence, &QComboBox::activated, this, [this](int index) {
        m_parts.presence->setPresence(Presence(m_presence->itemData(index).toInt()));
    });
    connect(m_parts.presence, &PresenceController::presenceChanged, this,
            [this](Presence p) { m_presence->setCurrentIndex(m_presence->findData(int(p))); });
    // Shown only while a backend offers presence.
    m_presence->setVisible(m_parts.presence->isAvailable());
    connect(m_parts.presence, &PresenceController::availabilityChanged, m_presence, &QWidget::setVisible);
}

void MainWindow::showCommandPalette()
{
    if (!m_palette)
        m_palette = new CommandPalette(this);
    QList<CommandPalette::Entry> entries;
    for (const WindowCommand &c : std::as_const(m_commands))
        if (c.inPalette)
            entries.append({c.title, c.keys.toString(QKeySequence::NativeText), c.run});
    const qint64 open = m_conversationPanel->conversationId();
    for (const ConversationActions::Command &c : m_actions->commands(open))
        entries.append({c.title, c.group, c.run});
    const QList<InboxView> views = m_inboxPanel->views();
    for (int i = 0; i < views.size(); ++i)
        entries.append({tr("Show %1").arg(views[i].name), tr("View"), [this, i] {
                            m_sidebar->setCurrentWidget(m_inboxPanel);
                            m_inboxPanel->showView(i);
                        }});
    entries.append(
        {tr("Undo"), m_undo->shortcut().toString(QKeySequence::NativeText), [this] { m_undo->trigger(); }});
    // Conversations by customer or subject, most urgent first.
    const auto source = [this](const QString &text, int limit) {
        QList<const InboxRow *> found;
        InboxModel *inbox = m_parts.inbox;
        for (int i = 0; i < inbox->rowCount(); ++i) {
            const InboxRow &row = inbox->rowAt(i);
            if (row.customerName.contains(text, Qt::CaseInsensitive) ||
                row.subject.contains(text, Qt::CaseInsensitive))
                found.append(&row);
        }
        std::sort(found.begin(), found.end(), [](const InboxRow *l, const InboxRow *r) {
            if ((l->status == ConversationStatus::Resolved) != (r->status == ConversationStatus::Resolved))
                return r->status == ConversationStatus::Resolved;
            return InboxFilterModel::precedes(*l, *r);
        });
        QList<CommandPalette::Entry> out;
        for (const InboxRow *row : std::as_const(found).mid(0, limit)) {
            const QString subject = row->subject.isEmpty() ? channelLabel(row->channel) : row->subject;
            out.append({tr("Open %1 — %2").arg(row->customerName, subject), statusLabel(row->status),
                        [this, id = row->id] { openConversation(id); }});
        }
        return out;
    };
    m_palette->popup(entries, source);
}

void MainWindow::showShortcuts()
{
    if (!m_shortcutsDialog) {
        QList<ShortcutsDialog::Shortcut> list;
        for (const WindowCommand &c : std::as_const(m_commands))
            list.append({c.keys, c.title});
        // Keys that belong to a field rather than the window.
        list.append(
            {QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Send the reply or note (in the composer)")});
        list.append({QKeySequence(Qt::ALT | Qt::Key_R), tr("Canned responses (in the composer)")});
        list.append({QKeySequence(Qt::Key_F3), tr("Next hit (in Find)")});
        list.append({QKeySequence(Qt::SHIFT | Qt::Key_F3), tr("Previous hit (in Find)")});
        list.append({QKeySequence::Undo, tr("Undo the last status, assignment or priority change")});
        m_shortcutsDialog = new ShortcutsDialog(list, this);
        m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

void MainWindow::showAccounts()
{
    if (!m_parts.accounts)
        return;
    if (!m_accountsDialog) {
        m_accountsDialog = new AccountsDialog(m_parts.accounts, this);
        m_accountsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_accountsDialog->resize(760, 420);
    }
    m_accountsDialog->show();
    m_accountsDialog->raise();
    m_accountsDialog->activateWindow();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    m_settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences =
        m_settingsMenu->addAction(tr("&Preferences…"), this, &MainWindow::preferencesRequested);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    if (m_parts.accounts)
        m_settingsMenu->addAction(tr("&Servers…"), this, &MainWindow::showAccounts);
    // Each language in its own words (Preferences::languages): found by whoever cannot read this one.
    QMenu *language = m_settingsMenu->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(language);
    for (const auto &[code, name] : Preferences::languages()) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setData(code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { Q_EMIT languageRequested(code); });
    }
    m_languages = languages;
    QMenu *appearance = m_settingsMenu->addMenu(tr("&Appearance"));
    appearance->setObjectName(QStringLiteral("appearanceMenu"));
    auto *themes = new QActionGroup(appearance);
    for (const auto &[mode, title] :
         {std::pair{Theme::Mode::System, tr("Follow the &system")},
          std::pair{Theme::Mode::Light, tr("&Light")}, std::pair{Theme::Mode::Dark, tr("&Dark")}}) {
        QAction *a = appearance->addAction(title);
        a->setCheckable(true);
        a->setChecked(Theme::mode() == mode);
        a->setData(int(mode));
        themes->addAction(a);
        m_themeActions << a;
        connect(a, &QAction::triggered, this,
                [this, mode = mode] { // a structured binding is captured by copy (clang 14)
                    Theme::apply(mode);
                    Q_EMIT themeChanged(mode);
                });
    }
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo); // text fields keep their own Ctrl+Z while focused
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&Command palette…"), this, &MainWindow::showCommandPalette);
    help->addAction(tr("&About AgentDesk"), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About AgentDesk"),
                                    tr("<b>AgentDesk %1</b><p>The desktop for customer-support agents: every "
                                       "contact of every backend in one inbox.</p>")
                                        .arg(QApplication::applicationVersion()),
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // window-modal, no nested event loop
    });
}

void MainWindow::trackBackends()
{
    // One coloured dot and name per backend; the tooltip keeps the last thing each one said (why
    // it failed, that it resumed), which the status message shows only for a moment.
    const auto refresh = [this] {
        QStringList parts, tips;
        for (Backend *b : m_parts.registry->backends()) {
            QString state;
            QColor colour;
            switch (b->connectionState()) {
            case ConnectionState::Connected:
                state = tr("connected");
                colour = QColor(0x2e, 0x7d, 0x32);
                break;
            case ConnectionState::Connecting:
                state = tr("connecting");
                colour = QColor(0xf9, 0xa8, 0x25);
                break;
            case ConnectionState::Reconnecting:
                state = tr("reconnecting");
                colour = QColor(0xf9, 0xa8, 0x25);
                break;
            case ConnectionState::Failed:
                state = tr("failed");
                colour = QColor(0xc6, 0x28, 0x28);
                break;
            case ConnectionState::Disconnected:
                state = tr("offline");
                colour = QColor(0x75, 0x75, 0x75);
                break;
            }
            const QString name = b->displayName().toHtmlEscaped(); // server-given text, never markup
            parts << QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2: %3")
                         .arg(colour.name(), name, state);
            const QString detail = m_backendDetails.value(b->id());
            tips << (detail.isEmpty() ? tr("%1: %2").arg(name, state)
                                      : tr("%1: %2 — %3").arg(name, state, detail.toHtmlEscaped()));
        }
        m_backendStatus->setText(parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
        m_backendStatus->setToolTip(tips.join(QStringLiteral("<br>")));
    };
    const auto watch = [this, refresh](Backend *b) {
        connect(b, &Backend::connectionStateChanged, this,
                [this, b, refresh](ConnectionState, const QString &detail) {
                    if (!detail.isEmpty())
                        m_backendDetails.insert(b->id(), detail);
                    else if (b->connectionState() == ConnectionState::Connected)
                        m_backendDetails.remove(b->id()); // an old failure is no longer news
                    refresh();
                    if (!detail.isEmpty())
                        showStatusMessage(detail);
                });
    };
    for (Backend *b : m_parts.registry->backends())
        watch(b);
    connect(m_parts.registry, &BackendRegistry::backendAdded, this, [watch, refresh](Backend *b) {
        watch(b);
        refresh();
    });
    connect(m_parts.registry, &BackendRegistry::backendRemoved, this, refresh);
    refresh();
}

void MainWindow::setCannedResponses(const QList<CannedResponses::Response> &responses)
{
    m_parts.canned = responses;
    m_conversationPanel->setCannedResponses(responses);
    for (const QPointer<ConversationWindow> &w : std::as_const(m_popOuts))
        if (w)
            w->conversationPanel()->setCannedResponses(responses);
}

void MainWindow::showChoices(const Preferences &p)
{
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == p.language);
    for (QAction *a : std::as_const(m_themeActions))
        a->setChecked(Theme::Mode(a->data().toInt()) == Theme::fromName(p.theme));
    if (m_dnd) {
        m_dnd->setChecked(p.doNotDisturb);
        m_sound->setChecked(p.sound);
    }
}

void MainWindow::saveDrafts()
{
    m_conversationPanel->flushDraft();
}

QByteArray MainWindow::saveLayout() const
{
    return m_splitter->saveState();
}

void MainWindow::restoreLayout(const QByteArray &state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

} // namespace AgentDesk
