#include "MainWindow.h"

#include "ConversationPanel.h"
#include "InboxPanel.h"
#include "services/BackendRegistry.h"

#include <QApplication>
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
    , m_conversationPanel(new ConversationPanel(parts.inbox, parts.messages, parts.controller, m_splitter))
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
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About AgentDesk"), this, [this] {
        QMessageBox::about(this, tr("About AgentDesk"),
                           tr("<b>AgentDesk %1</b><p>The desktop for customer-support agents: every "
                              "contact of every backend in one inbox.</p>")
                               .arg(QApplication::applicationVersion()));
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
        connect(b, &Backend::connectionStateChanged, this, [this, refresh](ConnectionState, const QString &detail) {
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
