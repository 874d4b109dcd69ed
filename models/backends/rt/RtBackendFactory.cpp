#include "RtBackendFactory.h"

#include "RtBackend.h"

namespace AgentDesk {

Backend *RtBackendFactory::create(const QString &id, const QVariantMap &settings)
{
    return new RtBackend(RtBackend::settingsFrom(id, settings));
}

} // namespace AgentDesk
