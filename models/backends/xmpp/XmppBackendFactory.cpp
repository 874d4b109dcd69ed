// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmppBackendFactory.h"

#include "XmppBackend.h"

#include <QCryptographicHash>
#include <QSysInfo>

namespace AgentDesk {

Backend *XmppBackendFactory::create(const QString &id, const QVariantMap &settings)
{
    XmppBackend::Settings s;
    s.id = id;
    s.displayName = settings.value(QStringLiteral("name")).toString();
    s.client.url = QUrl(settings.value(QStringLiteral("url")).toString());
    s.client.jid = settings.value(QStringLiteral("user")).toString();
    s.client.password = settings.value(QStringLiteral("secret")).toString();
    s.client.caFile = settings.value(QStringLiteral("caFile")).toString();
    // One resource per machine and account: the same agent signed in on two desks must not throw
    // each other off (the server ends the older session on a resource conflict).
    const QByteArray machine = QSysInfo::machineUniqueId().isEmpty() ? QSysInfo::machineHostName().toUtf8()
                                                                     : QSysInfo::machineUniqueId();
    const QString suffix = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(machine + id.toUtf8()), QCryptographicHash::Sha1)
            .toHex()
            .left(8));
    s.client.resource =
        settings.value(QStringLiteral("resource"), QStringLiteral("agentdesk-%1").arg(suffix)).toString();
    return new XmppBackend(s);
}

} // namespace AgentDesk
