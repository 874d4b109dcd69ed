// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>
#include <QTimer>

namespace AgentDesk {

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

QString KeychainSecretStore::description() const
{
    return tr("Secrets are kept in the system keychain.");
}

void KeychainSecretStore::probe(const QString &service, QObject *context,
                                std::function<void(bool, QString)> done, int timeoutMs)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setAutoDelete(true);
    job->setKey(QStringLiteral("agentdesk-keychain-probe"));
    auto answered = std::make_shared<bool>(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [done, answered](QKeychain::Job *j) {
        if (std::exchange(*answered, true))
            return;
        const bool available = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(available, available ? QString() : j->errorString());
    });
    QTimer::singleShot(timeoutMs, context, [done, answered] {
        if (!std::exchange(*answered, true))
            done(false, tr("The system keychain did not answer."));
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, QObject *context,
                               std::function<void(QString, QString)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        if (j->error() == QKeychain::EntryNotFound)
            done({}, {});
        else if (j->error() != QKeychain::NoError)
            done({}, tr("The system keychain refused: %1").arg(j->errorString()));
        else
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData(), {});
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                std::function<void(QString)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? QString()
                                              : tr("The system keychain refused: %1").arg(j->errorString()));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, std::function<void(QString)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : tr("The system keychain refused: %1").arg(j->errorString()));
    });
    job->start();
}

} // namespace AgentDesk
