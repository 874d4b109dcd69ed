#include "XmppBackendFactory.h"

#include "XmppBackend.h"

namespace AgentDesk {

Backend *XmppBackendFactory::create(const QString &id, const QVariantMap &settings)
{
    XmppBackend::Settings s;
    s.id = id;
    s.displayName = settings.value(QStringLiteral("name")).toString();
    s.client.url = QUrl(settings.value(QStringLiteral("url")).toString());
    s.client.jid = settings.value(QStringLiteral("user")).toString();
    s.client.password = settings.value(QStringLiteral("secret")).toString();
    s.client.resource = settings.value(QStringLiteral("resource"), QStringLiteral("agentdesk")).toString();
    return new XmppBackend(s);
}

} // namespace AgentDesk
