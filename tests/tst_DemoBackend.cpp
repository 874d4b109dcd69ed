// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBackend.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;

namespace {

DemoOptions fast()
{
    DemoOptions o;
    o.tickMs = 0; // ticks only when the test says so
    o.backlog = 5;
    o.sendDelayMs = 10;
    o.deliveryDelayMs = 10;
    o.answerDelayMinMs = 20;
    o.answerDelayMaxMs = 30;
    return o;
}

OutboxItem reply(const QString &key, const QString &conversationRemoteId, const QString &text)
{
    OutboxItem item;
    item.idempotencyKey = key;
    item.conversationRemoteId = conversationRemoteId;
    item.kind = OutboxKind::Reply;
    item.payload = {{QStringLiteral("text"), text}};
    return item;
}

template<typename T>
QList<T> collect(const QSignalSpy &spy)
{
    QList<T> out;
    for (const auto &args : spy)
        for (const BackendEvent &e : args.first().value<EventBatch>().events)
            if (const auto *x = std::get_if<T>(&e))
                out.append(*x);
    return out;
}

} // namespace

class tst_DemoBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithTheDirectoryAndABacklog()
    {
        DemoBackend backend(fast());
        QSignalSpy events(&backend, &Backend::eventsReady);
        backend.start({});
        QCOMPARE(backend.connectionState(), ConnectionState::Connected);
        QCOMPARE(events.size(), 1);
        const auto batch = events.first().first().value<EventBatch>();
        QCOMPARE(batch.backendId, QStringLiteral("demo"));
        QVERIFY(batch.cursor.startsWith(QLatin1String("demo1;")));
        QCOMPARE(collect<Customer>(events).size(), 320);
        QCOMPARE(collect<Conversation>(events).size(), 5);
        QVERIFY(backend.capabilities().testFlag(Capability::Messaging));
        QVERIFY(!backend.capabilities().testFlag(Capability::Tickets));
    }

    void aReplyIsAcknowledgedDeliveredReadTypedAndAnswered()
    {
        DemoBackend backend(fast());
        QSignalSpy events(&backend, &Backend::eventsReady);
        backend.start({});
        const Conversation conv = collect<Conversation>(events).first();
        events.clear();
        const OutboxItem item =
            reply(QStringLiteral("k1"), conv.remoteId, QStringLiteral("Please restart the unit"));
        SendResult result;
        QObject context;
        backend.perform(item, &context, [&](const SendResult &r) { result = r; });
        QTRY_VERIFY(result.ok);
        QVERIFY(result.remoteId.startsWith(QLatin1String("dm-")));
        QTRY_VERIFY(collect<Message>(events).size() == 1);
        const auto states = collect<MessageStateChange>(events);
        QCOMPARE(states.size(), 2);
        QCOMPARE(states[0].state, DeliveryState::Delivered);
        QCOMPARE(states[1].state, DeliveryState::Read);
        QCOMPARE(states[0].messageRemoteId, result.remoteId);
        const Message answer = collect<Message>(events).first();
        QCOMPARE(answer.conversationRemoteId, conv.remoteId);
        QCOMPARE(answer.direction, Direction::Inbound);
        // The customer was seen typing before answering.
        const auto typing = collect<TypingChange>(events);
        QCOMPARE(typing.size(), 1);
        QVERIFY(typing.first().typing);
        QCOMPARE(typing.first().conversationRemoteId, conv.remoteId);

        // The same idempotency key again (a resend after a crash) is not a second message.
        SendResult again;
        const int batches = int(events.size());
        backend.perform(item, &context, [&](const SendResult &r) { again = r; });
        QTRY_VERIFY(again.ok);
        QCOMPARE(again.remoteId, result.remoteId);
        QTest::qWait(80);
        QCOMPARE(int(events.size()), batches);
    }

    // Asked for a photo, the customer sends one; it downloads in chunks with progress, can be
    // cancelled, and resumes from what it had.
    void customersSendMediaThatDownloadsWithProgress()
    {
        DemoBackend backend(fast());
        QSignalSpy events(&backend, &Backend::eventsReady);
        backend.start({});
        const Conversation conv = collect<Conversation>(events).first();
        events.clear();
        const OutboxItem item = reply(QStringLiteral("photo"), conv.remoteId,
                                      QStringLiteral("Could you send a photo of the front panel?"));
        QObject context;
        backend.perform(item, &context, [](const SendResult &) {});
        QTRY_VERIFY(!collect<Message>(events).isEmpty());
        const Message answer = collect<Message>(events).first();
        QCOMPARE(answer.attachments.size(), 1);
        QVERIFY(answer.attachments.first().mimeType.startsWith(QLatin1String("image/")));
        const Attachment photo = DemoMedia::attachment(DemoMedia::samples().first()); // several chunks
        QVERIFY(photo.size > 4 * DemoMedia::chunkBytes);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photo"));
        QList<qint64> progress;
        std::optional<QString> done;
        const quint64 id = backend.fetchAttachment(
            photo, path, &context, [&](qint64 now, qint64) { progress << now; },
            [&](const QString &error) { done = error; });
        QVERIFY(id != 0);
        QTRY_VERIFY(!progress.isEmpty());
        backend.cancelFetch(id);
        QVERIFY(done.has_value());
        QCOMPARE(*done, QStringLiteral("Cancelled."));
        const qint64 kept = QFileInfo(path + QStringLiteral(".part")).size();
        QVERIFY(kept > 0 && kept < photo.size);

        done.reset();
        progress.clear();
        backend.fetchAttachment(
            photo, path, &context, [&](qint64 now, qint64) { progress << now; },
            [&](const QString &error) { done = error; });
        QTRY_VERIFY(done.has_value());
        QVERIFY2(done->isEmpty(), qPrintable(*done));
        QVERIFY(progress.first() > kept); // resumed, not started over
        QCOMPARE(progress.last(), photo.size);
        QFile got(path);
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.size(), photo.size);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));

        // Only the demo's own files are served, whatever the reference says.
        Attachment forged = photo;
        forged.remoteRef = QStringLiteral("demo-media:../../etc/passwd");
        done.reset();
        QCOMPARE(backend.fetchAttachment(forged, path, &context, {}, [&](const QString &e) { done = e; }),
                 0u);
        QTRY_VERIFY(done.has_value());
        QVERIFY(!done->isEmpty());
    }

    void refusesToSendWhileStopped()
    {
        DemoBackend backend(fast());
        OutboxItem item;
        item.idempotencyKey = QStringLiteral("k");
        SendResult result{true, {}, {}, true};
        bool called = false;
        QObject context;
        backend.perform(item, &context, [&](const SendResult &r) {
            result = r;
            called = true;
        });
        QTRY_VERIFY(called);
        QVERIFY(!result.ok);
        QVERIFY(result.retryable);
    }

    void alertsCanBeAcknowledged()
    {
        DemoOptions o = fast();
        o.seed = 2;
        DemoBackend backend(o);
        QSignalSpy events(&backend, &Backend::eventsReady);
        backend.start({});
        for (int i = 0; i < 3000 && collect<Alert>(events).isEmpty(); ++i)
            backend.tick();
        const auto raised = collect<Alert>(events);
        QVERIFY(!raised.isEmpty());
        QVERIFY(!raised.first().acknowledged);
        events.clear();
        QString error = QStringLiteral("unset");
        QObject context;
        backend.acknowledge(raised.first().remoteId, &context, [&](const QString &e) { error = e; });
        QTRY_VERIFY(error.isEmpty());
        const auto updated = collect<Alert>(events);
        QCOMPARE(updated.size(), 1);
        QVERIFY(updated.first().acknowledged);
        backend.acknowledge(QStringLiteral("nope"), &context, [&](const QString &e) { error = e; });
        QTRY_VERIFY(!error.isEmpty());
    }

    void presenceAndStats()
    {
        DemoBackend backend(fast());
        QSignalSpy events(&backend, &Backend::eventsReady);
        backend.start({});
        events.clear();
        backend.setPresence(Presence::Busy);
        QCOMPARE(collect<PresenceChange>(events).first().presence, Presence::Busy);
        QList<QueueStats> stats;
        QObject context;
        backend.queueStats(&context, [&](const QList<QueueStats> &s, const QString &) { stats = s; });
        QTRY_COMPARE(stats.size(), 1);
        QVERIFY(stats.first().agentsAvailable > 0);
    }
};

QTEST_GUILESS_MAIN(tst_DemoBackend)
#include "tst_DemoBackend.moc"
