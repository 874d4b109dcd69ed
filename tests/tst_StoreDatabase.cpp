// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreDatabase.h"
#include "TestStore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

class tst_StoreDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StoreDatabase> m_db;
    int m_n = 0;

    static EventBatch basics() { return redLightCase(QStringLiteral("cursor-2")); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<StoreDatabase>();
        QString error;
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("s%1.sqlite3").arg(++m_n)), &error),
                 qPrintable(error));
    }

    void appliesABatchAndSummarisesTheConversation()
    {
        const StoreChanges changes = m_db->applyBatch(basics());
        QVERIFY(changes.rejected.isEmpty());
        QVERIFY(changes.customers);
        QCOMPARE(changes.conversations.size(), 1);
        const auto rows = m_db->reader().inboxRows();
        QCOMPARE(rows.size(), 1);
        const InboxRow &r = rows.first();
        QCOMPARE(r.customerName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(r.tier, Tier::Vip);
        QCOMPARE(r.messageCount, 2);
        QCOMPARE(r.unreadCount, 2);
        QCOMPARE(r.lastPreview, QStringLiteral("Serial is SN-ORN4-123456"));
        QCOMPARE(r.waitingSince, t0()); // the first unanswered message
        QCOMPARE(m_db->cursor(QStringLiteral("demo")), QStringLiteral("cursor-2"));
    }

    void theSameEventTwiceChangesNothing()
    {
        m_db->applyBatch(basics());
        QVERIFY(m_db->takeSearchQueued());
        const auto before = m_db->reader().inboxRows();
        const StoreChanges again = m_db->applyBatch(basics());
        QVERIFY2(again.isEmpty(), "replaying a batch must not report changes");
        QCOMPARE(m_db->reader().inboxRows(), before);
        QCOMPARE(m_db->reader().messageCount(), 2);
        QVERIFY2(!m_db->takeSearchQueued(), "nothing changed for the search index either");
        QCOMPARE(m_db->sqlite().scalar("SELECT count(*) FROM search_queue"), 1);
    }

    void anOlderConversationUpdateDoesNotOverwriteANewerOne()
    {
        m_db->applyBatch(basics());
        Conversation newer = conversation(QStringLiteral("k1"), QStringLiteral("c1"), t0());
        newer.status = ConversationStatus::Resolved;
        newer.updatedAt = t0().addSecs(600);
        QVERIFY(!m_db->applyBatch({QStringLiteral("demo"), {newer}, {}}).conversations.isEmpty());
        Conversation older = newer;
        older.status = ConversationStatus::Pending;
        older.updatedAt = t0().addSecs(300);
        QVERIFY(m_db->applyBatch({QStringLiteral("demo"), {older}, {}}).isEmpty());
        QCOMPARE(m_db->reader().inboxRows().first().status, ConversationStatus::Resolved);
    }

    void rowsOfTwoBackendsLiveSideBySide()
    {
        m_db->applyBatch(basics());
        EventBatch other = basics();
        other.backendId = QStringLiteral("rt");
        const StoreChanges changes = m_db->applyBatch(other);
        QVERIFY(changes.rejected.isEmpty());
        const auto rows = m_db->reader().inboxRows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(m_db->reader().messageCount(), 4);
        QCOMPARE(m_db->cursor(QStringLiteral("rt")), QStringLiteral("cursor-2"));
    }

    void aMessageForAnUnknownConversationIsRejectedAndTheRestApplied()
    {
        EventBatch b = basics();
        b.events.append(inbound(QStringLiteral("m9"), QStringLiteral("nope"), QStringLiteral("lost"), t0()));
        const StoreChanges changes = m_db->applyBatch(b);
        QCOMPARE(changes.rejected.size(), 1);
        QVERIFY(changes.rejected.first().contains(QLatin1String("unknown conversation")));
        QCOMPARE(m_db->reader().messageCount(), 2);
    }

    void deliveryOnlyMovesForward()
    {
        m_db->applyBatch(basics());
        StoreChanges c;
        QString error;
        OutboxRequest r;
        r.idempotencyKey = QStringLiteral("key-1");
        r.conversationId = m_db->reader().inboxRows().first().id;
        r.text = QStringLiteral("Please restart it");
        const OutboxItem item = m_db->enqueue(r, c, &error);
        QVERIFY(item.id);
        m_db->markSending(item.id);
        m_db->markSent(item.id, QStringLiteral("srv-1"));
        m_db->applyBatch(
            {QStringLiteral("demo"),
             {MessageStateChange{
                 QStringLiteral("k1"), QStringLiteral("srv-1"), {}, DeliveryState::Delivered, {}}},
             {}});
        // A late "sent" receipt must not undo "delivered".
        const StoreChanges late = m_db->applyBatch(
            {QStringLiteral("demo"),
             {MessageStateChange{QStringLiteral("k1"), QStringLiteral("srv-1"), {}, DeliveryState::Sent, {}}},
             {}});
        QVERIFY(late.isEmpty());
        const auto messages = m_db->reader().messages(r.conversationId, 10);
        QCOMPARE(messages.last().delivery, DeliveryState::Delivered);
        QCOMPARE(messages.last().remoteId, QStringLiteral("srv-1"));
        QCOMPARE(m_db->outbox().item(item.id).state, OutboxState::Delivered);
    }

    void theEchoOfOurOwnMessageMergesIntoIt()
    {
        m_db->applyBatch(basics());
        const qint64 conv = m_db->reader().inboxRows().first().id;
        StoreChanges c;
        QString error;
        OutboxRequest r{QStringLiteral("key-echo"), conv, OutboxKind::Reply, QStringLiteral("On my way")};
        m_db->enqueue(r, c, &error);
        Message echo;
        echo.remoteId = QStringLiteral("srv-77");
        echo.clientKey = QStringLiteral("key-echo");
        echo.conversationRemoteId = QStringLiteral("k1");
        echo.direction = Direction::Outbound;
        echo.text = QStringLiteral("On my way");
        echo.sentAt = t0().addSecs(60);
        echo.delivery = DeliveryState::Sent;
        m_db->applyBatch({QStringLiteral("demo"), {echo}, {}});
        const auto messages = m_db->reader().messages(conv, 10);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.last().remoteId, QStringLiteral("srv-77"));
        QCOMPARE(messages.last().delivery, DeliveryState::Sent);
    }

    void replyingStopsTheWaitingClockAndNotesDoNot()
    {
        m_db->applyBatch(basics());
        const qint64 conv = m_db->reader().inboxRows().first().id;
        StoreChanges c;
        QString error;
        m_db->enqueue({QStringLiteral("n1"), conv, OutboxKind::Note, QStringLiteral("VIP, be quick")}, c,
                      &error);
        QVERIFY(m_db->reader().inboxRows().first().waitingSince.isValid());
        QCOMPARE(m_db->reader().inboxRows().first().lastPreview, QStringLiteral("Serial is SN-ORN4-123456"));
        m_db->enqueue({QStringLiteral("r1"), conv, OutboxKind::Reply, QStringLiteral("Looking into it")}, c,
                      &error);
        QVERIFY(!m_db->reader().inboxRows().first().waitingSince.isValid());
        QCOMPARE(m_db->reader().inboxRows().first().lastDirection, Direction::Outbound);
    }

    // The customer typing is on the inbox row until they stop or their message arrives; the same
    // state twice is no change.
    void typingIsShownUntilTheMessageArrives()
    {
        m_db->applyBatch(basics());
        const QDateTime at = t0().addSecs(60);
        const TypingChange typing{QStringLiteral("k1"), true, at};
        StoreChanges c = m_db->applyBatch({QStringLiteral("demo"), {typing}, {}});
        QCOMPARE(c.conversations.size(), 1);
        InboxRow row = m_db->reader().inboxRows().first();
        QCOMPARE(row.customerTypingAt, at);
        QVERIFY(row.customerTyping(at.addSecs(5)));
        QVERIFY(!row.customerTyping(at.addSecs(InboxRow::typingStaleSeconds))); // gone quiet
        QVERIFY(m_db->applyBatch({QStringLiteral("demo"), {typing}, {}}).isEmpty());

        m_db->applyBatch({QStringLiteral("demo"), {TypingChange{QStringLiteral("k1"), false, at}}, {}});
        QVERIFY(!m_db->reader().inboxRows().first().customerTypingAt.isValid());

        m_db->applyBatch({QStringLiteral("demo"), {typing}, {}});
        m_db->applyBatch({QStringLiteral("demo"),
                          {inbound(QStringLiteral("m3"), QStringLiteral("k1"), QStringLiteral("here it is"),
                                   at.addSecs(3))},
                          {}});
        row = m_db->reader().inboxRows().first();
        QVERIFY(!row.customerTypingAt.isValid());
        QCOMPARE(row.lastPreview, QStringLiteral("here it is"));
        // Typing in a conversation not known yet changes nothing.
        QVERIFY(
            m_db->applyBatch({QStringLiteral("demo"), {TypingChange{QStringLiteral("nope"), true, at}}, {}})
                .conversations.isEmpty());
    }

    // A reply's files are copied beside the store when queued: the agent deleting the original
    // loses nothing. A missing file is refused with its name, and a reply of only files is fine.
    void aReplyKeepsACopyOfItsFiles()
    {
        m_db->applyBatch(basics());
        const qint64 conv = m_db->reader().inboxRows().first().id;
        const QString original = m_dir.filePath(QStringLiteral("front panel.png"));
        {
            QFile f(original);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(1000, 'p'));
        }
        StoreChanges c;
        QString error;
        const OutboxItem item = m_db->enqueue(
            {.idempotencyKey = QStringLiteral("f1"), .conversationId = conv, .files = {original}}, c, &error);
        QVERIFY2(item.id, qPrintable(error));
        QFile::remove(original);
        const QVariantList sent = item.payload.value(QStringLiteral("attachments")).toList();
        QCOMPARE(sent.size(), 1);
        const QVariantMap a = sent.first().toMap();
        QCOMPARE(a.value(QStringLiteral("fileName")).toString(), QStringLiteral("front panel.png"));
        QCOMPARE(a.value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/png"));
        QCOMPARE(a.value(QStringLiteral("size")).toLongLong(), 1008);
        const QString copy = a.value(QStringLiteral("path")).toString();
        QVERIFY(copy.contains(QLatin1String("/outgoing/f1/")));
        QCOMPARE(QFileInfo(copy).size(), 1008);
        const Message m = m_db->reader().messages(conv, 10).last();
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.first().localPath, copy);
        QCOMPARE(m.delivery, DeliveryState::Queued);

        const OutboxItem missing = m_db->enqueue({.idempotencyKey = QStringLiteral("f2"),
                                                  .conversationId = conv,
                                                  .text = QStringLiteral("see attached"),
                                                  .files = {m_dir.filePath(QStringLiteral("nowhere.jpg"))}},
                                                 c, &error);
        QCOMPARE(missing.id, 0);
        QVERIFY2(error.contains(QLatin1String("nowhere.jpg")), qPrintable(error));
        QCOMPARE(m_db->reader().messages(conv, 10).size(), 3);
    }

    // A draft per conversation; empty text drops it, and it goes with its conversation.
    void aDownloadedAttachmentIsRecorded()
    {
        EventBatch b = basics();
        Message photo =
            inbound(QStringLiteral("m9"), QStringLiteral("k1"), QStringLiteral("see"), t0().addSecs(90));
        photo.attachments = {Attachment{
            QStringLiteral("ref-1"), QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"), 1234, {}}};
        b.events.append(photo);
        m_db->applyBatch(b);
        const qint64 conv = m_db->reader().inboxRows().first().id;
        const Message stored = m_db->reader().messages(conv, 10).last();
        QCOMPARE(stored.attachments.size(), 1);
        const Attachment a = stored.attachments.first();
        QVERIFY(a.id > 0);
        QVERIFY(a.localPath.isEmpty());
        const QString cached = QStringLiteral("/cache/ab/ab12.jpg");
        const StoreChanges c = m_db->setAttachmentLocalPath(a.id, cached);
        QVERIFY(c.messages.value(conv).contains(stored.id)); // the message is shown again
        QCOMPARE(m_db->reader().messages(conv, 10).last().attachments.first().localPath, cached);
        QVERIFY(m_db->setAttachmentLocalPath(a.id, cached).isEmpty());       // nothing changed
        QVERIFY(m_db->setAttachmentLocalPath(a.id + 100, cached).isEmpty()); // no such attachment
    }

    void draftsAreKeptPerConversation()
    {
        m_db->applyBatch(basics());
        const qint64 conv = m_db->reader().inboxRows().first().id;
        QCOMPARE(m_db->draft(conv), QString());
        m_db->saveDraft(conv, QStringLiteral("Dear Ada, "));
        m_db->saveDraft(conv, QStringLiteral("Dear Ada, the unit"));
        QCOMPARE(m_db->draft(conv), QStringLiteral("Dear Ada, the unit"));
        m_db->saveDraft(conv + 1000, QStringLiteral("nowhere")); // no such conversation: nothing kept
        QCOMPARE(m_db->draft(conv + 1000), QString());
        m_db->saveDraft(conv, QStringLiteral("  "));
        QCOMPARE(m_db->draft(conv), QString());
    }

    void badRequestsAreRefusedAndLeaveNothing()
    {
        m_db->applyBatch(basics());
        const qint64 conv = m_db->reader().inboxRows().first().id;
        StoreChanges c;
        QString error;
        QVERIFY(
            !m_db->enqueue({QStringLiteral("e1"), conv, OutboxKind::Reply, QStringLiteral("   ")}, c, &error)
                 .id);
        QVERIFY(error.contains(QLatin1String("empty")));
        QVERIFY(
            !m_db->enqueue({QStringLiteral("e2"), 4242, OutboxKind::Reply, QStringLiteral("hi")}, c, &error)
                 .id);
        QVERIFY(error.contains(QLatin1String("no longer exists")));
        QCOMPARE(m_db->reader().messageCount(), 2);
        QVERIFY(m_db->outbox().pending().isEmpty());
    }

    void enqueueingTheSameKeyTwiceKeepsOneItem()
    {
        m_db->applyBatch(basics());
        const qint64 conv = m_db->reader().inboxRows().first().id;
        StoreChanges c;
        QString error;
        const OutboxRequest r{QStringLiteral("dup"), conv, OutboxKind::Reply, QStringLiteral("once")};
        const OutboxItem a = m_db->enqueue(r, c, &error);
        const OutboxItem b = m_db->enqueue(r, c, &error);
        QCOMPARE(a.id, b.id);
        QCOMPARE(m_db->reader().messageCount(), 3);
    }

    void theOutboxSurvivesARestart()
    {
        const QString path = m_db->path();
        m_db->applyBatch(basics());
        const qint64 conv = m_db->reader().inboxRows().first().id;
        StoreChanges c;
        QString error;
        const OutboxItem first =
            m_db->enqueue({QStringLiteral("a"), conv, OutboxKind::Reply, QStringLiteral("one")}, c, &error);
        const OutboxItem second =
            m_db->enqueue({QStringLiteral("b"), conv, OutboxKind::Reply, QStringLiteral("two")}, c, &error);
        m_db->markSending(first.id); // the app dies while this one is on the wire
        m_db.reset();

        m_db = std::make_unique<StoreDatabase>();
        QVERIFY(m_db->open(path, &error));
        const auto pending = m_db->outbox().pending();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].state, OutboxState::Queued);
        QCOMPARE(pending[0].attempts, 1);
        QCOMPARE(pending[0].payload.value(QStringLiteral("text")).toString(), QStringLiteral("one"));
        // One conversation's replies leave in order: only the first is due.
        const auto due = m_db->outbox().due(QDateTime::currentDateTimeUtc().addSecs(1), 10);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().id, first.id);
        QCOMPARE(due.first().conversationRemoteId, QStringLiteral("k1"));
        m_db->markSending(first.id);
        m_db->markSent(first.id, QStringLiteral("x"));
        QCOMPARE(m_db->outbox().due(QDateTime::currentDateTimeUtc().addSecs(1), 10).first().id, second.id);
    }

    void failuresAreRecordedAndCanBeRetried()
    {
        m_db->applyBatch(basics());
        const qint64 conv = m_db->reader().inboxRows().first().id;
        StoreChanges c;
        QString error;
        const OutboxItem item =
            m_db->enqueue({QStringLiteral("f"), conv, OutboxKind::Reply, QStringLiteral("hi")}, c, &error);
        m_db->markSending(item.id);
        m_db->markFailed(item.id, QStringLiteral("conversation closed by the customer"), {});
        QCOMPARE(m_db->outbox().item(item.id).state, OutboxState::Failed);
        auto last = m_db->reader().messages(conv, 10).last();
        QCOMPARE(last.delivery, DeliveryState::Failed);
        QCOMPARE(last.error, QStringLiteral("conversation closed by the customer"));
        QVERIFY(m_db->outbox().due(QDateTime::currentDateTimeUtc().addSecs(5), 10).isEmpty());
        m_db->retry(item.id);
        QCOMPARE(m_db->outbox().due(QDateTime::currentDateTimeUtc().addSecs(5), 10).size(), 1);
        last = m_db->reader().messages(conv, 10).last();
        QCOMPARE(last.delivery, DeliveryState::Queued);
        QVERIFY(last.error.isEmpty());
    }

    // A service request made from a chat: stored at once with the transcript the customer saw,
    // linked to the chat, and given its remote id whichever of confirmation and report comes first.
    void aServiceRequestIsCreatedFromAConversation_data()
    {
        QTest::addColumn<bool>("reportedFirst");
        QTest::newRow("confirmed, then reported") << false;
        QTest::newRow("reported, then confirmed") << true;
    }
    void aServiceRequestIsCreatedFromAConversation()
    {
        QFETCH(bool, reportedFirst);
        Customer ada = customer(QStringLiteral("c1"), QStringLiteral("Ada Lovelace"), Tier::Vip);
        ada.handles = {{Channel::Email, QStringLiteral("ada@example.com")}};
        EventBatch batch = basics();
        batch.events[0] = ada;
        m_db->applyBatch(batch);
        const qint64 conv = m_db->reader().inboxRows().first().id;
        StoreChanges c;
        QString error;
        m_db->enqueue({QStringLiteral("note"), conv, OutboxKind::Note, QStringLiteral("secret: VIP")}, c,
                      &error);
        OutboxRequest r{.idempotencyKey = QStringLiteral("sr-1"),
                        .conversationId = conv,
                        .kind = OutboxKind::CreateServiceRequest,
                        .targetBackendId = QStringLiteral("rt"),
                        .fields = {{QStringLiteral("subject"), QStringLiteral("NAS red light")},
                                   {QStringLiteral("queue"), QStringLiteral("Support")}}};
        c = {};
        const OutboxItem item = m_db->enqueue(r, c, &error);
        QVERIFY2(item.id, qPrintable(error));
        QVERIFY(c.serviceRequests);
        QCOMPARE(item.backendId, QStringLiteral("rt")); // sent by the ticketing backend
        QCOMPARE(item.payload.value(QStringLiteral("requestor")).toString(),
                 QStringLiteral("ada@example.com"));
        const QString content = item.payload.value(QStringLiteral("content")).toString();
        QVERIFY2(content.startsWith(QLatin1String("Conversation with Ada Lovelace")), qPrintable(content));
        QVERIFY(content.contains(QLatin1String("UTC] Customer: My NAS shows a red light")));
        QVERIFY(content.contains(QLatin1String("SN-ORN4-123456")));
        QVERIFY(!content.contains(QLatin1String("secret"))); // internal notes stay inside

        auto rows = m_db->reader().serviceRequests(conv);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].request.subject, QStringLiteral("NAS red light"));
        QVERIFY(rows[0].request.remoteId.isEmpty());
        QCOMPARE(rows[0].creation, OutboxState::Queued);

        ServiceRequest reported;
        reported.remoteId = QStringLiteral("12");
        reported.subject = QStringLiteral("NAS red light");
        reported.status = QStringLiteral("new");
        reported.queue = QStringLiteral("Support");
        reported.etag = QStringLiteral("\"e1\"");
        reported.conversationRemoteId = QStringLiteral("12");
        if (reportedFirst)
            m_db->applyBatch({QStringLiteral("rt"), {reported}, {}});
        m_db->markSending(item.id);
        m_db->markSent(item.id, QStringLiteral("12"));
        if (!reportedFirst)
            m_db->applyBatch({QStringLiteral("rt"), {reported}, {}});

        rows = m_db->reader().serviceRequests(conv);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].request.remoteId, QStringLiteral("12"));
        QCOMPARE(rows[0].request.status, QStringLiteral("new"));
        QCOMPARE(rows[0].request.originConversationId, conv);
        QVERIFY(!rows[0].creation.has_value());
        QCOMPARE(m_db->sqlite().scalar("SELECT count(*) FROM service_requests"), 1);
    }

    void aServiceRequestNeedsATargetAndASubject()
    {
        m_db->applyBatch(basics());
        const qint64 conv = m_db->reader().inboxRows().first().id;
        StoreChanges c;
        QString error;
        QVERIFY(!m_db->enqueue({.idempotencyKey = QStringLiteral("x"),
                                .conversationId = conv,
                                .kind = OutboxKind::CreateServiceRequest},
                               c, &error)
                     .id);
        QVERIFY(error.contains(QLatin1String("system")));
        QCOMPARE(m_db->sqlite().scalar("SELECT count(*) FROM service_requests"), 0);
        // Without a subject of its own, the request takes the conversation's.
        const OutboxItem item = m_db->enqueue({.idempotencyKey = QStringLiteral("y"),
                                               .conversationId = conv,
                                               .kind = OutboxKind::CreateServiceRequest,
                                               .targetBackendId = QStringLiteral("rt")},
                                              c, &error);
        QCOMPARE(item.payload.value(QStringLiteral("subject")).toString(),
                 m_db->reader().conversation(conv)->subject.simplified());
    }

    // Edits carry what the agent saw, so a backend can tell a real conflict from an unrelated change.
    void editsOfATicketThreadCarryThePreviousValueAndTheEtag()
    {
        Conversation ticket = conversation(QStringLiteral("7"), QStringLiteral("c1"), t0(), Channel::Email);
        ServiceRequest sr;
        sr.remoteId = QStringLiteral("7");
        sr.conversationRemoteId = QStringLiteral("7");
        sr.subject = QStringLiteral("Disk clicking");
        sr.etag = QStringLiteral("\"v1\"");
        sr.customFields = {{QStringLiteral("Severity"), QStringLiteral("low")}};
        m_db->applyBatch(
            {QStringLiteral("rt"), {customer(QStringLiteral("c1"), QStringLiteral("Ada")), ticket, sr}, {}});
        const qint64 conv = m_db->reader().inboxRows().first().id;
        StoreChanges c;
        QString error;
        const OutboxItem status = m_db->enqueue({.idempotencyKey = QStringLiteral("s"),
                                                 .conversationId = conv,
                                                 .kind = OutboxKind::SetStatus,
                                                 .status = ConversationStatus::Resolved},
                                                c, &error);
        QCOMPARE(status.payload.value(QStringLiteral("from")).toInt(), int(ConversationStatus::Open));
        QCOMPARE(status.payload.value(QStringLiteral("etag")).toString(), QStringLiteral("\"v1\""));
        const OutboxItem field =
            m_db->enqueue({.idempotencyKey = QStringLiteral("f"),
                           .conversationId = conv,
                           .kind = OutboxKind::SetField,
                           .fields = {{QStringLiteral("field"), QStringLiteral("Severity")},
                                      {QStringLiteral("value"), QStringLiteral("high")}}},
                          c, &error);
        QVERIFY2(field.id, qPrintable(error));
        QCOMPARE(field.payload.value(QStringLiteral("from")).toString(), QStringLiteral("low"));
        QCOMPARE(field.payload.value(QStringLiteral("value")).toString(), QStringLiteral("high"));
        // The local effect shows at once.
        QCOMPARE(m_db->reader()
                     .serviceRequest(QStringLiteral("rt"), QStringLiteral("7"))
                     ->customFields.value(QStringLiteral("Severity")),
                 QVariant(QStringLiteral("high")));
        // A conversation without a service request has no fields to change.
        m_db->applyBatch(basics());
        const qint64 chat = m_db->sqlite().scalar("SELECT id FROM conversations WHERE backend = 'demo'");
        QVERIFY(!m_db->enqueue({.idempotencyKey = QStringLiteral("g"),
                                .conversationId = chat,
                                .kind = OutboxKind::SetField,
                                .fields = {{QStringLiteral("field"), QStringLiteral("Severity")}}},
                               c, &error)
                     .id);
        QVERIFY(error.contains(QLatin1String("no service request")));
    }

    void teamAndLabelsAreTheAgentsUntilDelivered()
    {
        Conversation chat = conversation(QStringLiteral("k"), QStringLiteral("c1"), t0());
        chat.teamRemoteId = QStringLiteral("hw");
        m_db->applyBatch({QStringLiteral("demo"), {chat}, {}});
        const qint64 conv = m_db->reader().inboxRows().first().id;
        StoreChanges c;
        QString error;
        const OutboxItem team = m_db->enqueue({.idempotencyKey = QStringLiteral("t"),
                                               .conversationId = conv,
                                               .kind = OutboxKind::SetTeam,
                                               .teamRemoteId = QStringLiteral("sw")},
                                              c, &error);
        QVERIFY2(team.id, qPrintable(error));
        QCOMPARE(team.payload.value(QStringLiteral("from")).toString(), QStringLiteral("hw"));
        const OutboxItem labels =
            m_db->enqueue({.idempotencyKey = QStringLiteral("l"),
                           .conversationId = conv,
                           .kind = OutboxKind::SetLabels,
                           .labels = {QStringLiteral(" refund "), QStringLiteral("Billing"),
                                      QStringLiteral("REFUND"), QStringLiteral("two\nlines"), QString()}},
                          c, &error);
        QVERIFY2(labels.id, qPrintable(error));
        const QStringList expected{QStringLiteral("Billing"), QStringLiteral("refund"),
                                   QStringLiteral("two lines")};
        QCOMPARE(labels.payload.value(QStringLiteral("labels")).toStringList(), expected);
        QCOMPARE(labels.payload.value(QStringLiteral("from")).toStringList(), QStringList());
        InboxRow row = m_db->reader().inboxRows().first();
        QCOMPARE(row.teamRemoteId, QStringLiteral("sw"));
        QCOMPARE(row.labels, expected);

        // The backend has not heard of the move yet: its report keeps the agent's team.
        chat.updatedAt = t0().addSecs(60);
        chat.subject = QStringLiteral("changed");
        m_db->applyBatch({QStringLiteral("demo"), {chat}, {}});
        row = m_db->reader().inboxRows().first();
        QCOMPARE(row.subject, QStringLiteral("changed"));
        QCOMPARE(row.teamRemoteId, QStringLiteral("sw"));
        QCOMPARE(row.labels, expected); // no backend reports labels
        // Once delivered, the backend's word is the truth again.
        m_db->outbox().markSent(team.id, {}, c);
        chat.updatedAt = t0().addSecs(120);
        m_db->applyBatch({QStringLiteral("demo"), {chat}, {}});
        QCOMPARE(m_db->reader().inboxRows().first().teamRemoteId, QStringLiteral("hw"));

        // An over-long label and a team of nobody are refused and change nothing.
        QVERIFY(!m_db->enqueue({.idempotencyKey = QStringLiteral("l2"),
                                .conversationId = conv,
                                .kind = OutboxKind::SetLabels,
                                .labels = {QString(Domain::maxLabelLength + 1, QLatin1Char('x'))}},
                               c, &error)
                     .id);
        QVERIFY(error.contains(QLatin1String("at most")));
        QVERIFY(!m_db->enqueue({.idempotencyKey = QStringLiteral("t2"),
                                .conversationId = conv,
                                .kind = OutboxKind::SetTeam},
                               c, &error)
                     .id);
        QCOMPARE(m_db->reader().inboxRows().first().labels, expected);
    }

    // Messages added, edited or deleted are listed for the search index as id ranges, one row
    // per run of ids, in commit order; entries the index has read are dropped by the next write.
    void changedMessagesAreQueuedForTheSearchIndex()
    {
        m_db->applyBatch(basics());
        SqliteStatement &q =
            m_db->sqlite().statement("SELECT seq, first_id, last_id FROM search_queue ORDER BY seq");
        QVERIFY(q.step());
        const qint64 first = q.int64(0);
        QCOMPARE(q.int64(2) - q.int64(1), 1); // both messages, one row
        QVERIFY(!q.step());
        q.reset();
        const qint64 m1 = m_db->sqlite().scalar("SELECT id FROM messages WHERE remote_id = 'm1'");
        m_db->applyBatch({QStringLiteral("demo"),
                          {inbound(QStringLiteral("m1"), QStringLiteral("k1"),
                                   QStringLiteral("My NAS shows a blue light"), t0())},
                          {}});
        QCOMPARE(m_db->sqlite().scalar("SELECT count(*) FROM search_queue WHERE first_id = last_id"), 1);
        QCOMPARE(m_db->sqlite().scalar("SELECT max(last_id) FROM search_queue WHERE seq > 1"), m1);

        m_db->noteSearchIndexed(first);
        QCOMPARE(m_db->sqlite().scalar("SELECT count(*) FROM search_queue"), 2); // until a write
        m_db->markConversationRead(m_db->reader().inboxRows().first().id);
        QCOMPARE(m_db->sqlite().scalar("SELECT count(*) FROM search_queue"), 1);
    }

    void customersAreFoundByNameSiteAndSerial()
    {
        m_db->applyBatch(basics());
        QCOMPARE(m_db->reader().searchCustomers(QStringLiteral("lovelace"), 5).size(), 1);
        QCOMPARE(m_db->reader().searchCustomers(QStringLiteral("SN-c1"), 5).size(), 1);
        const auto c = m_db->reader().customer(QStringLiteral("demo"), QStringLiteral("c1"));
        QVERIFY(c.has_value());
        QCOMPARE(c->products.size(), 1);
        QCOMPARE(c->handles.first().handle, QStringLiteral("c1@example.com"));
    }

    void messagesPageBackwardsInTime()
    {
        EventBatch b{
            QStringLiteral("demo"), {conversation(QStringLiteral("k"), QStringLiteral("c"), t0())}, {}};
        for (int i = 0; i < 25; ++i)
            b.events.append(inbound(QStringLiteral("p%1").arg(i), QStringLiteral("k"),
                                    QStringLiteral("n%1").arg(i), t0().addSecs(i)));
        m_db->applyBatch(b);
        const qint64 conv = m_db->reader().inboxRows().first().id;
        const auto newest = m_db->reader().messages(conv, 10);
        QCOMPARE(newest.size(), 10);
        QCOMPARE(newest.first().text, QStringLiteral("n15"));
        QCOMPARE(newest.last().text, QStringLiteral("n24"));
        const auto older =
            m_db->reader().messages(conv, 10, newest.first().sentAt.toMSecsSinceEpoch(), newest.first().id);
        QCOMPARE(older.first().text, QStringLiteral("n5"));
        QCOMPARE(older.last().text, QStringLiteral("n14"));
    }

    void markingReadClearsUnread()
    {
        m_db->applyBatch(basics());
        const qint64 conv = m_db->reader().inboxRows().first().id;
        QCOMPARE(m_db->markConversationRead(conv).conversations.size(), 1);
        QCOMPARE(m_db->reader().inboxRows().first().unreadCount, 0);
        QVERIFY(m_db->markConversationRead(conv).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_StoreDatabase)
#include "tst_StoreDatabase.moc"
