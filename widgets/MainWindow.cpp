#include "MainWindow.h"
#include "AccountsDialog.h"

#include "controllers/PresenceController.h"
#include "ConversationPanel.h"
#include "InboxPanel.h"
#include "services/BackendRegistry.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace AgentDesk {

using namespace Domain;

MainWindow::MainWindow(const Parts &parts, QWidget *parent)
    : QMainWindow(parent)
    , m_parts(parts)
    , m_splitter(new QSplitter(this))
    , m_inboxPanel(new InboxPanel(parts.inboxFilter, parts.selfAgentId, m_splitter))
    , m_conversationPanel(new ConversationPanel(parts.inbox, parts.messages, parts.controller, parts.registry,
                                                parts.serviceRequests, m_splitter))
    , m_backendStatus(new QLabel(this))
{
    setWindowTitle(tr("AgentDesk"));
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_inboxPanel);
    m_splitter->addWidget(m_conversationPanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({380, 820});
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_backendStatus);
    resize(1200, 760);

    connect(m_inboxPanel, &InboxPanel::conversationSelected, m_conversationPanel,
            &ConversationPanel::showConversation);
    createMenus();
    trackBackends();
    createPresenceSelector();
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
    if (m_parts.accounts) {
        QMenu *settings = menuBar()->addMenu(tr("&Settings"));
        settings->addAction(tr("&Servers…"), this, &MainWindow::showAccounts);
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    const auto refresh = [this] {
        QStringList parts;
        for (Backend *b : m_parts.registry->backends()) {
            QString state;
            switch (b->connectionState()) {
            case ConnectionState::Connected:
                state = tr("connected");
                break;
            case ConnectionState::Connecting:
                state = tr("connecting");
                break;
            case ConnectionState::Reconnecting:
                state = tr("reconnecting");
                break;
            case ConnectionState::Failed:
                state = tr("failed");
                break;
            case ConnectionState::Disconnected:
                state = tr("offline");
                break;
            }
            parts << tr("%1: %2").arg(b->displayName(), state);
        }
        m_backendStatus->setText(parts.join(QStringLiteral("   ")));
    };
    const auto watch = [this, refresh](Backend *b) {
        connect(b, &Backend::connectionStateChanged, this,
                [this, refresh](ConnectionState, const QString &detail) {
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
