// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

class QSettings;

namespace AgentDesk {

// A server the agent added in the settings: which backend kind talks to it and how. The secret
// (password or token) is never here: it lives in a SecretStore under secretKey(id).
struct BackendAccount
{
    QString id;           // registry id, e.g. "rt-1"
    QString kind;         // "rt", ...
    QString name;         // for people
    QVariantMap settings; // url, user, auth, queue, caFile, ...
    friend bool operator==(const BackendAccount &, const BackendAccount &) = default;
};

// The accounts kept in the profile's settings.
class BackendAccounts final
{
public:
    explicit BackendAccounts(QSettings &settings)
        : m_settings(settings)
    {}

    QList<BackendAccount> all() const;
    void save(const BackendAccount &account);
    void remove(const QString &id);
    QString newId(const QString &kind) const;

    static QString secretKey(const QString &id) { return QStringLiteral("backend/") + id; }
    // What is wrong with the account, for people; empty when it can be used.
    static QString validate(const BackendAccount &account, const QString &secret);

private:
    QSettings &m_settings;
};

} // namespace AgentDesk

Q_DECLARE_METATYPE(AgentDesk::BackendAccount)
