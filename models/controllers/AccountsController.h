// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/BackendAccounts.h"

#include <QHash>
#include <QObject>

class QSettings;

namespace AgentDesk {

class Backend;
class BackendPlugin;
class BackendRegistry;
class SecretStore;
class SyncEngine;

// The servers an agent added in the settings: tests a server before it is saved, keeps the
// account in the settings and its secret in the secret store, and puts its backend into the
// registry (replacing the old one when an account is edited).
class AccountsController final : public QObject
{
    Q_OBJECT

public:
    AccountsController(QSettings &settings, SecretStore *secrets, BackendRegistry *registry, SyncEngine *sync,
                       QObject *parent = nullptr);

    // Backend kinds that accounts may use, by kind ("rt"); not owned.
    void addFactory(BackendPlugin *factory);
    QStringList kinds() const { return m_factories.keys(); }
    SecretStore *secrets() const { return m_secrets; }
    QList<BackendAccount> accounts() const { return m_accounts.all(); }

    // Reads every saved account's secret and registers its backend.
    void startAll();
    // Tries to connect with these settings without saving anything; testFinished follows.
    void test(const BackendAccount &account, const QString &secret);
    // Validates, stores the secret, saves the account and (re)registers its backend.
    void save(BackendAccount account, const QString &secret);
    void remove(const QString &id);

    void setTestTimeout(int ms) { m_testTimeoutMs = ms; }

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);
    void saved(const AgentDesk::BackendAccount &account);
    void removed(const QString &id);
    void failed(const QString &error); // for people
    void backendStarted(AgentDesk::Backend *backend);

private:
    Backend *create(const BackendAccount &account, const QString &secret, QString *error) const;
    void registerBackend(const BackendAccount &account, const QString &secret);

    BackendAccounts m_accounts;
    SecretStore *m_secrets;
    BackendRegistry *m_registry;
    SyncEngine *m_sync;
    QHash<QString, BackendPlugin *> m_factories;
    int m_testTimeoutMs = 20000;
    int m_testGeneration = 0;
};

} // namespace AgentDesk
