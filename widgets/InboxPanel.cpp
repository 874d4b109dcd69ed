#include "InboxPanel.h"

#include "InboxDelegate.h"
#include "itemmodels/InboxFilterModel.h"
#include "itemmodels/InboxModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace AgentDesk {

using namespace Domain;

InboxPanel::InboxPanel(InboxFilterModel *model, const QString &selfAgentId, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_selfAgentId(selfAgentId)
    , m_views(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_clock(new QTimer(this))
{
    m_views->setObjectName(QStringLiteral("inboxViews"));
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_filter->setObjectName(QStringLiteral("inboxFilter"));
    m_views->addItems({tr("All open"), tr("Mine"), tr("Unassigned"), tr("Resolved")});
    m_filter->setPlaceholderText(tr("Filter by customer, subject or message"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new InboxDelegate(m_view));
    m_view->setUniformItemSizes(true); // every row has the same height: fast with 100k rows
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_views);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_views, &QComboBox::currentIndexChanged, this, &InboxPanel::applyView);
    connect(m_filter, &QLineEdit::textChanged, m_model, &InboxFilterModel::setText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT conversationSelected(current.isValid() ? current.data(InboxModel::IdRole).toLongLong()
                                                              : 0);
            });
    // On the first load, open the top of the queue: that is where an agent starts.
    const auto openTop = [this] {
        if (m_openedFirst || m_model->rowCount() == 0)
            return;
        m_openedFirst = true;
        m_view->setCurrentIndex(m_model->index(0, 0));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, openTop);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, openTop);
    // SLA countdowns and waiting times move on without new data.
    m_clock->setInterval(15000);
    connect(m_clock, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));
    m_clock->start();
}

void InboxPanel::applyView(int index)
{
    const QList<ConversationStatus> active{ConversationStatus::Open, ConversationStatus::Pending,
                                           ConversationStatus::Snoozed};
    switch (index) {
    case 1:
        m_model->setStatuses(active);
        m_model->setAssignee(m_selfAgentId);
        break;
    case 2:
        m_model->setStatuses(active);
        m_model->setAssignee(QString());
        break;
    case 3:
        m_model->setStatuses({ConversationStatus::Resolved});
        m_model->setAssignee(std::nullopt);
        break;
    default:
        m_model->setStatuses(active);
        m_model->setAssignee(std::nullopt);
        break;
    }
}

qint64 InboxPanel::currentConversation() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(InboxModel::IdRole).toLongLong() : 0;
}

void InboxPanel::selectConversation(qint64 conversationId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row, 0);
        if (i.data(InboxModel::IdRole).toLongLong() == conversationId) {
            m_view->setCurrentIndex(i);
            m_view->scrollTo(i);
            return;
        }
    }
}

} // namespace AgentDesk
