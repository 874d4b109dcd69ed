// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QObject>

namespace AgentDesk {

// Where backend passwords and tokens live. Asynchronous: the system keychain answers over D-Bus
// and the fallback file is read off the GUI thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SecretStore() override = default;

    virtual bool isSecure() const = 0;       // false: readable by anyone who can read the profile
    virtual QString description() const = 0; // for people, shown where secrets are entered

    // done(secret, error): an empty secret and no error when nothing is stored under key.
    virtual void read(const QString &key, QObject *context, std::function<void(QString, QString)> done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       std::function<void(QString error)> done) = 0;
    virtual void remove(const QString &key, QObject *context, std::function<void(QString error)> done) = 0;

Q_SIGNALS:
    void whereChanged(); // isSecure() and description() say something new
};

} // namespace AgentDesk
