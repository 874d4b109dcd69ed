// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsController.h"

#include "services/Backend.h"
#include "services/BackendPlugin.h"
#include "services/BackendRegistry.h"
#include "settings/SecretStore.h"
#include "sync/SyncEngine.h"

#include <QPointer>
#include <QTimer>

namespace AgentDesk {

using namespace Domain;

AccountsController::AccountsController(QSettings &settings, SecretStore *secrets, BackendRegistry *registry,
                                       SyncEngine *sync, QObject *parent)
    : QObject(parent)
    , m_accounts(settings)
    , m_secrets(secrets)
    , m_registry(registry)
    , m_sync(sync)
{}

void AccountsController::addFactory(BackendPlugin *factory)
{
    m_factories.insert(factory->kind(), factory);
}

Backend *AccountsController::create(const BackendAccount &account, const QString &secret,
                                    QString *error) const
{
    BackendPlugin *factory = m_factories.value(account.kind);
    if (!factory) {
        *error = tr("No backend of kind \"%1\" is available for %2.").arg(account.kind, account.name);
        return nullptr;
    }
    QVariantMap settings = account.settings;
    settings.insert(QStringLiteral("name"), account.name);
    settings.insert(QStringLiteral("secret"), secret);
    Backend *backend = factory->create(account.id, settings);
    if (!backend)
        *error = tr("The %1 backend could not be created.").arg(account.kind);
    return backend;
}

void AccountsController::startAll()
{
    for (const BackendAccount &account : m_accounts.all()) {
        m_secrets->read(BackendAccounts::secretKey(account.id), this,
                        [this, account](const QString &secret, const QString &error) {
                            if (!error.isEmpty()) {
                                Q_EMIT failed(
                                    tr("The secret of %1 could not be read: %2").arg(account.name, error));
                                return;
                            }
                            registerBackend(account, secret);
                        });
    }
}

void AccountsController::registerBackend(const BackendAccount &account, const QString &secret)
{
    QString error;
    Backend *backend = create(account, secret, &error);
    if (backend && !m_registry->add(backend, &error)) {
        delete backend;
        backend = nullptr;
    }
    if (!backend) {
        Q_EMIT failed(error);
        return;
    }
    m_sync->attach(backend); // starts it from its stored cursor
    Q_EMIT backendStarted(backend);
}

void AccountsController::test(const BackendAccount &account, const QString &secret)
{
    const QString invalid = BackendAccounts::validate(account, secret);
    if (!invalid.isEmpty()) {
        Q_EMIT testFinished(false, invalid);
        return;
    }
    QString error;
    BackendAccount probe = account;
    probe.id = QStringLiteral("connection-test-%1").arg(++m_testGeneration);
    Backend *backend = create(probe, secret, &error);
    if (!backend) {
        Q_EMIT testFinished(false, error);
        return;
    }
    // Nothing it reports is kept: it is not attached to the sync engine.
    backend->setParent(this);
    auto finish = [this, backend = QPointer<Backend>(backend)](bool ok, const QString &message) {
        if (!backend)
            return;
        backend->stop();
        backend->deleteLater();
        Q_EMIT testFinished(ok, message);
    };
    connect(backend, &Backend::connectionStateChanged, this,
            [finish, name = account.name](ConnectionState state, const QString &detail) {
                if (state == ConnectionState::Connected)
                    finish(true, tr("Connected to %1.").arg(name));
                else if (state == ConnectionState::Failed || state == ConnectionState::Reconnecting)
                    finish(false, detail.isEmpty() ? tr("Could not connect to %1.").arg(name) : detail);
            });
    QTimer::singleShot(m_testTimeoutMs, backend, [finish, name = account.name] {
        finish(false, tr("%1 did not answer in time.").arg(name));
    });
    backend->start({});
}

void AccountsController::save(BackendAccount account, const QString &secret)
{
    if (account.id.isEmpty())
        account.id = m_accounts.newId(account.kind);
    const QString invalid = BackendAccounts::validate(account, secret);
    if (!invalid.isEmpty()) {
        Q_EMIT failed(invalid);
        return;
    }
    if (!m_factories.contains(account.kind)) {
        Q_EMIT failed(tr("No backend of kind \"%1\" is available.").arg(account.kind));
        return;
    }
    // The secret first: an account is never saved without the secret it needs.
    m_secrets->write(BackendAccounts::secretKey(account.id), secret, this,
                     [this, account, secret](const QString &error) {
                         if (!error.isEmpty()) {
                             Q_EMIT failed(tr("The secret could not be stored: %1").arg(error));
                             return;
                         }
                         m_accounts.save(account);
                         if (Backend *old = m_registry->backend(account.id)) {
                             old->stop();
                             m_registry->remove(account.id);
                         }
                         registerBackend(account, secret);
                         Q_EMIT saved(account);
                     });
}

void AccountsController::remove(const QString &id)
{
    if (Backend *old = m_registry->backend(id)) {
        old->stop();
        m_registry->remove(id);
    }
    m_accounts.remove(id);
    m_secrets->remove(BackendAccounts::secretKey(id), this, [this, id](const QString &error) {
        if (!error.isEmpty())
            Q_EMIT failed(tr("The secret could not be removed: %1").arg(error));
        Q_EMIT removed(id);
    });
}

} // namespace AgentDesk
