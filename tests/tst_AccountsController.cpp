// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's accounts of every kind at once: a real Request Tracker and a real prosody, saved as
// the Servers page saves them, beside the embedded demo backend, all in one store and one inbox.
#include "controllers/AccountsController.h"
#include "controllers/ConversationController.h"
#include "DemoBackend.h"
#include "itemmodels/InboxModel.h"
#include "outbox/OutboxDispatcher.h"
#include "ProsodyInstance.h"
#include "RtBackendFactory.h"
#include "RtClient.h"
#include "RtInstance.h"
#include "services/BackendRegistry.h"
#include "settings/FileSecretStore.h"
#include "store/Store.h"
#include "store/StoreDatabase.h"
#include "sync/SyncEngine.h"
#include "TestHelpers.h"
#include "TestStore.h"
#include "XmppBackendFactory.h"
#include "XmppClient.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using AgentDesk::TestData::wait;

class tst_AccountsController : public QObject
{
    Q_OBJECT

    RtInstance m_rt;
    ProsodyInstance m_prosody{{QStringLiteral("agent:agent-pw"), QStringLiteral("ada:ada-pw")}};
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        if (!RtInstance::installed() || !ProsodyInstance::installed())
            QSKIP("Request Tracker 5 or prosody is not installed (installer/install-deps.sh --with-servers)");
        QString error = m_rt.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_prosody.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_rt.stop();
        m_prosody.stop();
    }

    // Demo chats, an RT ticket and an XMPP customer's chat land in one inbox; an SR made from the
    // XMPP chat goes to RT. A restarted app brings both servers back from the saved accounts.
    void everyKindInOneInbox()
    {
        // A customer wrote to RT before the app started.
        RtClient other({m_rt.url(),
                        QStringLiteral("agent2"),
                        QStringLiteral("agent-secret-2"),
                        RtClient::Auth::SessionCookie,
                        {}});
        auto [ticket, ticketError] = wait<ServiceRequest, QString>([&](auto done) {
            other.createTicket({QStringLiteral("Backup job fails nightly"), QStringLiteral("Support"),
                                QStringLiteral("bob@example.com"), QStringLiteral("Error 0x80070005")},
                               this, done);
        });
        QVERIFY2(ticketError.isEmpty(), qPrintable(ticketError));

        auto store = TestData::openStore(m_dir.filePath(QStringLiteral("inbox.sqlite3")));
        QVERIFY(store);
        BackendRegistry registry;
        SyncEngine sync(store.get());
        OutboxDispatcher outbox(store.get(), &registry);
        outbox.setBackoff(100, 500);
        ConversationController controller(store.get());
        DemoOptions demoOptions;
        demoOptions.tickMs = 0;
        demoOptions.backlog = 5;
        auto *demo = new DemoBackend(demoOptions);
        registry.add(demo);
        sync.attach(demo);
        outbox.start();

        QSettings ini(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        FileSecretStore secrets(m_dir.filePath(QStringLiteral("secrets.json")));
        RtBackendFactory rtFactory;
        XmppBackendFactory xmppFactory;
        AccountsController accounts(ini, &secrets, &registry, &sync);
        accounts.addFactory(&rtFactory);
        accounts.addFactory(&xmppFactory);
        QSignalSpy saved(&accounts, &AccountsController::saved);
        accounts.save({{},
                       QStringLiteral("rt"),
                       QStringLiteral("Helpdesk"),
                       {{QStringLiteral("url"), m_rt.url().toString()},
                        {QStringLiteral("user"), QStringLiteral("agent")},
                        {QStringLiteral("queue"), QStringLiteral("Support")}}},
                      QStringLiteral("agent-secret-1"));
        QVERIFY(saved.wait(10000));
        accounts.save({{},
                       QStringLiteral("xmpp"),
                       QStringLiteral("Web chat"),
                       {{QStringLiteral("url"), m_prosody.webSocketUrl().toString()},
                        {QStringLiteral("user"), QStringLiteral("agent@localhost")}}},
                      QStringLiteral("agent-pw"));
        QVERIFY(saved.size() == 2 || saved.wait(10000));
        const QString rtId = saved.at(0).first().value<BackendAccount>().id;
        const QString xmppId = saved.at(1).first().value<BackendAccount>().id;
        QVERIFY(registry.backend(rtId) && registry.backend(xmppId));
        QTRY_COMPARE_WITH_TIMEOUT(registry.backend(xmppId)->connectionState(), ConnectionState::Connected,
                                  20000);

        XmppClient customer;
        customer.connectToServer({m_prosody.webSocketUrl(), QStringLiteral("ada@localhost"),
                                  QStringLiteral("ada-pw"), QStringLiteral("phone")});
        QTRY_COMPARE_WITH_TIMEOUT(customer.state(), XmppClient::State::Online, 20000);
        customer.send(XmppElement{QStringLiteral("presence"), {}, {}, {}, {}});
        customer.sendChat(QStringLiteral("agent@localhost"), QStringLiteral("My NAS shows a red light"));

        // One inbox, three backends.
        InboxModel inbox(store.get());
        const auto backendsInInbox = [&] {
            sync.flush();
            QSignalSpy loaded(&inbox, &InboxModel::loaded);
            inbox.reload();
            loaded.wait(5000);
            QSet<QString> seen;
            for (int row = 0; row < inbox.rowCount(); ++row)
                seen.insert(inbox.index(row).data(InboxModel::BackendRole).toString());
            return seen;
        };
        QVERIFY(QTest::qWaitFor(
            [&] {
                return backendsInInbox() == QSet<QString>{QStringLiteral("demo"), rtId, xmppId};
            },
            30000));
        QCOMPARE(TestData::scalar(
                     *store, QStringLiteral("SELECT count(*) FROM conversations WHERE backend = '%1' AND "
                                            "subject LIKE '%% Backup job fails nightly'")
                                 .arg(rtId)),
                 1);

        // An SR in RT from the XMPP chat.
        const qint64 chat = TestData::scalar(
            *store, QStringLiteral(
                        "SELECT id FROM conversations WHERE backend = '%1' AND remote_id = 'ada@localhost'")
                        .arg(xmppId));
        controller.createServiceRequest(chat, rtId, QStringLiteral("NAS red light"),
                                        QStringLiteral("Support"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return TestData::scalar(
                           *store,
                           QStringLiteral("SELECT count(*) FROM service_requests WHERE backend = '%1' "
                                          "AND subject = 'NAS red light' AND remote_id IS NOT NULL")
                               .arg(rtId)) == 1;
            },
            30000));
        const qint64 srId =
            TestData::scalar(*store, QStringLiteral("SELECT CAST(remote_id AS INTEGER) FROM service_requests "
                                                    "WHERE subject = 'NAS red light'"));
        auto [created, fetchError] = wait<ServiceRequest, QString>(
            [&](auto done) { other.fetchTicket(QString::number(srId), this, done); });
        QVERIFY2(fetchError.isEmpty(), qPrintable(fetchError));
        QCOMPARE(created.subject, QStringLiteral("NAS red light"));

        // The next start of the app brings both servers back from what was saved.
        for (const QString &id : {rtId, xmppId})
            registry.backend(id)->stop(); // this session ends
        BackendRegistry again;
        SyncEngine syncAgain(store.get());
        AccountsController restarted(ini, &secrets, &again, &syncAgain);
        restarted.addFactory(&rtFactory);
        restarted.addFactory(&xmppFactory);
        restarted.startAll();
        QTRY_VERIFY_WITH_TIMEOUT(again.backend(rtId) && again.backend(xmppId), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(again.backend(xmppId)->connectionState(), ConnectionState::Connected,
                                  20000);
    }
};

QTEST_GUILESS_MAIN(tst_AccountsController)
#include "tst_AccountsController.moc"
