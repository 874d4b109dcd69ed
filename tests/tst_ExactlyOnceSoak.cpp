// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The promise of the store-first design, tried as it breaks in life: the real app process, killed
// (-9) at random moments while it sends replies to a real prosody and a real Request Tracker 5
// through links that cut, refuse and delay, while customers keep writing. After the last restart
// every reply is on its server exactly once and every customer message is in the store once.
//
// AGENTDESK_SOAK_ROUNDS sets how many times the app is killed (default 20: about 200 replies, a
// minute or two); longer runs also need QTEST_FUNCTION_TIMEOUT (ms) above Qt Test's 5 minutes.
// docs/benchmarks.md has the figures of a longer run.
#include "FlakyProxy.h"
#include "ProsodyInstance.h"
#include "RtClient.h"
#include "RtInstance.h"
#include "store/SqliteDatabase.h"
#include "store/StoreDatabase.h"
#include "TestHelpers.h"
#include "XmppArchive.h"
#include "XmppClient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace AgentDesk;
using AgentDesk::TestData::wait;

class tst_ExactlyOnceSoak : public QObject
{
    Q_OBJECT

    ProsodyInstance m_prosody{{QStringLiteral("agent:agent-pw"), QStringLiteral("ada:ada-pw")}};
    RtInstance m_rt;
    QTemporaryDir m_profile;
    std::unique_ptr<FlakyProxy> m_xmppLink;
    std::unique_ptr<FlakyProxy> m_rtLink;
    QRandomGenerator m_random{20261201};
    QString m_ticket;
    int m_replies = 0;

    QString storePath() const { return m_profile.filePath(QStringLiteral("store.sqlite3")); }

    RtClient rtAs(const QString &user, const QString &password) const
    {
        return RtClient({m_rt.url(), user, password, RtClient::Auth::SessionCookie, {}});
    }

    // One number from the store the app writes, read beside it (WAL lets a reader in).
    qint64 count(const QString &sql) const
    {
        if (!QFile::exists(storePath()))
            return -1;
        try {
            SqliteDatabase db;
            db.open(storePath(), false);
            return db.scalar(sql.toUtf8());
        } catch (const SqliteError &) {
            return -1;
        }
    }

    void writeProfile()
    {
        QSettings settings(m_profile.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("accounts"));
        settings.setValue(QStringLiteral("xmpp-1/kind"), QStringLiteral("xmpp"));
        settings.setValue(QStringLiteral("xmpp-1/name"), QStringLiteral("Chat"));
        settings.setValue(QStringLiteral("xmpp-1/url"),
                          QStringLiteral("ws://127.0.0.1:%1/xmpp-websocket").arg(m_xmppLink->port()));
        settings.setValue(QStringLiteral("xmpp-1/user"), QStringLiteral("agent@localhost"));
        settings.setValue(QStringLiteral("rt-1/kind"), QStringLiteral("rt"));
        settings.setValue(QStringLiteral("rt-1/name"), QStringLiteral("Tickets"));
        settings.setValue(QStringLiteral("rt-1/url"),
                          QStringLiteral("http://127.0.0.1:%1").arg(m_rtLink->port()));
        settings.setValue(QStringLiteral("rt-1/user"), QStringLiteral("agent"));
        settings.setValue(QStringLiteral("rt-1/queue"), QStringLiteral("Support"));
        settings.setValue(QStringLiteral("rt-1/pollIntervalMs"), 1000);
        settings.endGroup();
        settings.setValue(QStringLiteral("agent/name"), QStringLiteral("Soak Agent"));
        settings.sync();
        QFile secrets(m_profile.filePath(QStringLiteral("secrets.json")));
        QVERIFY(secrets.open(QIODevice::WriteOnly));
        secrets.write(
            QJsonDocument(QJsonObject{{QStringLiteral("backend/xmpp-1"), QStringLiteral("agent-pw")},
                                      {QStringLiteral("backend/rt-1"), QStringLiteral("agent-secret-1")}})
                .toJson());
    }

    std::unique_ptr<QProcess> startApp()
    {
        auto app = std::make_unique<QProcess>();
        app->setProcessEnvironment(TestData::appEnvironment());
        app->setStandardOutputFile(m_profile.filePath(QStringLiteral("app.log")), QIODevice::Append);
        app->setStandardErrorFile(m_profile.filePath(QStringLiteral("app.log")), QIODevice::Append);
        app->start(QStringLiteral(AGENTDESK_APP), {QStringLiteral("--profile"), m_profile.path(),
                                                   QStringLiteral("--backend"), QStringLiteral("none")});
        if (!app->waitForStarted(10000))
            return nullptr;
        return app;
    }

    static void kill(QProcess &app)
    {
        app.kill(); // SIGKILL: nothing is flushed, nothing is said goodbye to
        app.waitForFinished(10000);
    }

    // Replies queued as the composer queues them, while the app is down (the store is the app's).
    bool queueReplies(int n)
    {
        StoreDatabase db;
        QString error;
        if (!db.open(storePath(), &error)) {
            qWarning() << error;
            return false;
        }
        const qint64 chat = db.sqlite().scalar(
            "SELECT id FROM conversations WHERE backend = 'xmpp-1' AND remote_id = 'ada@localhost'");
        const qint64 ticket = db.sqlite().scalar(
            QStringLiteral("SELECT id FROM conversations WHERE backend = 'rt-1' AND remote_id = '%1'")
                .arg(m_ticket)
                .toUtf8());
        for (int i = 0; i < n; ++i) {
            const bool toChat = i % 2 == 0;
            const int number = m_replies++;
            OutboxRequest r;
            r.idempotencyKey = QStringLiteral("soak-%1").arg(number);
            r.conversationId = toChat ? chat : ticket;
            r.text = toChat ? QStringLiteral("soak chat reply %1").arg(number)
                            : QStringLiteral("soak ticket reply %1").arg(number);
            StoreChanges changes;
            if (!db.enqueue(r, changes, &error).id) {
                qWarning() << error;
                return false;
            }
        }
        return true;
    }

    // What the server has, counted by text.
    QHash<QString, int> chatArchive()
    {
        QHash<QString, int> bodies;
        XmppClient ada;
        ada.connectToServer({m_prosody.webSocketUrl(), QStringLiteral("ada@localhost"),
                             QStringLiteral("ada-pw"), QStringLiteral("count")});
        if (!QTest::qWaitFor([&] { return ada.state() == XmppClient::State::Online; }, 20000))
            return bodies;
        XmppArchive archive(&ada);
        connect(&ada, &XmppClient::stanzaReceived, &archive,
                [&](const XmppElement &s) { archive.handle(s, QStringLiteral("ada@localhost")); });
        std::optional<XmppArchive::Outcome> outcome;
        archive.run(
            {QStringLiteral("agent@localhost"), {}, {}},
            [&](const QString &, const XmppElement &m, const QDateTime &) {
                if (const XmppElement *body = m.child(QStringLiteral("body")))
                    ++bodies[body->text];
            },
            {}, [&](XmppArchive::Outcome o) { outcome = o; });
        (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 60000);
        return bodies;
    }

    QHash<QString, int> ticketBodies()
    {
        QHash<QString, int> bodies;
        RtClient rt = rtAs(QStringLiteral("agent2"), QStringLiteral("agent-secret-2"));
        auto [all, error] = wait<QList<RtAttachment>, QString>(
            [&](auto done) { rt.attachments(m_ticket, true, this, done); }, 60000);
        for (const RtAttachment &a : all)
            if (a.creator == QLatin1String("agent"))
                ++bodies[a.text.trimmed()];
        return bodies;
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        if (QTest::currentTestFailed() || qEnvironmentVariableIsSet("AGENTDESK_SOAK_KEEP")) {
            m_profile.setAutoRemove(false); // the app's log and store, to see what happened
            qWarning("soak profile kept in %s", qPrintable(m_profile.path()));
        }
    }

    void initTestCase()
    {
        if (!ProsodyInstance::installed() || !RtInstance::installed())
            QSKIP("prosody and Request Tracker are not installed (installer/install-deps.sh --with-servers)");
        QString error = m_prosody.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_rt.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_xmppLink = std::make_unique<FlakyProxy>(quint16(m_prosody.webSocketUrl().port()));
        m_rtLink = std::make_unique<FlakyProxy>(quint16(m_rt.url().port()));
        writeProfile();
        RtClient other = rtAs(QStringLiteral("agent2"), QStringLiteral("agent-secret-2"));
        ServiceRequestDraft draft{QStringLiteral("Soak: the NAS reboots at night"), QStringLiteral("Support"),
                                  QStringLiteral("ada@example.com"),
                                  QStringLiteral("It reboots every night.")};
        auto [sr, srError] =
            wait<ServiceRequest, QString>([&](auto done) { other.createTicket(draft, this, done); });
        QVERIFY2(srError.isEmpty(), qPrintable(srError));
        m_ticket = sr.remoteId;
    }

    void repliesAndCustomerMessagesArriveExactlyOnceThroughKillsAndCuts()
    {
        const int rounds = qEnvironmentVariableIntValue("AGENTDESK_SOAK_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("AGENTDESK_SOAK_ROUNDS")
                               : 20;
        XmppClient ada;
        ada.connectToServer({m_prosody.webSocketUrl(), QStringLiteral("ada@localhost"),
                             QStringLiteral("ada-pw"), QStringLiteral("phone")});
        QTRY_COMPARE_WITH_TIMEOUT(ada.state(), XmppClient::State::Online, 20000);
        ada.send(XmppElement{QStringLiteral("presence"), {}, {}, {}, {}});
        RtClient other = rtAs(QStringLiteral("agent2"), QStringLiteral("agent-secret-2"));
        int customerChats = 0;
        int customerTicketNotes = 0;
        auto customerWrites = [&] {
            ada.sendChat(QStringLiteral("agent@localhost"),
                         QStringLiteral("customer chat %1").arg(customerChats++));
            if (m_random.bounded(3) == 0)
                other.addMessage(m_ticket,
                                 QStringLiteral("customer ticket note %1").arg(customerTicketNotes++), false,
                                 {}, this, [](const QString &, const QString &) {});
        };

        // First run: the app learns both conversations.
        auto app = startApp();
        QVERIFY(app);
        customerWrites();
        const auto keepOnFailure = qScopeGuard([this] {
            if (QTest::currentTestFailed())
                m_profile.setAutoRemove(false);
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(*) FROM conversations WHERE (backend = 'xmpp-1' "
                                 "AND remote_id = 'ada@localhost') OR (backend = 'rt-1' AND "
                                 "remote_id = '%1')")
                      .arg(m_ticket)) == 2,
            60000);
        kill(*app);

        // The link misbehaves all along: cuts, refusals, latency.
        QTimer chaos;
        chaos.setInterval(200);
        connect(&chaos, &QTimer::timeout, this, [&] {
            for (FlakyProxy *link : {m_xmppLink.get(), m_rtLink.get()}) {
                const quint32 dice = m_random.bounded(100);
                if (dice < 12)
                    link->cutAll();
                else if (dice < 16)
                    link->setRefusing(true);
                else if (dice < 40)
                    link->setRefusing(false);
            }
        });
        chaos.start();
        for (int round = 0; round < rounds; ++round) {
            QVERIFY(queueReplies(10));
            const int delay = int(m_random.bounded(160));
            m_xmppLink->setDelayMs(delay);
            m_rtLink->setDelayMs(delay);
            app = startApp();
            QVERIFY(app);
            const int lifeMs = 500 + int(m_random.bounded(3500));
            for (int waited = 0; waited < lifeMs; waited += 250) {
                if (m_random.bounded(2) == 0)
                    customerWrites();
                QTest::qWait(250);
            }
            kill(*app);
        }
        chaos.stop();

        // The link is good again: the last run sends what is left.
        for (FlakyProxy *link : {m_xmppLink.get(), m_rtLink.get()}) {
            link->setRefusing(false);
            link->setDelayMs(0);
        }
        app = startApp();
        QVERIFY(app);
        QTRY_VERIFY_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state < 2")) == 0,
                                 180000);
        QTRY_VERIFY_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(DISTINCT body) FROM messages WHERE body LIKE "
                                 "'customer chat %'")) == customerChats,
            60000);
        QTRY_VERIFY_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(DISTINCT body) FROM messages WHERE body LIKE "
                                 "'customer ticket note %'")) == customerTicketNotes,
            60000);
        QTest::qWait(2000); // anything sent twice would have reached its server by now
        kill(*app);

        // Every customer message once in the store.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE body LIKE 'customer chat %'")),
                 qint64(customerChats));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM messages WHERE body LIKE 'customer ticket note %'")),
            qint64(customerTicketNotes));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 4")), qint64(0));
        // Every reply once on its server, and once in the store.
        const QHash<QString, int> chat = chatArchive();
        const QHash<QString, int> ticket = ticketBodies();
        QStringList wrong;
        for (int n = 0; n < m_replies; ++n) {
            const bool toChat = n % 2 == 0;
            const QString text = toChat ? QStringLiteral("soak chat reply %1").arg(n)
                                        : QStringLiteral("soak ticket reply %1").arg(n);
            const int times = toChat ? chat.value(text) : ticket.value(text);
            if (times != 1)
                wrong << QStringLiteral("%1: %2 times").arg(text).arg(times);
            const qint64 stored =
                count(QStringLiteral("SELECT count(*) FROM messages WHERE body = '%1'").arg(text));
            if (stored != 1)
                wrong << QStringLiteral("%1: stored %2 times").arg(text).arg(stored);
        }
        qInfo("soak: %d rounds, %d replies, %d customer chats, %d ticket notes, %d + %d connections cut",
              rounds, m_replies, customerChats, customerTicketNotes, m_xmppLink->cuts(), m_rtLink->cuts());
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_ExactlyOnceSoak)
#include "tst_ExactlyOnceSoak.moc"
