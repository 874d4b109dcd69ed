// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBackend.h"
#include "media/MediaController.h"
#include "media/ThumbnailLoader.h"
#include "MediaSamples.h"
#include "services/BackendRegistry.h"
#include "store/Store.h"
#include "TestHttpServer.h"
#include "TestStore.h"
#include "XmppBackend.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;
using State = MediaController::State;
using Kind = MediaInspector::Kind;

class tst_MediaController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    struct Rig
    {
        std::unique_ptr<Store> store;
        BackendRegistry registry;
        DemoBackend *demo = nullptr;
        std::unique_ptr<MediaController> media;
        QList<Attachment> attachments; // as stored: with ids
    };

    std::unique_ptr<Rig> rig(const QList<Attachment> &files)
    {
        auto r = std::make_unique<Rig>();
        const QString dir = m_dir.filePath(QString::number(++m_n));
        QDir().mkpath(dir);
        r->store = openStore(dir + QStringLiteral("/store.sqlite3"));
        DemoOptions o;
        o.tickMs = 0;
        o.backlog = 0;
        r->demo = new DemoBackend(o);
        r->registry.add(r->demo);
        Message m = inbound(QStringLiteral("m1"), QStringLiteral("k1"), QStringLiteral("look"), t0());
        m.attachments = files;
        r->store->applyBatch({QStringLiteral("demo"),
                              {customer(QStringLiteral("c1"), QStringLiteral("Ada")),
                               conversation(QStringLiteral("k1"), QStringLiteral("c1"), t0()), m},
                              {}});
        r->media =
            std::make_unique<MediaController>(r->store.get(), &r->registry, dir + QStringLiteral("/media"));
        const qint64 conv = scalar(*r->store, QStringLiteral("SELECT id FROM conversations"));
        bool done = false;
        r->store->fetchMessages(conv, 10, 0, 0, this, [&](const QList<Message> &messages) {
            r->attachments = messages.value(0).attachments;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return r;
    }

    static Attachment sample(const QString &resource)
    {
        for (const DemoMedia::Sample &s : DemoMedia::samples())
            if (s.resource == resource)
                return DemoMedia::attachment(s);
        return {};
    }

private Q_SLOTS:
    // A picture shown in the conversation downloads by itself, is checked and cached by content,
    // recorded in the store, and its thumbnail decodes.
    void aPictureComesByItselfIntoTheCache()
    {
        auto r = rig({sample(QStringLiteral("nas-red-light.jpg"))});
        QCOMPARE(r->attachments.size(), 1);
        const Attachment a = r->attachments.first();
        QCOMPARE(r->media->status(a).state, State::Remote);
        QCOMPARE(r->media->status(a).kind, Kind::Image);
        QSignalSpy changed(r->media.get(), &MediaController::statusChanged);
        r->media->prefetch(QStringLiteral("demo"), a);
        QCOMPARE(r->media->status(a).state, State::Downloading);
        QTRY_COMPARE(r->media->status(a).state, State::Ready);
        const auto s = r->media->status(a);
        QVERIFY(s.problem.isEmpty());
        QVERIFY(r->media->cache().contains(s.path));
        QCOMPARE(QFileInfo(s.path).suffix(), QStringLiteral("jpg"));
        QCOMPARE(QFileInfo(s.path).size(), a.size);
        QVERIFY(s.openable());
        QTRY_COMPARE(scalar(*r->store,
                            QStringLiteral("SELECT count(*) FROM attachments WHERE local_path IS NOT NULL")),
                     1);
        QVERIFY(changed.size() >= 2);

        // The phone photo was taken on its side: shown the right way up (landscape).
        QSignalSpy ready(r->media->thumbnails(), &ThumbnailLoader::thumbnailReady);
        r->media->thumbnails()->request(s.path, {320, 320});
        QVERIFY(ready.wait(5000));
        const QImage thumb = r->media->thumbnails()->cached(s.path, {320, 320});
        QVERIFY(thumb.width() > thumb.height());
    }

    // Documents wait for the agent; a download can be cancelled and goes on from where it was.
    void documentsWaitAndDownloadsCanBeCancelled()
    {
        auto r = rig({sample(QStringLiteral("invoice.pdf")), sample(QStringLiteral("error-screen.jpg"))});
        const Attachment pdf = r->attachments.value(0);
        const Attachment photo = r->attachments.value(1);
        r->media->prefetch(QStringLiteral("demo"), pdf);
        QCOMPARE(r->media->status(pdf).state, State::Remote); // not shown inline: not fetched
        r->media->download(QStringLiteral("demo"), pdf);
        QTRY_COMPARE(r->media->status(pdf).state, State::Ready);
        QCOMPARE(r->media->status(pdf).kind, Kind::Document);

        r->media->download(QStringLiteral("demo"), photo);
        QTRY_VERIFY(r->media->status(photo).received > 0);
        r->media->cancel(photo.id);
        QCOMPARE(r->media->status(photo).state, State::Failed);
        QCOMPARE(r->media->status(photo).problem, QStringLiteral("Cancelled."));
        const qint64 had = r->media->status(photo).received;
        QVERIFY(had < photo.size);
        QSignalSpy changed(r->media.get(), &MediaController::statusChanged);
        r->media->download(QStringLiteral("demo"), photo);
        QTRY_VERIFY(changed.size() >= 2);
        QVERIFY(r->media->status(photo).received > had || r->media->status(photo).state == State::Ready);
        QTRY_COMPARE(r->media->status(photo).state, State::Ready);
    }

    // A customer's message links a picture on some other host (a tracking pixel, an address inside
    // the agent's network): opening the conversation sends it nothing; the tile names the host and
    // the file comes on the agent's click. The chat server's own files still come by themselves.
    void aLinkToAnotherHostIsFetchedOnlyWhenAsked()
    {
        const QByteArray png = MediaSamples::png(QSize(8, 8));
        TestHttpServer elsewhere([&](const TestHttpServer::Request &) {
            return TestHttpServer::Response{200, {{"Content-Type", "image/png"}}, png};
        });
        XmppBackend::Settings settings;
        settings.id = QStringLiteral("xmpp");
        settings.client.url = QUrl(QStringLiteral("wss://chat.example.invalid/xmpp-websocket"));
        settings.client.jid = QStringLiteral("agent@example.invalid");
        auto *xmpp = new XmppBackend(settings); // never started: downloads do not need the session
        Attachment own{QStringLiteral("https://upload.example.invalid/f/photo.png"),
                       QStringLiteral("photo.png"),
                       QStringLiteral("image/png"),
                       png.size(),
                       {}};
        QCOMPARE(xmpp->foreignHost(own), QString());
        Attachment pixel{elsewhere.url(QStringLiteral("/pixel.png")).toString(),
                         QStringLiteral("pixel.png"),
                         QStringLiteral("image/png"),
                         png.size(),
                         {}};
        QCOMPARE(xmpp->foreignHost(pixel), QStringLiteral("127.0.0.1"));

        auto r = rig({});
        r->registry.add(xmpp);
        Message m = inbound(QStringLiteral("px"), QStringLiteral("ck"), QStringLiteral("see this"), t0());
        m.attachments = {pixel};
        r->store->applyBatch({QStringLiteral("xmpp"),
                              {customer(QStringLiteral("c"), QStringLiteral("Mallory")),
                               conversation(QStringLiteral("ck"), QStringLiteral("c"), t0()), m},
                              {}});
        const qint64 attachmentId = [&] {
            qint64 id = -1;
            [&] {
                QTRY_VERIFY(
                    (id = scalar(*r->store, QStringLiteral("SELECT id FROM attachments WHERE remote_ref "
                                                           "LIKE 'http://127.0.0.1%'"))) > 0);
            }();
            return id;
        }();
        pixel.id = attachmentId;
        r->media->prefetch(QStringLiteral("xmpp"), pixel);
        QCOMPARE(r->media->status(pixel).state, State::Remote);
        QCOMPARE(r->media->status(pixel).foreignHost, QStringLiteral("127.0.0.1"));
        QTest::qWait(300);
        QCOMPARE(elsewhere.connections(), 0);              // nothing asked, nothing sent
        r->media->download(QStringLiteral("xmpp"), pixel); // the agent's click
        QTRY_COMPARE(r->media->status(pixel).state, State::Ready);
        QCOMPARE(elsewhere.requests.size(), 1);
    }

    void aFileOfAnAccountNotConnectedSaysSo()
    {
        auto r = rig({sample(QStringLiteral("voice-note.ogg"))});
        r->media->download(QStringLiteral("gone"), r->attachments.first());
        QCOMPARE(r->media->status(r->attachments.first()).state, State::Failed);
        QVERIFY(r->media->status(r->attachments.first()).problem.contains(QStringLiteral("not connected")));
    }

    // What the store says is here is checked again; a file trimmed from the cache comes back.
    void aFileGoneFromTheCacheIsFetchedAgain()
    {
        auto r = rig({sample(QStringLiteral("serial-label.png"))});
        Attachment a = r->attachments.first();
        a.localPath = m_dir.filePath(QStringLiteral("nowhere/label.png"));
        r->media->prefetch(QStringLiteral("demo"), a);
        QCOMPARE(r->media->status(a).state, State::Remote); // not trusted before it is looked at
        QTRY_COMPARE(r->media->status(a).state, State::Ready);
        QVERIFY(QFileInfo::exists(r->media->status(a).path));
        QVERIFY(r->media->cache().contains(r->media->status(a).path));
    }

    // The agent's files going up: progress by the reply's key, gone once all are sent.
    void uploadsReportProgress()
    {
        auto r = rig({});
        r->demo->start({});
        QSignalSpy changed(r->media.get(), &MediaController::uploadChanged);
        OutboxItem item;
        item.idempotencyKey = QStringLiteral("reply-with-files");
        item.conversationRemoteId = QStringLiteral("k1");
        item.kind = OutboxKind::Reply;
        item.payload = {{QStringLiteral("text"), QStringLiteral("Here is the manual")},
                        {QStringLiteral("attachments"),
                         QVariantList{QVariantMap{{QStringLiteral("fileName"), QStringLiteral("manual.pdf")},
                                                  {QStringLiteral("size"), 400 * 1024}}}}};
        std::optional<SendResult> sent;
        r->demo->perform(item, this, [&](const SendResult &result) { sent = result; });
        QTRY_VERIFY(r->media->upload(item.idempotencyKey).has_value());
        const auto progress = *r->media->upload(item.idempotencyKey);
        QVERIFY(progress.first < progress.second);
        QCOMPARE(progress.second, 400 * 1024);
        QVERIFY(!sent.has_value()); // acknowledged only once the files are up
        QTRY_VERIFY_WITH_TIMEOUT(sent.has_value(), 5000);
        QVERIFY(sent->ok);
        QVERIFY(!r->media->upload(item.idempotencyKey).has_value());
        QVERIFY(changed.size() >= 3);
    }

    // A video shows its first frame before it is played.
    void aVideoGetsAPoster()
    {
        auto r = rig({sample(QStringLiteral("disk-clicking.mp4"))});
        const Attachment a = r->attachments.first();
        QCOMPARE(MediaController::declaredKind(a), Kind::Video);
        r->media->prefetch(QStringLiteral("demo"), a);
        QTRY_COMPARE(r->media->status(a).state, State::Ready);
        QTRY_VERIFY_WITH_TIMEOUT(!r->media->status(a).poster.isEmpty(), 10000);
        const QImage poster(r->media->status(a).poster);
        QCOMPARE(poster.size(), QSize(320, 240));
        QVERIFY(r->media->cache().contains(r->media->status(a).poster));
    }

    // Before a service request is created, every file of the conversation is fetched, so all of
    // them travel with it; one that cannot be fetched is named.
    void aConversationsFilesAreFetchedToTravel()
    {
        Attachment missing = sample(QStringLiteral("invoice.pdf"));
        missing.remoteRef = QStringLiteral("demo-media:nothing.pdf");
        missing.fileName = QStringLiteral("lost.pdf");
        auto r =
            rig({sample(QStringLiteral("invoice.pdf")), sample(QStringLiteral("serial-label.png")), missing});
        std::optional<QStringList> problems;
        const qint64 conv = scalar(*r->store, QStringLiteral("SELECT id FROM conversations"));
        r->media->fetchConversation(conv, this, [&](const QStringList &p) { problems = p; });
        QTRY_VERIFY(problems.has_value());
        QCOMPARE(problems->size(), 1);
        QVERIFY(problems->first().startsWith(QStringLiteral("lost.pdf: ")));
        QTRY_COMPARE(scalar(*r->store,
                            QStringLiteral("SELECT count(*) FROM attachments WHERE local_path IS NOT NULL")),
                     2);
        // Asked again: nothing left to fetch but the lost one, which is tried again.
        problems.reset();
        r->media->fetchConversation(conv, this, [&](const QStringList &p) { problems = p; });
        QTRY_VERIFY(problems.has_value());
        QCOMPARE(problems->size(), 1);
    }

    // A program dressed as a photo, and a damaged video: shown with the reason, never opened.
    void badFilesAreNeverOpened()
    {
        auto r =
            rig({sample(QStringLiteral("error-screen.jpg")), sample(QStringLiteral("disk-clicking.mp4"))});
        QDir().mkpath(m_dir.filePath(QStringLiteral("here")));
        QFile program(m_dir.filePath(QStringLiteral("here/IMG_2041.jpg")));
        QVERIFY(program.open(QIODevice::WriteOnly));
        program.write(QByteArray("\x7f"
                                 "ELF\x02\x01\x01\x00",
                                 8) +
                      QByteArray(200, '\0'));
        program.close();
        QFile video(m_dir.filePath(QStringLiteral("here/VID_0313.mp4")));
        QVERIFY(video.open(QIODevice::WriteOnly));
        video.write(MediaSamples::truncatedVideo()); // it looks like a video, and cannot play
        video.close();
        Attachment photo = r->attachments[0];
        photo.localPath = program.fileName(); // as if downloaded in an earlier session
        Attachment clip = r->attachments[1];
        clip.localPath = video.fileName();
        r->media->prefetch(QStringLiteral("demo"), photo);
        r->media->prefetch(QStringLiteral("demo"), clip);
        QTRY_COMPARE(r->media->status(photo).state, State::Ready);
        QTRY_COMPARE(r->media->status(clip).state, State::Ready);
        QCOMPARE(r->media->status(photo).kind, Kind::Blocked);
        QVERIFY(!r->media->status(photo).openable());
        QVERIFY(r->media->status(photo).problem.contains(QStringLiteral("never opens")));
        QVERIFY(r->media->status(clip).broken);
        QVERIFY(!r->media->status(clip).openable());
        QVERIFY(r->media->status(clip).problem.contains(QStringLiteral("damaged")));
        QTest::qWait(300);
        QVERIFY(r->media->status(clip).poster.isEmpty()); // nothing was played to take one
    }

    void declaredKinds()
    {
        QCOMPARE(MediaController::declaredKind({{}, QStringLiteral("a.png"), {}, 1, {}}), Kind::Image);
        QCOMPARE(MediaController::declaredKind({{}, QStringLiteral("a"), QStringLiteral("audio/ogg"), 1, {}}),
                 Kind::Audio);
        QCOMPARE(MediaController::declaredKind({{}, QStringLiteral("clip.mov"), {}, 1, {}}), Kind::Video);
        QCOMPARE(MediaController::declaredKind(
                     {{}, QStringLiteral("setup.exe"), QStringLiteral("image/png"), 1, {}}),
                 Kind::Blocked);
        QCOMPARE(MediaController::declaredKind({{}, QStringLiteral("a.pdf"), {}, 1, {}}), Kind::Document);
    }
};

QTEST_MAIN(tst_MediaController) // video posters need a GUI application
#include "tst_MediaController.moc"
