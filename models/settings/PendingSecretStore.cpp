// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingSecretStore.h"

namespace AgentDesk {

void PendingSecretStore::choose(SecretStore *chosen)
{
    Q_ASSERT(!m_chosen && chosen);
    m_chosen = chosen;
    chosen->setParent(this);
    connect(chosen, &SecretStore::whereChanged, this, &SecretStore::whereChanged);
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, request] : waiting)
        if (context)
            request(m_chosen);
    Q_EMIT whereChanged();
}

bool PendingSecretStore::isSecure() const
{
    return m_chosen && m_chosen->isSecure();
}

QString PendingSecretStore::description() const
{
    return m_chosen ? m_chosen->description() : tr("Looking for the system keychain…");
}

void PendingSecretStore::whenChosen(QObject *context, std::function<void(SecretStore *)> request)
{
    if (m_chosen)
        request(m_chosen);
    else
        m_waiting.append({QPointer<QObject>(context), std::move(request)});
}

void PendingSecretStore::read(const QString &key, QObject *context,
                              std::function<void(QString, QString)> done)
{
    whenChosen(context, [key, context, done](SecretStore *store) { store->read(key, context, done); });
}

void PendingSecretStore::write(const QString &key, const QString &secret, QObject *context,
                               std::function<void(QString)> done)
{
    whenChosen(context, [key, secret, context, done](SecretStore *store) {
        store->write(key, secret, context, done);
    });
}

void PendingSecretStore::remove(const QString &key, QObject *context, std::function<void(QString)> done)
{
    whenChosen(context, [key, context, done](SecretStore *store) { store->remove(key, context, done); });
}

} // namespace AgentDesk
