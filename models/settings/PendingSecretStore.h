// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QList>
#include <QPointer>

namespace AgentDesk {

// The secret store to use before it is known which one that is: asking the system keychain
// whether it runs can take seconds (a D-Bus timeout), and the window must not wait for it.
// Requests made meanwhile wait here, in order, and go to the chosen store once choose() names it.
class PendingSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    // Takes the chosen store (re-parented to this) and hands it what waited. Once only.
    void choose(SecretStore *chosen);
    SecretStore *chosen() const { return m_chosen; }

    bool isSecure() const override;
    QString description() const override;
    void read(const QString &key, QObject *context, std::function<void(QString, QString)> done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               std::function<void(QString)> done) override;
    void remove(const QString &key, QObject *context, std::function<void(QString)> done) override;

private:
    // Runs now if a store is chosen, else when it is; never once context is gone.
    void whenChosen(QObject *context, std::function<void(SecretStore *)> request);

    SecretStore *m_chosen = nullptr;
    QList<std::pair<QPointer<QObject>, std::function<void(SecretStore *)>>> m_waiting;
};

} // namespace AgentDesk
