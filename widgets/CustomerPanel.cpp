// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerPanel.h"

#include "InboxDelegate.h"
#include "itemmodels/CustomerConversationsModel.h"
#include "itemmodels/CustomerModel.h"
#include "itemmodels/InboxModel.h"
#include "ProductDelegate.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace AgentDesk {

using namespace Domain;

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

CustomerPanel::CustomerPanel(CustomerModel *customer, InboxModel *inbox, const DirectoryModel *directory,
                             QWidget *parent)
    : QWidget(parent)
    , m_customer(customer)
    , m_inbox(inbox)
    , m_others(new CustomerConversationsModel(this))
    , m_name(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_channels(new QLabel(this))
    , m_check(new QLineEdit(this))
    , m_checkResult(new QLabel(this))
    , m_productsTitle(heading(tr("Products"), this))
    , m_products(new QListView(this))
    , m_othersTitle(heading(tr("Other conversations"), this))
    , m_conversations(new QListView(this))
{
    setObjectName(QStringLiteral("customerPanel"));
    m_othersTitle->setObjectName(QStringLiteral("othersTitle"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_name->setFont(big);
    for (QLabel *l : {m_name, m_identity, m_channels, m_checkResult}) {
        l->setTextFormat(Qt::PlainText); // names and handles come from customers
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_check->setObjectName(QStringLiteral("identityCheck"));
    m_check->setPlaceholderText(tr("Serial number or site ID they give"));
    m_check->setClearButtonEnabled(true);
    m_check->setToolTip(tr("Press Enter to check it against this customer's records"));
    m_check->setAccessibleName(tr("Serial number or site ID"));
    m_checkResult->setVisible(false);

    m_products->setObjectName(QStringLiteral("productView"));
    m_products->setAccessibleName(tr("Products"));
    m_products->setAccessibleDescription(
        tr("The customer's products, with their serial numbers and warranty"));
    m_products->setModel(m_customer);
    m_products->setItemDelegate(new ProductDelegate(m_products));
    m_products->setFrameShape(QFrame::NoFrame);
    m_products->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_products->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_products->setMaximumHeight(4 * (3 * fontMetrics().height() + 12) + 4);

    m_others->setSourceModel(m_inbox);
    auto *delegate = new InboxDelegate(m_conversations);
    delegate->setDirectory(directory);
    m_conversations->setObjectName(QStringLiteral("customerConversationView"));
    m_conversations->setAccessibleName(tr("The customer's other conversations"));
    m_conversations->setAccessibleDescription(tr("Open one with Enter or a double click"));
    m_conversations->setModel(m_others);
    m_conversations->setItemDelegate(delegate);
    m_conversations->setUniformItemSizes(true);
    m_conversations->setFrameShape(QFrame::NoFrame);
    m_conversations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conversations->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_conversations, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT conversationRequested(index.data(InboxModel::IdRole).toLongLong());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_name);
    layout->addWidget(m_identity);
    layout->addWidget(m_channels);
    layout->addWidget(m_check);
    layout->addWidget(m_checkResult);
    layout->addSpacing(6);
    layout->addWidget(m_productsTitle);
    layout->addWidget(m_products);
    layout->addSpacing(6);
    layout->addWidget(m_othersTitle);
    layout->addWidget(m_conversations, 1);

    connect(m_customer, &CustomerModel::loaded, this, &CustomerPanel::updateCustomer);
    // Opened before the inbox had loaded: the customer is known once it has.
    connect(m_inbox, &InboxModel::loaded, this, [this] {
        if (m_conversationId && m_customer->customer().remoteId.isEmpty())
            showConversation(m_conversationId);
    });
    // An archived conversation opened from a search hit: its row arrives a moment later.
    connect(
        m_inbox, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            const int at = m_inbox->rowOf(m_conversationId);
            if (m_conversationId && at >= first && at <= last && m_customer->customer().remoteId.isEmpty())
                showConversation(m_conversationId);
        });
    connect(m_check, &QLineEdit::returnPressed, this, &CustomerPanel::runCheck);
    connect(m_check, &QLineEdit::textChanged, m_checkResult, [this] { m_checkResult->setVisible(false); });
    const auto count = [this] { updateOthersTitle(); };
    connect(m_others, &QAbstractItemModel::rowsInserted, this, count);
    connect(m_others, &QAbstractItemModel::rowsRemoved, this, count);
    connect(m_others, &QAbstractItemModel::modelReset, this, count);
    connect(m_others, &QAbstractItemModel::layoutChanged, this, count);
    updateCustomer();
}

void CustomerPanel::showConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    const InboxRow *row = m_inbox->rowById(conversationId);
    m_others->setConversation(conversationId);
    updateOthersTitle(); // also when the new list happens to be as long as the last
    m_check->clear();
    m_customer->setCustomer(row ? row->backendId : QString(), row ? row->customerRemoteId : QString());
    updateCustomer();
}

void CustomerPanel::updateOthersTitle()
{
    m_othersTitle->setText(m_others->rowCount() ? tr("Other conversations (%1)").arg(m_others->rowCount())
                                                : tr("No other conversations"));
}

void CustomerPanel::updateCustomer()
{
    const Customer &c = m_customer->customer();
    const bool any = !c.remoteId.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_identity, m_channels, m_check, m_productsTitle,
                                                       m_products, m_othersTitle, m_conversations})
        w->setVisible(any);
    if (!any) {
        m_name->setText(tr("No customer"));
        return;
    }
    const InboxRow *row = m_inbox->rowById(m_conversationId);
    m_name->setText(!c.name.isEmpty() ? c.name : row ? row->customerName : c.remoteId);
    if (m_customer->isLoading()) { // a moment: say nothing rather than something wrong
        m_identity->clear();
        m_channels->clear();
        return;
    }
    QStringList identity{tierLabel(c.tier)};
    if (!m_customer->isKnown())
        identity << tr("no customer record");
    else if (c.verified)
        identity << (c.siteId.isEmpty() ? tr("verified") : tr("verified · site %1").arg(c.siteId));
    else
        identity << tr("not verified: ask for a serial number or site ID");
    if (!c.language.isEmpty())
        identity << QLocale(c.language).nativeLanguageName();
    m_identity->setText(identity.join(QStringLiteral(" · ")));
    QStringList handles;
    for (const ChannelHandle &h : c.handles)
        handles << tr("%1: %2").arg(channelLabel(h.channel), h.handle);
    m_channels->setText(handles.join(QLatin1Char('\n')));
    m_channels->setVisible(!handles.isEmpty());
    m_productsTitle->setText(c.products.isEmpty() ? tr("No registered products") : tr("Products"));
    m_products->setVisible(!c.products.isEmpty());
}

void CustomerPanel::runCheck()
{
    const CustomerModel::Check check = m_customer->checkIdentity(m_check->text());
    m_checkResult->setText((check.matched ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + check.what);
    QPalette pal = m_checkResult->palette();
    pal.setColor(QPalette::WindowText, check.matched ? QColor(0x2e, 0x7d, 0x32) : QColor(0xd3, 0x2f, 0x2f));
    m_checkResult->setPalette(pal);
    m_checkResult->setVisible(true);
}

} // namespace AgentDesk
