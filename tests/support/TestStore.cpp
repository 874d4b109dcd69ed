// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "store/Store.h"
#include "store/StoreDatabase.h"

#include <optional>
#include <QSignalSpy>
#include <QTest>

namespace AgentDesk::TestData {

QDateTime t0()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
}

std::unique_ptr<Store> openStore(const QString &path)
{
    auto store = std::make_unique<Store>();
    QSignalSpy opened(store.get(), &Store::opened);
    store->open(path);
    if (!opened.wait(5000) || !opened.first().at(0).toBool())
        return nullptr;
    return store;
}

QList<InboxRow> inbox(Store &store)
{
    QObject context;
    bool done = false;
    QList<InboxRow> rows;
    store.fetchInbox(&context, [&](const QList<InboxRow> &r) {
        rows = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("the store did not answer within five seconds");
    return rows;
}

qint64 scalar(Store &store, const QString &sql)
{
    QObject context;
    std::optional<qint64> out;
    store.read<qint64>(
        &context, [sql](StoreDatabase &db) { return db.sqlite().scalar(sql.toUtf8()); },
        [&](qint64 v) { out = v; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
        qWarning("the store did not answer within ten seconds");
    return out.value_or(-1);
}

Customer customer(const QString &id, const QString &name, Domain::Tier tier)
{
    Customer c;
    c.remoteId = id;
    c.name = name;
    c.tier = tier;
    c.siteId = QStringLiteral("SITE-") + id;
    c.verified = true;
    c.language = QStringLiteral("en");
    c.handles = {{Domain::Channel::Email, id + QStringLiteral("@example.com")}};
    c.products = {{QStringLiteral("Orion NAS 4-bay"), QStringLiteral("SN-") + id, c.siteId, {}, {}}};
    return c;
}

Conversation conversation(const QString &id, const QString &customerId, const QDateTime &created,
                          Domain::Channel channel)
{
    Conversation c;
    c.remoteId = id;
    c.customerRemoteId = customerId;
    c.channel = channel;
    c.createdAt = created;
    c.updatedAt = created;
    c.subject = QStringLiteral("Subject of ") + id;
    return c;
}

Message inbound(const QString &id, const QString &conversationId, const QString &text, const QDateTime &at)
{
    Message m;
    m.remoteId = id;
    m.conversationRemoteId = conversationId;
    m.direction = Domain::Direction::Inbound;
    m.authorName = QStringLiteral("Customer");
    m.text = text;
    m.sentAt = at;
    m.delivery = Domain::DeliveryState::Delivered;
    return m;
}

EventBatch redLightCase(const QString &cursor)
{
    return EventBatch{QStringLiteral("demo"),
                      {customer(QStringLiteral("c1"), QStringLiteral("Ada Lovelace"), Domain::Tier::Vip),
                       conversation(QStringLiteral("k1"), QStringLiteral("c1"), t0()),
                       inbound(QStringLiteral("m1"), QStringLiteral("k1"),
                               QStringLiteral("My NAS shows a red light"), t0()),
                       inbound(QStringLiteral("m2"), QStringLiteral("k1"),
                               QStringLiteral("Serial is SN-ORN4-123456"), t0().addSecs(30))},
                      cursor};
}

} // namespace AgentDesk::TestData
