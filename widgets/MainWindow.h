// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConversationWindow.h"
#include "itemmodels/InboxView.h"
#include "outbox/OutboxItem.h"
#include "text/CannedResponses.h"
#include "Theme.h"

#include <functional>
#include <memory>
#include <optional>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QComboBox;
class QDialog;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;

namespace AgentDesk {

class AccountsController;
struct Preferences;
class BackendRegistry;
class CommandPalette;
class ConversationActions;
class ConversationController;
class ConversationPanel;
class CustomerModel;
class CustomerPanel;
class ConversationWindow;
class DirectoryModel;
class InboxFilterModel;
class InboxModel;
class MediaController;
class InboxPanel;
class MessageModel;
class NotificationController;
class TrayNotifier;
class PresenceController;
class SearchModel;
class SearchPanel;
class ServiceRequestModel;

// The agent's window. Only arranges panels; the panels show models and call the controller.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    struct Parts
    {
        InboxModel *inbox = nullptr;
        InboxFilterModel *inboxFilter = nullptr;
        MessageModel *messages = nullptr;
        ConversationController *controller = nullptr;
        BackendRegistry *registry = nullptr;
        PresenceController *presence = nullptr;
        DirectoryModel *directory = nullptr;             // agents and teams: team views, assigning
        ServiceRequestModel *serviceRequests = nullptr;  // null: no service request strip
        AccountsController *accounts = nullptr;          // null: no Servers settings page
        QList<CannedResponses::Response> canned;         // offered in the composer
        QList<InboxView> savedViews;                     // the agent's own inbox filters
        SearchModel *search = nullptr;                   // global search; null: no search tab
        SearchModel *find = nullptr;                     // find in conversation; null: none
        NotificationController *notifications = nullptr; // null: no tray, no notifications
        CustomerModel *customer = nullptr;               // null: no customer panel
        MediaController *media = nullptr;                // null: attachments by name only
        // Fresh models for a popped-out conversation, owned by owner; null: no pop-out.
        ConversationWindow::ModelFactory conversationModels;
    };

    explicit MainWindow(const Parts &parts, QWidget *parent = nullptr);
    ~MainWindow() override;

    InboxPanel *inboxPanel() const { return m_inboxPanel; }
    ConversationPanel *conversationPanel() const { return m_conversationPanel; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    CustomerPanel *customerPanel() const { return m_customerPanel; }
    // Opens the conversation in a window of its own (or raises the one it already has).
    ConversationWindow *popOut(qint64 conversationId);
    QTabWidget *sidebar() const { return m_sidebar; }
    // Opens a conversation at a message (a search hit), selecting it in the inbox when the
    // current view shows it.
    void openConversation(qint64 conversationId, qint64 messageId = 0, const QStringList &terms = {});
    void showSearch();
    // The search tab with text searched for (empty: as it was).
    void showSearch(const QString &text);
    // Shown, unminimised, raised and activated: a second launch or a notification's "Open".
    void bringForward();
    const ConversationActions *actions() const { return m_actions.get(); }
    // Edit, Undo (Ctrl+Z outside text fields): takes back the last status, assignment or priority
    // change; disabled when there is none.
    QAction *undoAction() const { return m_undo; }
    TrayNotifier *trayNotifier() const { return m_tray; }
    // Ctrl+K: actions of the window and the open conversation, and conversations by customer.
    void showCommandPalette();
    CommandPalette *commandPalette() const { return m_palette; }
    // F1: the shortcuts dialog (non-modal, one at a time).
    void showShortcuts();
    QAction *doNotDisturbAction() const { return m_dnd; }
    QByteArray saveLayout() const;
    void saveDrafts();
    // The menus' checks follow what was chosen elsewhere (Preferences).
    void showChoices(const Preferences &preferences);
    // The canned responses every composer offers, this window's and each pop-out's.
    void setCannedResponses(const QList<CannedResponses::Response> &responses);
    void restoreLayout(const QByteArray &state);
    void showStatusMessage(const QString &message);
    // Settings, Servers: the accounts page (non-modal, one at a time).
    void showAccounts();

Q_SIGNALS:
    void savedViewsChanged(const QList<AgentDesk::InboxView> &views);
    void notificationSettingsChanged(bool doNotDisturb, bool sound);
    void themeChanged(AgentDesk::Theme::Mode mode); // applied already; for the settings
    void preferencesRequested();                    // Settings, Preferences… (Ctrl+,)
    void languageRequested(const QString &code);    // Settings, Language

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void trackBackends();
    void createPresenceSelector();
    void createShortcuts();
    void trackUndo();
    void createNotifications();
    void updateWatched();

    Parts m_parts;
    QSplitter *m_splitter;
    QTabWidget *m_sidebar;
    InboxPanel *m_inboxPanel;
    SearchPanel *m_searchPanel = nullptr;
    CustomerPanel *m_customerPanel = nullptr;
    QHash<qint64, QPointer<ConversationWindow>> m_popOuts;
    ConversationPanel *m_conversationPanel;
    QLabel *m_backendStatus;
    QHash<QString, QString> m_backendDetails; // backend id -> the last detail it reported
    QComboBox *m_presence = nullptr;
    QPointer<QDialog> m_accountsDialog;
    std::unique_ptr<ConversationActions> m_actions;
    QAction *m_undo = nullptr;
    struct WindowCommand
    {
        QString title;
        QKeySequence keys;
        std::function<void()> run;
        bool inPalette = true;
    };
    QList<WindowCommand> m_commands; // every shortcut of the window, also listed in F1 and Ctrl+K
    CommandPalette *m_palette = nullptr;
    QPointer<QDialog> m_shortcutsDialog;
    TrayNotifier *m_tray = nullptr;
    QAction *m_dnd = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QAction *m_sound = nullptr;
    QActionGroup *m_languages = nullptr;
    QList<QAction *> m_themeActions;
    OutboxItem m_undoable;                                  // the last action that can be taken back
    std::optional<std::pair<qint64, OutboxKind>> m_undoing; // the undo on its way to the outbox
};

} // namespace AgentDesk
