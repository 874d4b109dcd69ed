// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackendAccounts.h"

#include "text/Translate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace AgentDesk {

namespace {

const QString group = QStringLiteral("accounts");

QString tr(const char *text)
{
    return translateIn("AgentDesk::BackendAccounts", text);
}

} // namespace

QList<BackendAccount> BackendAccounts::all() const
{
    QList<BackendAccount> out;
    m_settings.beginGroup(group);
    for (const QString &id : m_settings.childGroups()) {
        m_settings.beginGroup(id);
        BackendAccount a{id,
                         m_settings.value(QStringLiteral("kind")).toString(),
                         m_settings.value(QStringLiteral("name")).toString(),
                         {}};
        for (const QString &key : m_settings.childKeys())
            if (key != QLatin1String("kind") && key != QLatin1String("name"))
                a.settings.insert(key, m_settings.value(key));
        m_settings.endGroup();
        out.append(a);
    }
    m_settings.endGroup();
    return out;
}

void BackendAccounts::save(const BackendAccount &a)
{
    m_settings.beginGroup(group);
    m_settings.remove(a.id);
    m_settings.beginGroup(a.id);
    m_settings.setValue(QStringLiteral("kind"), a.kind);
    m_settings.setValue(QStringLiteral("name"), a.name);
    for (auto it = a.settings.cbegin(); it != a.settings.cend(); ++it)
        if (it.key() != QLatin1String("secret")) // never in the settings file
            m_settings.setValue(it.key(), it.value());
    m_settings.endGroup();
    m_settings.endGroup();
}

void BackendAccounts::remove(const QString &id)
{
    m_settings.beginGroup(group);
    m_settings.remove(id);
    m_settings.endGroup();
}

QString BackendAccounts::newId(const QString &kind) const
{
    const QList<BackendAccount> accounts = all();
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(kind).arg(n);
        if (std::none_of(accounts.cbegin(), accounts.cend(),
                         [&](const BackendAccount &a) { return a.id == id; }))
            return id;
    }
}

QString BackendAccounts::validate(const BackendAccount &a, const QString &secret)
{
    if (a.name.trimmed().isEmpty())
        return tr("Give the server a name.");
    const QUrl url(a.settings.value(QStringLiteral("url")).toString().trimmed(), QUrl::StrictMode);
    const QString user = a.settings.value(QStringLiteral("user")).toString().trimmed();
    if (a.kind == QLatin1String("xmpp")) {
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("wss") && url.scheme() != QLatin1String("ws")))
            return tr(
                "The address must be a WebSocket address such as wss://chat.example.com/xmpp-websocket.");
        if (!user.contains(QLatin1Char('@')) || user.startsWith(QLatin1Char('@')) ||
            user.endsWith(QLatin1Char('@')))
            return tr("Enter the agent's address (JID), such as agent@chat.example.com.");
    } else {
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return tr("The address must be a web address such as https://rt.example.com.");
        if (user.isEmpty() && a.settings.value(QStringLiteral("auth")).toString() != QLatin1String("token"))
            return tr("Enter the user name.");
    }
    if (secret.isEmpty())
        return a.settings.value(QStringLiteral("auth")).toString() == QLatin1String("token")
                   ? tr("Enter the auth token.")
                   : tr("Enter the password.");
    const QString ca = a.settings.value(QStringLiteral("caFile")).toString();
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable())
        return tr("The CA file %1 cannot be read.").arg(ca);
    return {};
}

} // namespace AgentDesk
