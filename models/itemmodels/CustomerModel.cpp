// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerModel.h"

#include "text/HtmlText.h"

#include "store/Store.h"

#include <QLocale>

namespace AgentDesk {

namespace {
// "SN-4821 77" and "sn482177" are the same serial read out over the phone.
QString canonical(const QString &identifier)
{
    QString out;
    for (const QChar c : identifier)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}
} // namespace

CustomerModel::CustomerModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &Store::changed, this, [this](const StoreChanges &changes) {
        if (changes.customers && !m_remoteId.isEmpty())
            reload();
    });
}

void CustomerModel::setCustomer(const QString &backendId, const QString &remoteId)
{
    if (backendId == m_backendId && remoteId == m_remoteId)
        return;
    m_backendId = backendId;
    m_remoteId = remoteId;
    beginResetModel();
    m_customer = Customer{};
    m_customer.backendId = backendId;
    m_customer.remoteId = remoteId;
    m_known = false;
    endResetModel();
    reload();
}

void CustomerModel::reload()
{
    const int generation = ++m_generation;
    m_loading = !m_remoteId.isEmpty();
    if (m_remoteId.isEmpty()) {
        Q_EMIT loaded();
        return;
    }
    m_store->fetchCustomer(m_backendId, m_remoteId, this,
                           [this, generation](const std::optional<Customer> &customer) {
                               if (generation != m_generation)
                                   return; // another conversation was opened meanwhile
                               beginResetModel();
                               m_loading = false;
                               m_known = customer.has_value();
                               if (customer)
                                   m_customer = *customer;
                               endResetModel();
                               Q_EMIT loaded();
                           });
}

CustomerModel::Check CustomerModel::checkIdentity(const QString &identifier) const
{
    const QString wanted = canonical(identifier);
    if (wanted.isEmpty())
        return {false, tr("Type the serial number or site ID the customer gives.")};
    if (!m_known)
        return {false, tr("There is no record of this customer to check against.")};
    for (const Product &p : m_customer.products)
        if (!p.serialNumber.isEmpty() && canonical(p.serialNumber) == wanted)
            return {true, tr("Matches the serial number of their %1.").arg(p.model)};
    if (!m_customer.siteId.isEmpty() && canonical(m_customer.siteId) == wanted)
        return {true, tr("Matches their site ID.")};
    for (const Product &p : m_customer.products)
        if (!p.siteId.isEmpty() && canonical(p.siteId) == wanted)
            return {true, tr("Matches the site of their %1.").arg(p.model)};
    return {false, tr("No product or site of this customer has \"%1\".").arg(identifier.trimmed())};
}

int CustomerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customer.products.size());
}

QVariant CustomerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_customer.products.size())
        return {};
    const Product &p = m_customer.products.at(index.row());
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const bool underWarranty = !p.warrantyUntil.isValid() || p.warrantyUntil >= today;
    const auto warrantyText = [&] {
        if (!p.warrantyUntil.isValid())
            return QString();
        return (underWarranty ? tr("warranty until %1") : tr("warranty ended %1"))
            .arg(QLocale().toString(p.warrantyUntil, QLocale::ShortFormat));
    };
    switch (role) {
    case Qt::DisplayRole: {
        QStringList details{p.serialNumber, warrantyText()};
        details.removeAll(QString());
        return QString(p.model + QLatin1Char('\n') + details.join(QStringLiteral(" · ")));
    }
    case Qt::ToolTipRole: {
        QStringList lines{tr("Serial number: %1").arg(p.serialNumber)};
        if (!p.siteId.isEmpty())
            lines << tr("Site: %1").arg(p.siteId);
        if (p.installedOn.isValid())
            lines << tr("Installed: %1").arg(QLocale().toString(p.installedOn, QLocale::ShortFormat));
        return HtmlText::toolTip(lines.join(QLatin1Char('\n'))); // serials and sites come from backends
    }
    case ModelRole:
        return p.model;
    case SerialRole:
        return p.serialNumber;
    case SiteRole:
        return p.siteId;
    case InstalledOnRole:
        return p.installedOn;
    case WarrantyUntilRole:
        return p.warrantyUntil;
    case UnderWarrantyRole:
        return underWarranty;
    case WarrantyTextRole:
        return warrantyText();
    default:
        return {};
    }
}

QHash<int, QByteArray> CustomerModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ModelRole, "model");
    names.insert(SerialRole, "serial");
    names.insert(SiteRole, "site");
    names.insert(InstalledOnRole, "installedOn");
    names.insert(WarrantyUntilRole, "warrantyUntil");
    names.insert(UnderWarrantyRole, "underWarranty");
    names.insert(WarrantyTextRole, "warrantyText");
    return names;
}

} // namespace AgentDesk
