// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// RtBackend against a real Request Tracker 5, wired as the app wires it: store, sync engine,
// outbox dispatcher and registry, together with the demo backend.
#include "controllers/AccountsController.h"
#include "controllers/ConversationController.h"
#include "DemoBackend.h"
#include "outbox/OutboxDispatcher.h"
#include "RtBackend.h"
#include "RtBackendFactory.h"
#include "RtFields.h"
#include "RtInstance.h"
#include "services/BackendRegistry.h"
#include "settings/FileSecretStore.h"
#include "store/Store.h"
#include "store/StoreDatabase.h"
#include "sync/SyncEngine.h"
#include "TestStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "TestHelpers.h"

using namespace AgentDesk;
using AgentDesk::TestData::wait;
using namespace AgentDesk::Domain;

class tst_RtBackend : public QObject
{
    Q_OBJECT

    RtInstance m_rt;
    QTemporaryDir m_dir;
    int m_n = 0;

    // One session of the app: the demo backend and RT side by side.
    struct Session
    {
        std::unique_ptr<Store> store;
        BackendRegistry registry;
        std::unique_ptr<SyncEngine> sync;
        std::unique_ptr<OutboxDispatcher> outbox;
        std::unique_ptr<ConversationController> controller;
        DemoBackend *demo = nullptr;
        RtBackend *rt = nullptr;
    };

    RtBackend::Settings rtSettings(const QString &password = QStringLiteral("agent-secret-1")) const
    {
        RtBackend::Settings s;
        s.id = QStringLiteral("rt");
        s.server = {m_rt.url(), QStringLiteral("agent"), password, RtClient::Auth::SessionCookie, {}};
        s.queue = QStringLiteral("Support");
        s.pollIntervalMs = 600000; // the tests poll when they want to, so they know what was seen
        return s;
    }

    std::unique_ptr<Session> session()
    {
        auto s = std::make_unique<Session>();
        s->store = TestData::openStore(m_dir.filePath(QStringLiteral("rt%1.sqlite3").arg(++m_n)));
        if (!s->store)
            return nullptr;
        s->sync = std::make_unique<SyncEngine>(s->store.get());
        s->outbox = std::make_unique<OutboxDispatcher>(s->store.get(), &s->registry);
        s->outbox->setBackoff(100, 500);
        s->controller = std::make_unique<ConversationController>(s->store.get());
        DemoOptions demo;
        demo.tickMs = 0;
        demo.backlog = 6;
        s->demo = new DemoBackend(demo);
        s->rt = new RtBackend(rtSettings());
        for (Backend *b : {static_cast<Backend *>(s->demo), static_cast<Backend *>(s->rt)}) {
            s->registry.add(b);
            s->sync->attach(b);
        }
        s->outbox->start();
        return s;
    }

    // Polls RT now and waits until what it reported is in the store.
    bool poll(Session &s)
    {
        QSignalSpy finished(s.rt, &RtBackend::pollFinished);
        if (s.rt->isPolling() && !finished.wait(60000)) // one that began before what the test did
            return false;
        finished.clear();
        s.rt->pollSoon();
        if (!finished.wait(60000)) {
            qWarning("no poll finished");
            return false;
        }
        const QString error = finished.last().first().toString();
        if (!error.isEmpty())
            qWarning() << "poll:" << error;
        s.sync->flush();
        storeValue<int>(s, [](StoreDatabase &) { return 0; }); // the store has applied it
        return error.isEmpty();
    }

    template<typename R>
    R storeValue(Session &s, std::function<R(StoreDatabase &)> query)
    {
        std::optional<R> out;
        s.store->read<R>(this, query, [&](R r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            qWarning("the store did not answer");
        return out.value_or(R{});
    }

    qint64 scalar(Session &s, const QString &sql)
    {
        return storeValue<qint64>(s, [sql](StoreDatabase &db) { return db.sqlite().scalar(sql.toUtf8()); });
    }

    qint64 ticketConversation(Session &s, const QString &ticketId)
    {
        return scalar(s,
                      QStringLiteral("SELECT id FROM conversations WHERE backend = 'rt' AND remote_id = '%1'")
                          .arg(ticketId));
    }

    bool waitForOutbox(Session &s, OutboxState state, int timeoutMs = 30000)
    {
        return QTest::qWaitFor(
            [&] {
                return scalar(
                           s,
                           QStringLiteral("SELECT count(*) FROM outbox WHERE state <> %1").arg(int(state))) ==
                       0;
            },
            timeoutMs);
    }

    // Someone else working in RT at the same time.
    RtClient otherAgent() const
    {
        return RtClient({m_rt.url(),
                         QStringLiteral("agent2"),
                         QStringLiteral("agent-secret-2"),
                         RtClient::Auth::SessionCookie,
                         {}});
    }

    ServiceRequest createTicket(RtClient &rt, const QString &subject,
                                const QString &content = QStringLiteral("Hello"))
    {
        ServiceRequestDraft draft{subject, QStringLiteral("Support"), QStringLiteral("ada@example.com"),
                                  content};
        auto [sr, error] =
            wait<ServiceRequest, QString>([&](auto done) { rt.createTicket(draft, this, done); });
        if (!error.isEmpty())
            qWarning() << error;
        return sr;
    }

    QList<RtAttachment> bodiesOf(const QString &ticketId)
    {
        RtClient rt = otherAgent();
        auto [bodies, error] = wait<QList<RtAttachment>, QString>(
            [&](auto done) { rt.attachments(ticketId, true, this, done); });
        return bodies;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!RtInstance::installed())
            QSKIP("Request Tracker 5 is not installed (installer/install-deps.sh --with-servers)");
        const QString error = m_rt.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_rt.stop(); }

    // The demo backend and RT in one store and one inbox; an SR made from a demo chat carries the
    // chat's transcript to RT and is linked to the chat.
    void createsAServiceRequestFromADemoConversation()
    {
        auto s = session();
        QVERIFY(s);
        QVERIFY(
            QTest::qWaitFor([&] { return s->rt->connectionState() == ConnectionState::Connected; }, 30000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return scalar(*s, QStringLiteral("SELECT count(*) FROM conversations "
                                                 "WHERE backend = 'demo'")) > 0;
            },
            10000));
        const qint64 chat =
            scalar(*s, QStringLiteral("SELECT c.id FROM conversations c JOIN customers u ON "
                                      "u.backend = c.backend AND u.remote_id = c.customer_remote_id "
                                      "WHERE c.backend = 'demo' AND u.handles LIKE '%\"email\"%' "
                                      "ORDER BY c.id LIMIT 1"));
        QVERIFY(chat);
        // The customer sent a picture that is on this machine: it goes with the SR.
        const QString chatRemoteId = storeValue<QString>(
            *s, [chat](StoreDatabase &db) { return db.reader().conversation(chat)->remoteId; });
        QTemporaryDir files;
        const QByteArray png("\x89PNG\r\n\x1a\n a photo of the front panel");
        const QString photo = TestData::writeFile(files, QStringLiteral("front-panel.png"), png);
        QVERIFY(!photo.isEmpty());
        Message withPhoto;
        withPhoto.remoteId = QStringLiteral("photo-1");
        withPhoto.conversationRemoteId = chatRemoteId;
        withPhoto.text = QStringLiteral("Here is the front panel");
        withPhoto.sentAt = QDateTime::currentDateTimeUtc();
        withPhoto.attachments = {Attachment{QStringLiteral("demo-media-1"), QStringLiteral("front-panel.png"),
                                            QStringLiteral("image/png"), png.size(), photo}};
        s->sync->submit({QStringLiteral("demo"), {withPhoto}, {}});
        s->sync->flush();
        s->controller->createServiceRequest(
            chat, QStringLiteral("rt"), QStringLiteral("NAS shows a red light"), QStringLiteral("Support"));
        QVERIFY(waitForOutbox(*s, OutboxState::Sent));
        const auto rows = storeValue<QList<ServiceRequestRow>>(
            *s, [chat](StoreDatabase &db) { return db.reader().serviceRequests(chat); });
        QCOMPARE(rows.size(), 1);
        const QString ticketId = rows[0].request.remoteId;
        QVERIFY(!ticketId.isEmpty());

        // Read back from RT itself.
        RtClient rt = otherAgent();
        auto [sr, error] =
            wait<ServiceRequest, QString>([&](auto done) { rt.fetchTicket(ticketId, this, done); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sr.subject, QStringLiteral("NAS shows a red light"));
        QVERIFY(sr.requestorRemoteId.endsWith(QLatin1String("@example.com")));
        const QString firstMessage = storeValue<QString>(
            *s, [chat](StoreDatabase &db) { return db.reader().messages(chat, 1000).first().text; });
        const auto bodies = bodiesOf(ticketId);
        QVERIFY(!bodies.isEmpty());
        QVERIFY2(bodies.first().text.contains(firstMessage), qPrintable(bodies.first().text));
        QVERIFY(bodies.first().text.contains(QLatin1String("[attachment: front-panel.png, image/png")));
        auto [ticketFiles, filesError] = wait<QList<RtAttachment>, QString>(
            [&](auto done) { rt.attachments(ticketId, false, this, done); });
        QVERIFY(std::any_of(ticketFiles.cbegin(), ticketFiles.cend(), [](const RtAttachment &a) {
            return a.fileName == QLatin1String("front-panel.png") &&
                   a.contentType == QLatin1String("image/png");
        }));

        // The poll brings the ticket in as a conversation of its own, beside the demo chats, and the
        // SR keeps its link to the chat it came from.
        QVERIFY(poll(*s));
        const qint64 thread = ticketConversation(*s, ticketId);
        QVERIFY(thread);
        const auto inbox = TestData::inbox(*s->store);
        QVERIFY(std::any_of(inbox.cbegin(), inbox.cend(),
                            [](const InboxRow &r) { return r.backendId == QLatin1String("rt"); }));
        QVERIFY(std::any_of(inbox.cbegin(), inbox.cend(),
                            [](const InboxRow &r) { return r.backendId == QLatin1String("demo"); }));
        QCOMPARE(scalar(*s, QStringLiteral("SELECT count(*) FROM service_requests")), 1);
        QCOMPARE(scalar(*s, QStringLiteral("SELECT origin_conversation_id FROM service_requests")), chat);
    }

    // Correspondence and comments become the thread; an agent reply from the outbox arrives in RT
    // once and is the same message in the store, not a copy; files come with their metadata.
    void repliesAndAttachmentsTravelBothWays()
    {
        auto s = session();
        QVERIFY(s);
        RtClient rt = otherAgent();
        const ServiceRequest t =
            createTicket(rt, QStringLiteral("Clicking disk"), QStringLiteral("It clicks."));
        QTemporaryDir files;
        const QString photo =
            TestData::writeFile(files, QStringLiteral("panel.png"), "\x89PNG\r\n\x1a\n not really a picture");
        QVERIFY(!photo.isEmpty());
        auto [attachTxn, attachError] = wait<QString, QString>([&](auto done) {
            rt.addMessage(t.remoteId, QStringLiteral("Here is the panel"), false,
                          {{"Attachments", "image/png", QStringLiteral("panel.png"), {}, photo}}, this, done);
        });
        QVERIFY2(attachError.isEmpty(), qPrintable(attachError));
        QVERIFY(poll(*s));
        const qint64 conv = ticketConversation(*s, t.remoteId);
        QVERIFY(conv);
        auto messages = storeValue<QList<Message>>(
            *s, [conv](StoreDatabase &db) { return db.reader().messages(conv, 100); });
        const auto withFile = std::find_if(messages.cbegin(), messages.cend(),
                                           [](const Message &m) { return !m.attachments.isEmpty(); });
        QVERIFY(withFile != messages.cend());
        QCOMPARE(withFile->text, QStringLiteral("Here is the panel"));
        QCOMPARE(withFile->attachments.first().fileName, QStringLiteral("panel.png"));
        QCOMPARE(withFile->attachments.first().mimeType, QStringLiteral("image/png"));
        QVERIFY(withFile->attachments.first().size > 0);

        // The file itself comes down through the backend, as the conversation view asks for it.
        const QString downloaded = files.filePath(QStringLiteral("downloaded.png"));
        std::optional<QString> fetched;
        s->rt->fetchAttachment(withFile->attachments.first(), downloaded, this, {},
                               [&](const QString &error) { fetched = error; });
        QTRY_VERIFY_WITH_TIMEOUT(fetched.has_value(), 20000);
        QVERIFY2(fetched->isEmpty(), qPrintable(*fetched));
        QFile got(downloaded);
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), QByteArray("\x89PNG\r\n\x1a\n not really a picture"));
        // Cancelled: said at once, and the late answer is dropped.
        int answers = 0;
        const quint64 id = s->rt->fetchAttachment(withFile->attachments.first(), downloaded, this, {},
                                                  [&](const QString &error) {
                                                      ++answers;
                                                      fetched = error;
                                                  });
        s->rt->cancelFetch(id);
        QCOMPARE(answers, 1);
        QCOMPARE(*fetched, QStringLiteral("Cancelled."));
        QTest::qWait(1500);
        QCOMPARE(answers, 1);

        s->controller->sendReply(conv, QStringLiteral("Thanks, a new disk is on its way."), {photo});
        s->controller->addNote(conv, QStringLiteral("Warranty checked: valid until 2027."));
        QVERIFY(waitForOutbox(*s, OutboxState::Sent));
        QVERIFY(poll(*s));
        const auto bodies = bodiesOf(t.remoteId);
        const auto count = [&](const QString &text) {
            return std::count_if(bodies.cbegin(), bodies.cend(), [&](const RtAttachment &a) {
                return a.creator == QLatin1String("agent") && a.text.trimmed() == text;
            });
        };
        QCOMPARE(count(QStringLiteral("Thanks, a new disk is on its way.")), 1);
        // The reply's file went with it.
        auto [ticketFiles, filesError] = wait<QList<RtAttachment>, QString>(
            [&](auto done) { rt.attachments(t.remoteId, false, this, done); });
        QVERIFY2(filesError.isEmpty(), qPrintable(filesError));
        QVERIFY(std::any_of(ticketFiles.cbegin(), ticketFiles.cend(), [](const RtAttachment &a) {
            return a.creator == QLatin1String("agent") && a.fileName == QLatin1String("panel.png");
        }));
        QCOMPARE(count(QStringLiteral("Warranty checked: valid until 2027.")), 1);
        messages = storeValue<QList<Message>>(
            *s, [conv](StoreDatabase &db) { return db.reader().messages(conv, 100); });
        QCOMPARE(std::count_if(messages.cbegin(), messages.cend(),
                               [](const Message &m) {
                                   return m.text == QLatin1String("Thanks, a new disk is on its way.");
                               }),
                 1);
        const auto note =
            std::find_if(messages.cbegin(), messages.cend(), [](const Message &m) { return m.internalNote; });
        QVERIFY(note != messages.cend());
        QVERIFY(!note->remoteId.isEmpty());
    }

    // Another agent changed the status after ours was last seen: our change is refused with a clear
    // message, nothing is overwritten. An unrelated change by another agent is no conflict.
    void aConcurrentEditIsAConflictAndAnUnrelatedOneIsNot()
    {
        auto s = session();
        QVERIFY(s);
        RtClient other = otherAgent();
        const ServiceRequest t = createTicket(other, QStringLiteral("Router loses VLANs"));
        QVERIFY(poll(*s));
        const qint64 conv = ticketConversation(*s, t.remoteId);
        QVERIFY(conv);

        auto [changed] = wait<RtClient::Update>([&](auto done) {
            other.updateTicket(t.remoteId, {{QStringLiteral("Priority"), 95}}, {}, this, done);
        });
        QVERIFY2(changed.error.isEmpty(), qPrintable(changed.error));
        s->controller->setStatus(conv, ConversationStatus::Pending); // unrelated to the priority
        QVERIFY(waitForOutbox(*s, OutboxState::Sent));
        auto [afterOurs, e1] =
            wait<ServiceRequest, QString>([&](auto done) { other.fetchTicket(t.remoteId, this, done); });
        QCOMPARE(afterOurs.status, QStringLiteral("stalled"));
        QCOMPARE(afterOurs.priority, 95);

        QVERIFY(poll(*s));
        auto [theirs] = wait<RtClient::Update>([&](auto done) {
            other.updateTicket(t.remoteId, {{QStringLiteral("Status"), QStringLiteral("open")}}, {}, this,
                               done);
        });
        QVERIFY2(theirs.error.isEmpty(), qPrintable(theirs.error));
        QSignalSpy failed(s->outbox.get(), &OutboxDispatcher::itemFailed);
        s->controller->setStatus(conv, ConversationStatus::Resolved); // we still see "stalled"
        QVERIFY(failed.wait(30000));
        const QString error = failed.first().at(1).toString();
        QVERIFY2(error.contains(QLatin1String("Someone else changed the status")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("open")));
        auto [final, e2] =
            wait<ServiceRequest, QString>([&](auto done) { other.fetchTicket(t.remoteId, this, done); });
        QCOMPARE(final.status, QStringLiteral("open")); // theirs stands
        // And the store shows RT's value again.
        QVERIFY(QTest::qWaitFor(
            [&] {
                poll(*s);
                return scalar(*s,
                              QStringLiteral("SELECT status FROM conversations WHERE id = %1").arg(conv)) ==
                       int(ConversationStatus::Open);
            },
            20000));
    }

    void statusOwnerPriorityAndFieldsRoundTrip()
    {
        auto s = session();
        QVERIFY(s);
        RtClient other = otherAgent();
        const ServiceRequest t = createTicket(other, QStringLiteral("UPS beeps"));
        QVERIFY(poll(*s));
        const qint64 conv = ticketConversation(*s, t.remoteId);
        QVERIFY(conv);
        s->controller->assign(conv, QStringLiteral("agent2"));
        s->controller->setPriority(conv, Priority::Urgent);
        s->controller->setServiceRequestField(conv, QStringLiteral("Severity"), QStringLiteral("high"));
        s->controller->setStatus(conv, ConversationStatus::Resolved);
        QVERIFY(waitForOutbox(*s, OutboxState::Sent));
        auto [sr, error] =
            wait<ServiceRequest, QString>([&](auto done) { other.fetchTicket(t.remoteId, this, done); });
        QCOMPARE(sr.ownerRemoteId, QStringLiteral("agent2"));
        QCOMPARE(sr.status, QStringLiteral("resolved"));
        QCOMPARE(RtFields::priorityFromRt(sr.priority), Priority::Urgent);
        QCOMPARE(sr.customFields.value(QStringLiteral("Severity")).toString(), QStringLiteral("high"));

        // Changes made in RT come back: reopened and given back to nobody.
        auto [u] = wait<RtClient::Update>([&](auto done) {
            other.updateTicket(t.remoteId,
                               {{QStringLiteral("Status"), QStringLiteral("open")},
                                {QStringLiteral("Owner"), QStringLiteral("Nobody")}},
                               {}, this, done);
        });
        QVERIFY2(u.error.isEmpty(), qPrintable(u.error));
        QVERIFY(poll(*s));
        const auto c = storeValue<std::optional<Conversation>>(
            *s, [conv](StoreDatabase &db) { return db.reader().conversation(conv); });
        QVERIFY(c);
        QCOMPARE(c->status, ConversationStatus::Open);
        QVERIFY(c->assigneeRemoteId.isEmpty());
        QCOMPARE(c->priority, Priority::Urgent);
        // The history is the timeline: status changes are system lines of the thread.
        const auto messages = storeValue<QList<Message>>(
            *s, [conv](StoreDatabase &db) { return db.reader().messages(conv, 100); });
        QVERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const Message &m) {
            return m.direction == Direction::System &&
                   m.text.contains(QLatin1String("from resolved to open"));
        }));
    }

    // A queue is a team: the queues come in as teams, and moving a conversation to another team
    // moves the ticket; labels stay in AgentDesk.
    void aTicketMovesToAnotherQueueAndLabelsStayLocal()
    {
        auto s = session();
        QVERIFY(s);
        RtClient other = otherAgent();
        const ServiceRequest t = createTicket(other, QStringLiteral("PSU fan noise"));
        QVERIFY(poll(*s));
        const qint64 conv = ticketConversation(*s, t.remoteId);
        QVERIFY(conv);
        QTRY_VERIFY(scalar(*s, QStringLiteral("SELECT count(*) FROM teams WHERE backend = 'rt'")) >= 2);
        const QString hardware = QString::number(scalar(
            *s, QStringLiteral("SELECT remote_id FROM teams WHERE backend = 'rt' AND name = 'Hardware'")));
        QVERIFY(hardware != QLatin1String("0"));
        QCOMPARE(QString::number(
                     scalar(*s, QStringLiteral("SELECT team FROM conversations WHERE id = %1").arg(conv))),
                 t.queue);
        s->controller->setTeam(conv, hardware);
        s->controller->setLabels(conv, {QStringLiteral("noise"), QStringLiteral("psu")});
        QVERIFY(waitForOutbox(*s, OutboxState::Sent));
        auto [sr, error] =
            wait<ServiceRequest, QString>([&](auto done) { other.fetchTicket(t.remoteId, this, done); });
        QCOMPARE(sr.queue, hardware);
        QVERIFY(poll(*s));
        QCOMPARE(QString::number(
                     scalar(*s, QStringLiteral("SELECT team FROM conversations WHERE id = %1").arg(conv))),
                 hardware);
        QCOMPARE(scalar(*s, QStringLiteral(
                                "SELECT count(*) FROM conversations WHERE id = %1 AND labels = 'noise' || "
                                "char(10) || 'psu'")
                                .arg(conv)),
                 1);
    }

    void searchesAndFetchesArticles()
    {
        auto s = session();
        QVERIFY(s);
        KnowledgeService *kb = s->rt->knowledge();
        auto [found, error] = wait<QList<KbArticle>, QString>(
            [&](auto done) { kb->search(QStringLiteral("VLAN"), this, done); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().backendId, QStringLiteral("rt"));
        const QString firstId = found.first().remoteId; // structured bindings are not captured (clang 14)
        auto [article, e2] = wait<KbArticle, QString>([&](auto done) { kb->fetch(firstId, this, done); });
        QVERIFY(article.body.contains(QLatin1String("Save running configuration")));
    }

    // RT goes away in the middle of a session: the agent's reply and status change wait in the
    // outbox and are delivered once RT is back, exactly once.
    void rtStoppedMidRunDeliversExactlyOnceAfterwards()
    {
        auto s = session();
        QVERIFY(s);
        RtClient other = otherAgent();
        const ServiceRequest t = createTicket(other, QStringLiteral("Power supply hums"));
        QVERIFY(poll(*s));
        const qint64 conv = ticketConversation(*s, t.remoteId);
        QVERIFY(conv);

        m_rt.stop();
        QVERIFY(!poll(*s));
        QCOMPARE(s->rt->connectionState(), ConnectionState::Reconnecting);
        s->controller->sendReply(conv, QStringLiteral("We will replace the supply."));
        s->controller->setStatus(conv, ConversationStatus::Pending);
        QTest::qWait(1500); // the dispatcher holds them while RT is away
        QCOMPARE(scalar(*s, QStringLiteral("SELECT count(*) FROM outbox WHERE state IN (0, 1)")), 2);

        const QString error = m_rt.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(poll(*s));
        QCOMPARE(s->rt->connectionState(), ConnectionState::Connected);
        QVERIFY(waitForOutbox(*s, OutboxState::Sent));
        const auto bodies = bodiesOf(t.remoteId);
        QCOMPARE(std::count_if(bodies.cbegin(), bodies.cend(),
                               [](const RtAttachment &a) {
                                   return a.creator == QLatin1String("agent") &&
                                          a.text.trimmed() == QLatin1String("We will replace the supply.");
                               }),
                 1);
        auto [sr, e] =
            wait<ServiceRequest, QString>([&](auto done) { other.fetchTicket(t.remoteId, this, done); });
        QCOMPARE(sr.status, QStringLiteral("stalled"));
    }

    // Canned answers put the same text in a ticket more than once, and RT takes no idempotency key.
    // A retry of a reply whose first attempt never reached RT is sent, not mistaken for the earlier
    // reply with that text; a retry of one whose attempt did reach RT is not sent again, even by a
    // backend started afresh (nothing of the first run in memory): the mark noted before the first
    // attempt, kept in the outbox, tells them apart.
    void aRetryTellsItsOwnReplyFromAnEarlierOneWithTheSameText()
    {
        RtClient other = otherAgent();
        const ServiceRequest t = createTicket(other, QStringLiteral("Canned answers"));
        const QString canned = QStringLiteral("Please restart the unit and tell us what the display shows.");
        auto item = [&](const QString &key) {
            OutboxItem i;
            i.idempotencyKey = key;
            i.kind = OutboxKind::Reply;
            i.conversationRemoteId = t.remoteId;
            i.payload = {{QStringLiteral("text"), canned}};
            i.createdAt = QDateTime::currentDateTimeUtc();
            return i;
        };
        auto prepare = [&](RtBackend &backend, OutboxItem &i) {
            auto [r] = wait<SendResult>([&](auto done) { backend.prepareSend(i, this, done); });
            i.sendMark = r.mark;
            return r.ok && !r.mark.isEmpty();
        };
        auto perform = [&](RtBackend &backend, const OutboxItem &i) {
            auto [r] = wait<SendResult>([&](auto done) { backend.perform(i, this, done); });
            return r;
        };
        const auto correspondences = [&] {
            const auto bodies = bodiesOf(t.remoteId);
            return std::count_if(bodies.cbegin(), bodies.cend(), [&](const RtAttachment &a) {
                return a.creator == QLatin1String("agent") && a.text.trimmed() == canned;
            });
        };

        RtBackend first(rtSettings());
        OutboxItem a = item(QStringLiteral("canned-1"));
        QVERIFY(prepare(first, a));
        const SendResult sentA = perform(first, a);
        QVERIFY2(sentA.ok, qPrintable(sentA.error));
        QVERIFY(!sentA.remoteId.isEmpty()); // RT named the transaction
        // The second reply with that text: its first attempt was cut before it reached RT, and the
        // app was restarted since.
        OutboxItem b = item(QStringLiteral("canned-2"));
        QVERIFY(prepare(first, b));
        b.attempts = 1;
        RtBackend second(rtSettings());
        const SendResult sentB = perform(second, b);
        QVERIFY2(sentB.ok, qPrintable(sentB.error));
        QVERIFY(sentB.remoteId.toLongLong() > sentA.remoteId.toLongLong());
        QCOMPARE(correspondences(), 2);

        // The third one's attempt reached RT, and the app died before it heard so.
        OutboxItem c = item(QStringLiteral("canned-3"));
        QVERIFY(prepare(first, c));
        RtClient agent(rtSettings().server);
        auto [reached, error] = wait<QString, QString>(
            [&](auto done) { agent.addMessage(t.remoteId, canned, false, {}, this, done); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(correspondences(), 3);
        c.attempts = 1;
        RtBackend restarted(rtSettings());
        const SendResult sentC = perform(restarted, c);
        QVERIFY2(sentC.ok, qPrintable(sentC.error));
        QCOMPARE(sentC.remoteId, reached);
        QCOMPARE(correspondences(), 3);
    }

    // The settings page's path: test the server, save it, and its tickets arrive in the inbox.
    void anAccountIsTestedSavedAndRegistered()
    {
        auto s = session();
        QVERIFY(s);
        QSettings ini(m_dir.filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat);
        FileSecretStore secrets(m_dir.filePath(QStringLiteral("secrets.json")));
        RtBackendFactory factory;
        AccountsController accounts(ini, &secrets, &s->registry, s->sync.get());
        accounts.addFactory(&factory);
        BackendAccount account{{},
                               QStringLiteral("rt"),
                               QStringLiteral("Helpdesk"),
                               {{QStringLiteral("url"), m_rt.url().toString()},
                                {QStringLiteral("user"), QStringLiteral("agent2")},
                                {QStringLiteral("queue"), QStringLiteral("Support")}}};

        QSignalSpy tested(&accounts, &AccountsController::testFinished);
        accounts.test(account, QStringLiteral("wrong"));
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY2(tested.last().at(1).toString().contains(QLatin1String("did not accept")),
                 qPrintable(tested.last().at(1).toString()));
        accounts.test(account, QStringLiteral("agent-secret-2"));
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.last().at(0).toBool(), qPrintable(tested.last().at(1).toString()));
        QCOMPARE(s->registry.backends().size(), 2); // a test registers nothing

        QSignalSpy saved(&accounts, &AccountsController::saved);
        accounts.save(account, QStringLiteral("agent-secret-2"));
        QVERIFY(saved.wait(10000));
        const QString id = saved.first().first().value<BackendAccount>().id;
        QCOMPARE(id, QStringLiteral("rt-1"));
        QVERIFY(s->registry.backend(id));
        QFile settingsFile(ini.fileName());
        ini.sync();
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains("agent-secret-2")); // the secret is not in the settings
        QVERIFY(QTest::qWaitFor(
            [&] {
                return scalar(*s, QStringLiteral(
                                      "SELECT count(*) FROM conversations WHERE backend = 'rt-1'")) > 0;
            },
            30000));
    }

    // Resuming from a cursor an hour old (a laptop back from a meeting): changes since are found.
    // RT reads "N seconds ago" with a four-digit N as a year, which once hid them.
    void resumesFromAnOldCursor()
    {
        RtClient other = otherAgent();
        const ServiceRequest t = createTicket(other, QStringLiteral("Changed while the app was closed"));
        QVERIFY(!t.remoteId.isEmpty());
        RtBackend rt(rtSettings());
        QStringList reported;
        connect(&rt, &Backend::eventsReady, this, [&](const EventBatch &batch) {
            for (const BackendEvent &e : batch.events)
                if (const auto *sr = std::get_if<ServiceRequest>(&e))
                    reported << sr->remoteId;
        });
        QSignalSpy finished(&rt, &RtBackend::pollFinished);
        rt.start(QDateTime::currentDateTimeUtc().addSecs(-3300).toString(Qt::ISODate)); // asks for ~3600 s
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toString().isEmpty(),
                 qPrintable(finished.first().first().toString()));
        QVERIFY(reported.contains(t.remoteId));
    }

    void aWrongPasswordIsAClearFailure()
    {
        RtBackend rt(rtSettings(QStringLiteral("not-the-password")));
        QSignalSpy finished(&rt, &RtBackend::pollFinished);
        rt.start({});
        QVERIFY(finished.wait(30000));
        QCOMPARE(rt.connectionState(), ConnectionState::Failed);
        QVERIFY2(finished.first().first().toString().contains(
                     QLatin1String("did not accept the user name or password")),
                 qPrintable(finished.first().first().toString()));
    }

    void aWrongUrlIsAClearFailure_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing listening")
            << QStringLiteral("http://127.0.0.1:9") << QStringLiteral("127.0.0.1");
        QTest::newRow("not RT there") << QStringLiteral("%1/not-rt") << QStringLiteral("Not found");
    }
    void aWrongUrlIsAClearFailure()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        RtBackend::Settings settings = rtSettings();
        settings.server.baseUrl =
            QUrl(url.contains(QLatin1String("%1")) ? url.arg(m_rt.url().toString()) : url);
        RtBackend rt(settings);
        QSignalSpy finished(&rt, &RtBackend::pollFinished);
        rt.start({});
        QVERIFY(finished.wait(30000));
        QVERIFY(rt.connectionState() != ConnectionState::Connected);
        const QString error = finished.first().first().toString();
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // Ticket content is text: HTML is shown as its text, scripts never run nor show as markup.
    void htmlAndScriptsInTicketsAreShownAsText()
    {
        auto s = session();
        QVERIFY(s);
        RtClient other = otherAgent();
        const ServiceRequest plain = createTicket(other, QStringLiteral("Plain with markup"),
                                                  QStringLiteral("<b>bold?</b> <script>alert(1)</script>"));
        QJsonObject body{
            {QStringLiteral("Content"),
             QStringLiteral("<p>Hello <b>there</b></p><script>alert('x')</script><p>Bye &amp; thanks</p>")},
            {QStringLiteral("ContentType"), QStringLiteral("text/html")}};
        // An HTML reply, as mail clients send it.
        HttpClient http;
        HttpRequest request =
            HttpRequest::json(HttpRequest::Method::Post,
                              QUrl(m_rt.url().toString() +
                                   QStringLiteral("/REST/2.0/ticket/%1/correspond").arg(plain.remoteId)),
                              QJsonDocument(body));
        request.setHeader("Authorization", "token " + m_rt.token().toLatin1());
        auto [r] = wait<HttpResponse>([&](auto done) { http.send(request, this, done); });
        QVERIFY2(r.status == 201 || r.ok(), r.body.constData());
        QVERIFY(poll(*s));
        const qint64 conv = ticketConversation(*s, plain.remoteId);
        const auto messages = storeValue<QList<Message>>(
            *s, [conv](StoreDatabase &db) { return db.reader().messages(conv, 100); });
        QVERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const Message &m) {
            return m.text == QLatin1String("<b>bold?</b> <script>alert(1)</script>"); // literally, as typed
        }));
        QVERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const Message &m) {
            return m.text == QLatin1String("Hello there\nBye & thanks");
        }));
    }
};

QTEST_GUILESS_MAIN(tst_RtBackend)
#include "tst_RtBackend.moc"
