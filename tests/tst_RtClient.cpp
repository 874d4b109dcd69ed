// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// RtClient against a real Request Tracker 5 started from tests/rt/rt-instance.sh on 127.0.0.1.
#include "RtClient.h"
#include "RtInstance.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "TestHelpers.h"

using namespace AgentDesk;
using AgentDesk::TestData::wait;

class tst_RtClient : public QObject
{
    Q_OBJECT

    RtInstance m_rt;
    QUrl m_url;

    RtClient::Settings settings(const QString &password = QStringLiteral("agent-secret-1")) const
    {
        return {m_url, QStringLiteral("agent"), password, RtClient::Auth::SessionCookie, {}};
    }

    ServiceRequest create(RtClient &rt, const QString &subject)
    {
        ServiceRequestDraft draft{subject, QStringLiteral("Support"), QStringLiteral("ada@example.com"),
                                  QStringLiteral("Ada: my NAS shows a red light\nAgent: checking the logs")};
        auto [sr, error] =
            wait<ServiceRequest, QString>([&](auto done) { rt.createTicket(draft, this, done); });
        if (!error.isEmpty())
            qWarning() << error;
        return sr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!RtInstance::installed())
            QSKIP("Request Tracker 5 is not installed (installer/install-deps.sh --with-servers)");
        const QString error = m_rt.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_url = m_rt.url();
    }

    void cleanupTestCase() { m_rt.stop(); }

    void signsInWithAnAuthToken()
    {
        RtClient rt({m_url, QStringLiteral("agent"), m_rt.token(), RtClient::Auth::Token, {}});
        const ServiceRequest sr = create(rt, QStringLiteral("Created with a token"));
        QVERIFY(!sr.remoteId.isEmpty());
        RtClient wrong({m_url,
                        QStringLiteral("agent"),
                        QStringLiteral("1-27-00000000000000000000000000000000"),
                        RtClient::Auth::Token,
                        {}});
        auto [found, error] =
            wait<ServiceRequest, QString>([&](auto done) { wrong.fetchTicket(sr.remoteId, this, done); });
        QVERIFY(error.contains(QLatin1String("did not accept")));
    }

    void createsFetchesAndSearchesAnSr()
    {
        RtClient rt(settings());
        const ServiceRequest sr = create(rt, QStringLiteral("Orion NAS red light"));
        QVERIFY(!sr.remoteId.isEmpty());
        QCOMPARE(sr.subject, QStringLiteral("Orion NAS red light"));
        QCOMPARE(sr.status, QStringLiteral("new"));
        QCOMPARE(sr.requestorRemoteId, QStringLiteral("ada@example.com"));
        QVERIFY(!sr.etag.isEmpty());
        // The requestor's record, by the e-mail address that is their id ("@" encoded once, not twice).
        auto [user, userError] =
            wait<RtUser, QString>([&](auto done) { rt.fetchUser(sr.requestorRemoteId, this, done); });
        QVERIFY2(userError.isEmpty(), qPrintable(userError));
        QCOMPARE(user.email, QStringLiteral("ada@example.com"));
        auto [found, error] = wait<QList<ServiceRequest>, QString>([&](auto done) {
            rt.searchTickets(QStringLiteral("Queue = 'Support' AND Subject LIKE 'red light'"), this, done);
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(std::any_of(found.cbegin(), found.cend(),
                            [&](const ServiceRequest &s) { return s.remoteId == sr.remoteId; }));
    }

    void repliesWithAnAttachmentCommentsAndKeepsHistory()
    {
        RtClient rt(settings());
        const ServiceRequest sr = create(rt, QStringLiteral("Clicking disk"));
        QTemporaryDir files;
        const QString photo = TestData::writeFile(files, QStringLiteral("panel.png"), "\x89PNG not really");
        QVERIFY(!photo.isEmpty());
        auto [before, beforeError] =
            wait<QString, QString>([&](auto done) { rt.newestTransaction(sr.remoteId, this, done); });
        QVERIFY2(beforeError.isEmpty(), qPrintable(beforeError));
        QVERIFY(before.toLongLong() > 0); // the Create
        auto [replyTxn, replyError] = wait<QString, QString>([&](auto done) {
            rt.addMessage(sr.remoteId, QStringLiteral("Please send a photo of the panel"), false,
                          {{"Attachments", "image/png", QStringLiteral("panel.png"), {}, photo}}, this, done);
        });
        QVERIFY2(replyError.isEmpty(), qPrintable(replyError));
        auto [commentTxn, commentError] = wait<QString, QString>([&](auto done) {
            rt.addMessage(sr.remoteId, QStringLiteral("VIP customer, escalate if needed"), true, {}, this,
                          done);
        });
        QVERIFY2(commentError.isEmpty(), qPrintable(commentError));
        auto [newest, newestError] =
            wait<QString, QString>([&](auto done) { rt.newestTransaction(sr.remoteId, this, done); });
        QVERIFY2(newestError.isEmpty(), qPrintable(newestError));
        auto [history, error] =
            wait<QList<RtTransaction>, QString>([&](auto done) { rt.history(sr.remoteId, this, done); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList types;
        QHash<QString, QString> typeOf;
        for (const RtTransaction &t : history) {
            types << t.type;
            typeOf.insert(t.id, t.type);
        }
        // RT names the transaction each write made, and its ids only grow.
        QCOMPARE(typeOf.value(replyTxn), QStringLiteral("Correspond"));
        QCOMPARE(typeOf.value(commentTxn), QStringLiteral("Comment"));
        QVERIFY(replyTxn.toLongLong() > before.toLongLong());
        QVERIFY(commentTxn.toLongLong() > replyTxn.toLongLong());
        QVERIFY(newest.toLongLong() >= commentTxn.toLongLong());
        QVERIFY2(types.contains(QLatin1String("Create")) && types.contains(QLatin1String("Correspond")) &&
                     types.contains(QLatin1String("Comment")),
                 qPrintable(types.join(QLatin1Char(','))));
    }

    void aConcurrentEditIsAConflictNotAnOverwrite()
    {
        RtClient me(settings());
        RtClient colleague(RtClient::Settings{m_url,
                                              QStringLiteral("agent2"),
                                              QStringLiteral("agent-secret-2"),
                                              RtClient::Auth::SessionCookie,
                                              {}});
        const ServiceRequest opened = create(me, QStringLiteral("Router VLANs"));
        auto [theirs] = wait<RtClient::Update>([&](auto done) {
            colleague.updateTicket(opened.remoteId, {{QStringLiteral("Status"), QStringLiteral("open")}},
                                   opened.etag, this, done);
        });
        QVERIFY2(theirs.error.isEmpty(), qPrintable(theirs.error));
        auto [mine] = wait<RtClient::Update>([&](auto done) {
            me.updateTicket(opened.remoteId, {{QStringLiteral("Status"), QStringLiteral("resolved")}},
                            opened.etag, this, done);
        });
        QVERIFY(mine.conflict);
        QVERIFY2(mine.error.contains(QLatin1String("Someone else changed")), qPrintable(mine.error));
        auto [now, error] =
            wait<ServiceRequest, QString>([&](auto done) { me.fetchTicket(opened.remoteId, this, done); });
        QCOMPARE(now.status, QStringLiteral("open")); // the colleague's change stands
    }

    void statusOwnerAndPriorityRoundTrip()
    {
        RtClient rt(settings());
        const ServiceRequest sr = create(rt, QStringLiteral("UPS battery"));
        auto [update] = wait<RtClient::Update>([&](auto done) {
            rt.updateTicket(sr.remoteId,
                            {{QStringLiteral("Status"), QStringLiteral("stalled")},
                             {QStringLiteral("Owner"), QStringLiteral("agent")},
                             {QStringLiteral("Priority"), 50}},
                            sr.etag, this, done);
        });
        QVERIFY2(update.error.isEmpty(), qPrintable(update.error));
        QCOMPARE(update.ticket.status, QStringLiteral("stalled"));
        QCOMPARE(update.ticket.ownerRemoteId, QStringLiteral("agent"));
        QCOMPARE(update.ticket.priority, 50);
        QVERIFY(update.ticket.etag != sr.etag);
    }

    void searchesAndReadsKnowledgeBaseArticles()
    {
        RtClient rt(settings());
        auto [articles, error] = wait<QList<KbArticle>, QString>(
            [&](auto done) { rt.searchArticles(QStringLiteral("VLAN"), this, done); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles.first().title, QStringLiteral("Router loses VLANs after a reboot"));
        const QString firstId = articles.first().remoteId; // structured bindings are not captured (clang 14)
        auto [article, fetchError] =
            wait<KbArticle, QString>([&](auto done) { rt.fetchArticle(firstId, this, done); });
        QVERIFY2(fetchError.isEmpty(), qPrintable(fetchError));
        // Markup arrives as the text it is; the view shows it as text, never runs it.
        QVERIFY(article.body.contains(QLatin1String("<script>alert(\"x\")</script>")));
    }

    void basicAuthWorksToo()
    {
        RtClient::Settings s = settings();
        s.auth = RtClient::Auth::Basic;
        RtClient rt(s);
        auto [articles, error] = wait<QList<KbArticle>, QString>(
            [&](auto done) { rt.searchArticles(QStringLiteral("disk"), this, done); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(articles.size(), 1);
    }

    void aWrongPasswordOrAddressGetsAClearError()
    {
        RtClient wrongPassword(settings(QStringLiteral("nope")));
        auto [none, error] = wait<QList<ServiceRequest>, QString>(
            [&](auto done) { wrongPassword.searchTickets(QStringLiteral("id > 0"), this, done); });
        QVERIFY(none.isEmpty());
        QVERIFY2(error.contains(QLatin1String("did not accept the user name or password")),
                 qPrintable(error));

        RtClient::Settings s = settings();
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        RtClient nowhere(s);
        auto [nothing, reachError] = wait<ServiceRequest, QString>(
            [&](auto done) { nowhere.fetchTicket(QStringLiteral("1"), this, done); });
        QVERIFY2(reachError.contains(QLatin1String("127.0.0.1")), qPrintable(reachError));
    }
};

QTEST_GUILESS_MAIN(tst_RtClient)
#include "tst_RtClient.moc"
