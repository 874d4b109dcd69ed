// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "ConversationPanel.h"
#include "InboxPanel.h"
#include "PreferencesDialog.h"
#include "settings/Preferences.h"
#include "settings/PrivateFiles.h"
#include "Translations.h"
#include <QMessageBox>

#include "media/MediaController.h"

#include "controllers/AccountsController.h"
#include "controllers/ConversationController.h"
#include "controllers/NotificationController.h"
#include "controllers/PresenceController.h"
#include "DemoBackend.h"
#include "itemmodels/ServiceRequestModel.h"
#include "RtBackendFactory.h"
#include "settings/FileSecretStore.h"
#include "settings/PendingSecretStore.h"
#include "XmppBackendFactory.h"
#ifdef AGENTDESK_HAVE_KEYCHAIN
#include "settings/KeychainSecretStore.h"
#endif
#include "itemmodels/CustomerModel.h"
#include "itemmodels/DirectoryModel.h"
#include "itemmodels/InboxFilterModel.h"
#include "itemmodels/InboxModel.h"
#include "itemmodels/MessageModel.h"
#include "itemmodels/SearchModel.h"
#include "MainWindow.h"
#include "outbox/OutboxDispatcher.h"
#include "services/BackendPlugin.h"
#include "services/BackendRegistry.h"
#include "services/DirectoryService.h"
#include "services/PluginLoader.h"
#include "store/SearchIndex.h"
#include "store/Store.h"
#include "store/StoreDatabase.h"
#include "StoreGenerator.h"
#include "sync/SyncEngine.h"

#include <cstdio>
#include <optional>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApp, "agentdesk.app")

namespace AgentDesk {

Application::Application(const AppOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_store(new Store(this))
    , m_registry(new BackendRegistry(this))
    , m_sync(new SyncEngine(m_store, this))
    , m_outbox(new OutboxDispatcher(m_store, m_registry, this))
    , m_controller(new ConversationController(m_store, this))
    , m_presence(new PresenceController(m_registry, this))
    , m_inbox(new InboxModel(m_store, this))
    , m_inboxFilter(new InboxFilterModel(this))
    , m_messages(new MessageModel(m_store, this))
    , m_serviceRequests(new ServiceRequestModel(m_store, this))
    , m_directory(new DirectoryModel(m_store, this))
    , m_search(new SearchModel(m_store, this))
    , m_find(new SearchModel(m_store, this))
    , m_customer(new CustomerModel(m_store, this))
    , m_notifications(new NotificationController(m_inbox, m_registry, this))
    , m_rtFactory(std::make_unique<RtBackendFactory>())
    , m_xmppFactory(std::make_unique<XmppBackendFactory>())
{
    m_inboxFilter->setSourceModel(m_inbox);
    // "Mine" means the signed-in agent of each conversation's own backend.
    const auto selfAgents = [this] {
        QHash<QString, QString> self;
        for (Backend *b : m_registry->backends())
            if (DirectoryService *d = b->directory())
                self.insert(b->id(), d->selfAgentId());
        m_inboxFilter->setSelfAgents(self);
    };
    m_notifications->setController(m_controller);
    connect(m_presence, &PresenceController::presenceChanged, m_notifications,
            &NotificationController::setPresence);
    connect(m_registry, &BackendRegistry::backendAdded, this, selfAgents);
    connect(m_registry, &BackendRegistry::backendRemoved, this, selfAgents);
    connect(m_registry, &BackendRegistry::capabilitiesChanged, this, selfAgents);
}

Application::~Application()
{
    saveWindowState();
    m_window.reset();
    for (Backend *b : m_registry->backends())
        b->stop();
}

void Application::start(bool showWindow)
{
    if (!PrivateFiles::makeDirectory(m_options.profileDir)) {
        Q_EMIT failed(tr("Cannot create the profile directory %1.").arg(m_options.profileDir));
        return;
    }
    // Settings name the agent's servers and accounts: owner-only before anything is written there
    // (QSettings keeps the permissions of the file it replaces).
    PrivateFiles::restrict(m_options.settingsPath(), true);
    m_settings = std::make_unique<QSettings>(m_options.settingsPath(), QSettings::IniFormat);
    // Customers' files live beside the store, under their content hash.
    m_media = new MediaController(m_store, m_registry,
                                  QDir(m_options.profileDir).filePath(QStringLiteral("media")), this);
    // The keychain is asked while the store opens; the window waits for the store only (the
    // keychain can take seconds to answer): what needs a secret waits in PendingSecretStore.
    m_secrets = new PendingSecretStore(this);
    connect(m_store, &Store::opened, this,
            [this, showWindow](bool ok, const QString &error) { onStoreOpened(ok, error, showWindow); });
    m_store->open(m_options.storePath());
    // Read the inbox while the window is being built: it is most of the time to a working window.
    m_inbox->reload();
    m_directory->reload();
    connect(m_inbox, &InboxModel::loaded, m_store, &Store::releaseMemory, Qt::SingleShotConnection);
    openSecrets();
}

// The system keychain where one answers; else the owner-only file, labelled as such in the UI.
void Application::openSecrets()
{
    auto useFile = [this](const QString &why) {
        if (!why.isEmpty())
            qCInfo(lcApp).noquote() << "no system keychain:" << why;
        m_secrets->choose(
            new FileSecretStore(QDir(m_options.profileDir).filePath(QStringLiteral("secrets.json"))));
    };
#ifdef AGENTDESK_HAVE_KEYCHAIN
    KeychainSecretStore::probe(
        QStringLiteral("AgentDesk"), this, [this, useFile](bool ok, const QString &why) {
            if (ok)
                m_secrets->choose(new KeychainSecretStore(QStringLiteral("AgentDesk")));
            else
                useFile(why);
        });
#else
    useFile(tr("built without QtKeychain"));
#endif
}

void Application::onStoreOpened(bool ok, const QString &error, bool showWindow)
{
    if (!ok) {
        Q_EMIT failed(error);
        return;
    }
    m_accounts = new AccountsController(*m_settings, m_secrets, m_registry, m_sync, this);
    m_accounts->addFactory(m_rtFactory.get());
    m_accounts->addFactory(m_xmppFactory.get());
    createBackends();
    m_controller->setRegistry(m_registry);
    // The name replies are signed with: the agent's own per server (Preferences), else the name the
    // server has for them, else the profile's.
    m_controller->setAgentName(m_settings->value(QStringLiteral("agent/name"), tr("Agent")).toString());
    m_controller->setAgentNames(Preferences::load(*m_settings).agentNames);
    m_controller->setNameSources(
        [this](qint64 conversationId) {
            const InboxRow *row = m_inbox->rowById(conversationId);
            return row ? row->backendId : QString();
        },
        [this](const QString &backendId) {
            Backend *b = m_registry->backend(backendId);
            const QString self = b && b->directory() ? b->directory()->selfAgentId() : QString();
            const QString name = self.isEmpty() ? QString() : m_directory->agentName(backendId, self);
            return name == self ? QString() : name; // an id is no name to sign with
        });
    createWindow(showWindow);
    for (Backend *b : m_registry->backends())
        m_sync->attach(b);
    m_accounts->startAll(); // servers added in the settings, as their secrets arrive
    m_outbox->start();
    // Snoozed conversations come back on time, also those due while the app was closed.
    auto *snoozes = new QTimer(this);
    snoozes->setInterval(30 * 1000);
    connect(snoozes, &QTimer::timeout, m_controller, &ConversationController::wakeDueSnoozes);
    snoozes->start();
    m_controller->wakeDueSnoozes();
    Q_EMIT ready();
}

void Application::createBackends()
{
    QStringList wanted = m_options.backends;
    if (wanted.removeAll(QStringLiteral("demo"))) {
        DemoOptions demo;
        demo.seed = m_options.seed;
        demo.chatsPerMinute = m_options.demoRate;
        demo.backlog = m_options.demoBacklog;
        auto *backend = new DemoBackend(demo);
        m_registry->add(backend);
    }
    if (wanted.isEmpty())
        return;

    QStringList dirs = m_options.pluginDirs;
    dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/plugins")
         << QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/agentdesk/plugins");
    PluginLoader loader;
    QList<PluginLoader::Loaded> plugins;
    for (const QString &dir : std::as_const(dirs))
        plugins += loader.load(dir);
    m_warnings += loader.errors();
    for (const PluginLoader::Loaded &p : std::as_const(plugins))
        if (!m_accounts->kinds().contains(p.kind))
            m_accounts->addFactory(p.plugin);
    for (const QString &kind : std::as_const(wanted)) {
        const auto it = std::find_if(plugins.cbegin(), plugins.cend(),
                                     [&](const PluginLoader::Loaded &p) { return p.kind == kind; });
        if (it == plugins.cend()) {
            m_warnings << tr("No backend plugin of kind \"%1\" was found in %2.")
                              .arg(kind, dirs.join(QStringLiteral(", ")));
            continue;
        }
        const QVariantMap settings = [&] {
            QVariantMap map;
            m_settings->beginGroup(QStringLiteral("backend-") + kind);
            for (const QString &key : m_settings->childKeys())
                map.insert(key, m_settings->value(key));
            m_settings->endGroup();
            return map;
        }();
        Backend *backend = it->plugin->create(kind, settings);
        QString error;
        if (!backend || !m_registry->add(backend, &error)) {
            m_warnings << (backend ? error : tr("The %1 plugin could not create a backend.").arg(kind));
            delete backend;
        }
    }
    for (const QString &w : std::as_const(m_warnings))
        qCWarning(lcApp).noquote() << w;
}

void Application::createWindow(bool show)
{
    MainWindow::Parts parts;
    parts.inbox = m_inbox;
    parts.inboxFilter = m_inboxFilter;
    parts.messages = m_messages;
    parts.controller = m_controller;
    parts.registry = m_registry;
    parts.presence = m_presence;
    parts.directory = m_directory;
    parts.serviceRequests = m_serviceRequests;
    parts.accounts = m_accounts;
    parts.canned = CannedResponses::load(*m_settings).responses();
    parts.savedViews = InboxView::loadSaved(*m_settings);
    parts.search = m_search;
    parts.find = m_find;
    parts.customer = m_customer;
    parts.media = m_media;
    parts.conversationModels = [store = m_store](QObject *owner) {
        return ConversationModels{new MessageModel(store, owner), new ServiceRequestModel(store, owner),
                                  new SearchModel(store, owner), new CustomerModel(store, owner)};
    };
    m_notifications->setAgentName(m_controller->agentName());
    m_notifications->setPresence(m_presence->presence());
    m_notifications->setDoNotDisturb(m_settings->value(QStringLiteral("notifications/dnd"), false).toBool());
    m_notifications->setSoundEnabled(m_settings->value(QStringLiteral("notifications/sound"), true).toBool());
    parts.notifications = m_notifications;
    Theme::apply(Theme::fromName(m_settings->value(QStringLiteral("appearance/theme")).toString()));
    m_window = std::make_unique<MainWindow>(parts);
    m_window->restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    m_window->restoreLayout(m_settings->value(QStringLiteral("window/splitter")).toByteArray());
    connect(m_sync, &SyncEngine::eventRejected, m_window.get(),
            [this](const QString &backendId, const QString &reason) {
                m_window->showStatusMessage(
                    tr("%1 sent something AgentDesk could not use: %2").arg(backendId, reason));
            });
    auto showDamage = [this](const QString &why) {
        m_window->showStatusMessage(why);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The store is damaged"), why, QMessageBox::Ok,
                                    m_window.get());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not modal to the event loop: the agent can still read what is there
    };
    connect(m_store, &Store::damaged, m_window.get(), showDamage);
    if (!m_store->damage().isEmpty())
        showDamage(m_store->damage());
    connect(m_store, &Store::writeFailed, m_window.get(), [this](const QString &error) {
        m_window->showStatusMessage(tr("Could not save to the store: %1").arg(error));
    });
    connect(m_outbox, &OutboxDispatcher::itemFailed, m_window.get(), [this](qint64, const QString &error) {
        m_window->showStatusMessage(tr("Not sent: %1").arg(error));
    });
    connect(m_accounts, &AccountsController::failed, m_window.get(),
            [this](const QString &error) { m_window->showStatusMessage(error); });
    for (const QString &w : std::as_const(m_warnings))
        m_window->showStatusMessage(w);
    connect(m_window.get(), &MainWindow::notificationSettingsChanged, this, [this](bool dnd, bool sound) {
        m_settings->setValue(QStringLiteral("notifications/dnd"), dnd);
        m_settings->setValue(QStringLiteral("notifications/sound"), sound);
    });
    connect(m_window.get(), &MainWindow::themeChanged, this, [this](Theme::Mode mode) {
        m_settings->setValue(QStringLiteral("appearance/theme"), Theme::name(mode));
    });
    connect(m_window.get(), &MainWindow::savedViewsChanged, this,
            [this](const QList<InboxView> &views) { InboxView::saveSaved(*m_settings, views); });
    connect(m_window.get(), &MainWindow::preferencesRequested, this, &Application::showPreferences);
    connect(m_window.get(), &MainWindow::languageRequested, this, [this](const QString &code) {
        Preferences p = Preferences::load(*m_settings);
        p.language = code;
        applyPreferences(p);
    });
    m_window->showChoices(Preferences::load(*m_settings));
    if (show)
        m_window->show();
    if (!m_options.searchText.isEmpty())
        m_window->showSearch(std::exchange(m_options.searchText, QString())); // once, not after a rebuild
}

void Application::showPreferences()
{
    QList<PreferencesDialog::Server> servers;
    for (Backend *b : m_registry->backends()) // with the name used where the agent sets none
        servers.append({b->id(), b->displayName(), m_controller->serverNameFor(b->id())});
    auto *dialog = new PreferencesDialog(Preferences::load(*m_settings), servers, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this, &Application::applyPreferences);
    dialog->open(); // window-modal, no nested event loop
}

void Application::applyPreferences(const Preferences &p)
{
    const Preferences before = Preferences::load(*m_settings);
    p.save(*m_settings);
    Theme::apply(Theme::fromName(p.theme));
    m_notifications->setDoNotDisturb(p.doNotDisturb);
    m_notifications->setSoundEnabled(p.sound);
    m_controller->setAgentNames(p.agentNames);
    if (!m_window)
        return;
    m_window->setCannedResponses(p.canned);
    m_window->showChoices(p);
    if (p.language != before.language)
        // After the dialog's own signal has returned: the window it belongs to is rebuilt.
        QMetaObject::invokeMethod(
            this, [this, code = p.language] { switchLanguage(code); }, Qt::QueuedConnection);
}

void Application::switchLanguage(const QString &code)
{
    // Every text of the window is written when it is built: built again, in the new language, with
    // the same conversation open, the same view, and what was being typed (drafts are saved first).
    Translations::apply(code);
    if (!m_window)
        return;
    const qint64 open = m_window->conversationPanel()->conversationId();
    const int view = m_window->inboxPanel()->viewSelector()->currentIndex();
    const bool shown = m_window->isVisible();
    // Open again only if it was (Apply); OK has closed it already.
    const auto *dialog = m_window->findChild<PreferencesDialog *>();
    const bool preferencesOpen = dialog && dialog->isVisible();
    saveWindowState();
    m_window.reset();
    createWindow(shown);
    m_window->inboxPanel()->viewSelector()->setCurrentIndex(view);
    if (open)
        m_window->openConversation(open);
    if (preferencesOpen)
        showPreferences();
    Q_EMIT languageChanged(code);
}

void Application::handleRequest(const QStringList &arguments)
{
    AppOptions asked;
    QString error;
    const bool understood = arguments.isEmpty() || asked.parse(arguments, &error);
    // Said on the terminal too: whoever started the second one from a script sees where it went.
    std::fprintf(stderr, "agentdesk: a later launch asked: %s\n",
                 qPrintable(arguments.mid(1).join(QLatin1Char(' '))));
    if (!m_window)
        return; // still starting: the window that comes up is the answer
    m_window->bringForward();
    if (!understood)
        m_window->showStatusMessage(error);
    else if (!asked.searchText.isEmpty())
        m_window->showSearch(asked.searchText);
}

void Application::saveWindowState()
{
    if (!m_window || !m_settings)
        return;
    m_settings->setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    m_settings->setValue(QStringLiteral("window/splitter"), m_window->saveLayout());
    m_window->saveDrafts();
}

int Application::generate(const AppOptions &options)
{
    if (!PrivateFiles::makeDirectory(options.profileDir)) {
        std::fprintf(stderr, "agentdesk: cannot create %s\n", qPrintable(options.profileDir));
        return 1;
    }
    StoreDatabase db;
    QString error;
    if (!db.open(options.storePath(), &error)) {
        std::fprintf(stderr, "agentdesk: %s\n", qPrintable(error));
        return 1;
    }
    db.setBulkMode(true);
    QElapsedTimer timer;
    timer.start();
    StoreGenerator generator(options.generateConversations, options.seed);
    const qint64 messages = generator.generate(db, 10, [&](int done) {
        if (done % 20000 == 0 || done == options.generateConversations)
            std::fprintf(stderr, "\r%d / %d conversations", done, options.generateConversations);
    });
    db.setBulkMode(false);
    std::fprintf(stderr, "\nwrote %lld messages in %.1f s to %s\n", static_cast<long long>(messages),
                 timer.elapsed() / 1000.0, qPrintable(options.storePath()));
    // Indexed for search now, so the app does not do it at its first start.
    timer.restart();
    SearchIndex index;
    if (!index.open(options.storePath(), &error)) {
        std::fprintf(stderr, "agentdesk: %s\n", qPrintable(error));
        return 1;
    }
    while (index.catchUp() > 0) {
    }
    std::fprintf(stderr, "indexed them for search in %.1f s\n", timer.elapsed() / 1000.0);
    return 0;
}

} // namespace AgentDesk
