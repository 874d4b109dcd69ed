// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: what a backend reports, through the validator and into the store, as the sync engine
// hands it over. The store must take every event the validator accepts (a refusal of an event that
// names an unknown conversation aside), and never throw.
#include "store/StoreDatabase.h"
#include "sync/EventValidator.h"

#include <cstdint>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

using namespace AgentDesk;
using namespace AgentDesk::Domain;

namespace {

QString text(FuzzedDataProvider &in, size_t max = 40)
{
    if (in.ConsumeBool())
        return {}; // optional fields left out entirely
    return QString::fromStdString(in.ConsumeRandomLengthString(max));
}

// Ids from a small pool, so events refer to one another.
QString id(FuzzedDataProvider &in, const char *prefix)
{
    if (in.ConsumeIntegralInRange(0, 15) == 0)
        return text(in);
    return QLatin1String(prefix) + QString::number(in.ConsumeIntegralInRange(0, 3));
}

QDateTime when(FuzzedDataProvider &in)
{
    if (in.ConsumeIntegralInRange(0, 7) == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(in.ConsumeIntegralInRange<qint64>(-1, 4102444800000LL), Qt::UTC);
}

template<typename Enum>
Enum anyOf(FuzzedDataProvider &in)
{
    return Enum(in.ConsumeIntegralInRange(-1, 9));
}

BackendEvent event(FuzzedDataProvider &in)
{
    switch (in.ConsumeIntegralInRange(0, 9)) {
    case 0: {
        Customer c;
        c.remoteId = id(in, "c");
        c.name = text(in);
        c.tier = anyOf<Tier>(in);
        c.siteId = text(in);
        c.verified = in.ConsumeBool();
        c.language = text(in, 5);
        for (int n = in.ConsumeIntegralInRange(0, 2); n > 0; --n)
            c.products.append(Product{text(in), text(in), text(in), QDate(), QDate()});
        for (int n = in.ConsumeIntegralInRange(0, 2); n > 0; --n)
            c.handles.append({anyOf<Channel>(in), text(in)});
        return c;
    }
    case 1:
        return Agent{{}, id(in, "a"), text(in), id(in, "t"), anyOf<Presence>(in)};
    case 2:
        return Team{{}, id(in, "t"), text(in)};
    case 3: {
        Conversation c;
        c.remoteId = id(in, "k");
        c.customerRemoteId = id(in, "c");
        c.channel = anyOf<Channel>(in);
        c.status = anyOf<ConversationStatus>(in);
        c.priority = anyOf<Priority>(in);
        c.assigneeRemoteId = text(in);
        c.teamRemoteId = text(in);
        c.subject = text(in);
        c.slaDueAt = when(in);
        c.createdAt = when(in);
        c.updatedAt = when(in);
        return c;
    }
    case 4: {
        Message m;
        m.remoteId = in.ConsumeBool() ? id(in, "m") : QString();
        m.clientKey = in.ConsumeBool() ? id(in, "key") : QString();
        m.conversationRemoteId = id(in, "k");
        m.direction = anyOf<Direction>(in);
        m.authorName = text(in);
        m.text = text(in, 200);
        m.internalNote = in.ConsumeBool();
        m.sentAt = when(in);
        m.delivery = anyOf<DeliveryState>(in);
        m.error = text(in);
        for (int n = in.ConsumeIntegralInRange(0, 2); n > 0; --n)
            m.attachments.append(
                Attachment{text(in), text(in), text(in), in.ConsumeIntegralInRange<qint64>(-1, 1 << 30), {}});
        return m;
    }
    case 5:
        return MessageStateChange{id(in, "k"), in.ConsumeBool() ? id(in, "m") : QString(),
                                  in.ConsumeBool() ? id(in, "key") : QString(), anyOf<DeliveryState>(in),
                                  text(in)};
    case 6:
        return PresenceChange{id(in, "a"), anyOf<Presence>(in)};
    case 7: {
        Alert a;
        a.remoteId = id(in, "al");
        a.customerRemoteId = id(in, "c");
        a.productSerial = text(in);
        a.severity = anyOf<AlertSeverity>(in);
        a.title = text(in);
        a.body = text(in, 200);
        a.raisedAt = when(in);
        a.acknowledged = in.ConsumeBool();
        return a;
    }
    case 8: {
        ServiceRequest r;
        r.remoteId = id(in, "sr");
        r.clientKey = in.ConsumeBool() ? id(in, "key") : QString();
        r.subject = text(in);
        r.queue = text(in);
        r.status = text(in);
        r.ownerRemoteId = text(in);
        r.requestorRemoteId = text(in);
        r.priority = in.ConsumeIntegral<int>();
        r.conversationRemoteId = in.ConsumeBool() ? id(in, "k") : QString();
        r.createdAt = when(in);
        r.updatedAt = when(in);
        r.dueAt = when(in);
        r.etag = text(in);
        if (in.ConsumeBool())
            r.customFields.insert(text(in), text(in));
        return r;
    }
    default:
        return TypingChange{id(in, "k"), in.ConsumeBool(), when(in)};
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static StoreDatabase *store = [] {
        auto *db = new StoreDatabase;
        QString error;
        if (!db->open(QStringLiteral(":memory:"), &error))
            std::abort();
        return db;
    }();
    FuzzedDataProvider in(data, size);
    EventBatch batch{QStringLiteral("fuzz"), {}, {}};
    while (in.remaining_bytes() > 0 && batch.events.size() < 64) {
        const BackendEvent e = event(in);
        if (EventValidator::validate(e).isEmpty())
            batch.events.append(e);
    }
    batch.cursor = text(in);
    try {
        const StoreChanges changes = store->applyBatch(batch);
        for (const QString &reason : changes.rejected)
            if (!reason.contains(QLatin1String("unknown conversation")))
                __builtin_trap(); // the validator accepted what the store refused
    } catch (...) {
        __builtin_trap();
    }
    return 0;
}
