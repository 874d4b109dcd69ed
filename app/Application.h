// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOptions.h"
#include "settings/PendingSecretStore.h"

#include <functional>
#include <memory>
#include <QObject>

class QSettings;

namespace AgentDesk {

class AccountsController;
struct Preferences;
class BackendPlugin;
class BackendRegistry;
class ServiceRequestModel;
class ConversationController;
class CustomerModel;
class MediaController;
class DirectoryModel;
class InboxFilterModel;
class InboxModel;
class MainWindow;
class MessageModel;
class OutboxDispatcher;
class NotificationController;
class PresenceController;
class SearchModel;
class Store;
class SyncEngine;

// The composition root: builds the store, the registry and its backends, the sync engine, the
// outbox, the controllers, the models and the main window, and wires them. Nothing else news
// these up, so every piece can be replaced in tests.
class Application final : public QObject
{
    Q_OBJECT

public:
    explicit Application(const AppOptions &options, QObject *parent = nullptr);
    ~Application() override;

    // Opens the profile; ready() or failed() follows. showWindow false keeps the window hidden.
    void start(bool showWindow = true);

    Store *store() const { return m_store; }
    BackendRegistry *registry() const { return m_registry; }
    SyncEngine *syncEngine() const { return m_sync; }
    OutboxDispatcher *outbox() const { return m_outbox; }
    ConversationController *controller() const { return m_controller; }
    PresenceController *presence() const { return m_presence; }
    AccountsController *accounts() const { return m_accounts; }
    SecretStore *secrets() const { return m_secrets; }
    InboxModel *inboxModel() const { return m_inbox; }
    MessageModel *messageModel() const { return m_messages; }
    MainWindow *mainWindow() const { return m_window.get(); }
    QStringList warnings() const { return m_warnings; }

    // A later launch's command line: the window comes forward, and does what it asked (--search).
    void handleRequest(const QStringList &arguments);
    // Settings, Preferences…: the dialog over the window.
    void showPreferences();
    // Keeps them and puts them to work: theme, notifications, names, canned responses at once, a
    // new language by building the window again in it.
    void applyPreferences(const Preferences &preferences);
    void switchLanguage(const QString &code);

    // --generate: fills the store synchronously (no window) and returns the exit code.
    static int generate(const AppOptions &options);

Q_SIGNALS:
    void ready();
    void failed(const QString &error);
    void languageChanged(const QString &code); // the window has been built again in it

private:
    void openSecrets();
    void onStoreOpened(bool ok, const QString &error, bool showWindow);
    void createBackends();
    void createWindow(bool show);
    void saveWindowState();

    AppOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    Store *m_store;
    BackendRegistry *m_registry;
    SyncEngine *m_sync;
    OutboxDispatcher *m_outbox;
    ConversationController *m_controller;
    PresenceController *m_presence;
    InboxModel *m_inbox;
    InboxFilterModel *m_inboxFilter;
    MessageModel *m_messages;
    ServiceRequestModel *m_serviceRequests;
    DirectoryModel *m_directory;
    SearchModel *m_search;
    SearchModel *m_find;
    CustomerModel *m_customer;
    MediaController *m_media = nullptr; // made when the profile is known
    NotificationController *m_notifications;
    PendingSecretStore *m_secrets = nullptr;
    AccountsController *m_accounts = nullptr;
    std::unique_ptr<BackendPlugin> m_rtFactory; // built in; plugins may add other kinds
    std::unique_ptr<BackendPlugin> m_xmppFactory;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_warnings;
};

} // namespace AgentDesk
