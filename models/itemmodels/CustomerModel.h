// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Customer.h"
#include "store/StoreChanges.h"

#include <QAbstractListModel>

namespace AgentDesk {

class Store;

// The customer of the open conversation, as the store has them: identity, tier and channels as
// properties, their products as the rows. Follows store changes to customers.
class CustomerModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ModelRole = Qt::UserRole + 1, // the product model, e.g. "Orion NAS 4-bay"
        SerialRole,
        SiteRole,
        InstalledOnRole,
        WarrantyUntilRole,
        UnderWarrantyRole, // false once the warranty date has passed; true when none is known
        WarrantyTextRole,  // "warranty until …" / "warranty ended …"; empty when none is known
    };
    Q_ENUM(Role)

    explicit CustomerModel(Store *store, QObject *parent = nullptr);

    void setCustomer(const QString &backendId, const QString &remoteId);
    bool isKnown() const { return m_known; } // the store has a record of them
    bool isLoading() const { return m_loading; }
    const Customer &customer() const { return m_customer; }

    // What an identifier the customer gave (a serial number or a site ID) matches among their
    // records, for verifying them on a call or chat. Spaces, dashes and case do not matter.
    struct Check
    {
        bool matched = false;
        QString what; // for people: which product or site it matched, or why not
    };
    Check checkIdentity(const QString &identifier) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setToday(const QDate &today) { m_today = today; } // tests pin the date

Q_SIGNALS:
    void loaded();

private:
    void reload();

    Store *m_store;
    QString m_backendId;
    QString m_remoteId;
    Customer m_customer;
    bool m_known = false;
    bool m_loading = false;
    QDate m_today;
    int m_generation = 0;
};

} // namespace AgentDesk
