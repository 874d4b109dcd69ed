// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

namespace AgentDesk {

// Secrets in the system keychain (the Secret Service of GNOME Keyring or KWallet) via QtKeychain.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    // done(true) when a keychain answers on this desktop, within timeoutMs.
    static void probe(const QString &service, QObject *context,
                      std::function<void(bool available, QString why)> done, int timeoutMs = 3000);

    bool isSecure() const override { return true; }
    QString description() const override;
    void read(const QString &key, QObject *context, std::function<void(QString, QString)> done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               std::function<void(QString)> done) override;
    void remove(const QString &key, QObject *context, std::function<void(QString)> done) override;

private:
    QString m_service;
};

} // namespace AgentDesk
