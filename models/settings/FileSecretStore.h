// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QMutex>

namespace AgentDesk {

// The fallback where no system keychain runs (a server, a minimal desktop, CI): a JSON file in the
// profile, readable by its owner only, and labelled as unencrypted wherever secrets are entered.
class FileSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit FileSecretStore(const QString &path, QObject *parent = nullptr);

    bool isSecure() const override { return false; }
    QString description() const override;
    void read(const QString &key, QObject *context, std::function<void(QString, QString)> done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               std::function<void(QString)> done) override;
    void remove(const QString &key, QObject *context, std::function<void(QString)> done) override;

    QString path() const { return m_path; }

private:
    // Runs f on the thread pool and done with its result on context's thread (not at all once
    // context is gone).
    template<typename R>
    void runAsync(std::function<R()> f, QObject *context, std::function<void(R)> done);

    QString m_path;
    std::shared_ptr<QMutex> m_mutex = std::make_shared<QMutex>();
};

} // namespace AgentDesk
