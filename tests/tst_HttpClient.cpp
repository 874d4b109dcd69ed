// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/HttpClient.h"
#include "TestHttpServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using Response = TestHttpServer::Response;
using Request = TestHttpServer::Request;

static bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

static QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class tst_HttpClient : public QObject
{
    Q_OBJECT

    // Sends and waits for the answer (the client works on its own thread; the test server on ours).
    // One request to its answer; progress, when given, collects (done, total) reports.
    HttpResponse exchange(HttpClient &client, const HttpRequest &request, int timeoutMs = 10000,
                          QList<std::pair<qint64, qint64>> *progress = nullptr)
    {
        HttpResponse out;
        bool done = false;
        client.send(
            request, this,
            [&](const HttpResponse &r) {
                out = r;
                done = true;
            },
            [progress](qint64 now, qint64 total) {
                if (progress)
                    progress->append({now, total});
            });
        if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
            out.errorString = QStringLiteral("test: no answer");
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Loopback tests must not be sent through a proxy of the machine.
        for (const char *name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(name);
    }

    void getsAndPostsJson()
    {
        TestHttpServer server([](const Request &r) {
            Response out;
            out.headers = {{"Content-Type", "application/json"}};
            out.body =
                r.method == "POST" ? R"({"echo":)" + r.body + "}" : QByteArray(R"({"tickets":[1,2,3]})");
            return out;
        });
        HttpClient client;
        const HttpResponse get =
            exchange(client, HttpRequest::get(server.url(QStringLiteral("/REST/2.0/tickets"))));
        QVERIFY2(get.ok(), qPrintable(get.errorString));
        QCOMPARE(get.status, 200);
        QCOMPARE(get.json().object().value(QLatin1String("tickets")).toArray().size(), 3);
        QCOMPARE(get.header("content-type"), QByteArray("application/json"));
        const HttpResponse post = exchange(
            client, HttpRequest::json(
                        HttpRequest::Method::Post, server.url(),
                        QJsonDocument(QJsonObject{{QStringLiteral("Subject"), QStringLiteral("Disk")}})));
        QVERIFY(post.ok());
        QCOMPARE(post.json()
                     .object()
                     .value(QLatin1String("echo"))
                     .toObject()
                     .value(QLatin1String("Subject"))
                     .toString(),
                 QStringLiteral("Disk"));
        QCOMPARE(server.requests.last().header("Content-Type"), QByteArray("application/json"));
        QVERIFY(server.requests.last().header("User-Agent").startsWith("AgentDesk/"));
        QString parseError;
        HttpResponse bad;
        bad.body = "{not json";
        bad.json(&parseError);
        QVERIFY(parseError.contains(QLatin1String("invalid JSON")));
    }

    void reusesTheConnection()
    {
        TestHttpServer server([](const Request &) { return Response{200, {}, "ok"}; });
        HttpClient client;
        for (int i = 0; i < 4; ++i)
            QVERIFY(exchange(client, HttpRequest::get(server.url())).ok());
        QCOMPARE(server.requests.size(), 4);
        QCOMPARE(server.connections(), 1);
    }

    void timesOutWithAClearError()
    {
        TestHttpServer server([](const Request &) { return Response{200, {}, "late", 3000}; });
        HttpClient client;
        HttpRequest r = HttpRequest::get(server.url());
        r.timeoutMs = 300;
        r.maxAttempts = 1;
        QElapsedTimer timer;
        timer.start();
        const HttpResponse out = exchange(client, r);
        QCOMPARE(out.error, HttpResponse::Error::Timeout);
        QVERIFY2(out.errorString.contains(QLatin1String("127.0.0.1")), qPrintable(out.errorString));
        QVERIFY(timer.elapsed() < 2500);
    }

    void cancelsAndCallsBackOnce()
    {
        TestHttpServer server([](const Request &) {
            Response out;
            out.withhold = true;
            return out;
        });
        HttpClient client;
        int calls = 0;
        HttpResponse out;
        const quint64 id = client.send(HttpRequest::get(server.url()), this, [&](const HttpResponse &r) {
            out = r;
            ++calls;
        });
        QTRY_COMPARE(server.requests.size(), 1);
        client.cancel(id);
        QTRY_COMPARE(calls, 1);
        QCOMPARE(out.error, HttpResponse::Error::Cancelled);
        QTest::qWait(100);
        QCOMPARE(calls, 1);
        QCOMPARE(client.pendingCount(), 0);
    }

    void retriesIdempotentRequestsOnly()
    {
        int served = 0;
        TestHttpServer server([&](const Request &) {
            ++served;
            return served % 3 == 0 ? Response{200, {}, "finally"}
                                   : Response{503, {{"Retry-After", "0"}}, "busy"};
        });
        HttpClient::Options options;
        options.retryBaseMs = 50;
        HttpClient client(options);
        const HttpResponse get = exchange(client, HttpRequest::get(server.url()));
        QVERIFY(get.ok());
        QCOMPARE(get.attempts, 3);
        QCOMPARE(get.body, QByteArray("finally"));
        // A POST may have had an effect: it is never repeated behind the caller's back.
        const HttpResponse post = exchange(
            client, HttpRequest::json(HttpRequest::Method::Post, server.url(), QJsonDocument(QJsonObject{})));
        QCOMPARE(post.status, 503);
        QCOMPARE(post.attempts, 1);
        QVERIFY(!post.ok());
        QCOMPARE(post.error, HttpResponse::Error::None); // an HTTP status, not a transport error
    }

    void decompressesGzip()
    {
        // gzip of "hello gzip world " * 20
        static const char gz[] =
            "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcbH\xcd\xc9\xc9WH\xaf\xca,P(\xcf/\xcaIQ\xc8\x18\x15"
            "\xa0T\x00\x00\n\\\xf0\xeaT\x01\x00\x00";
        TestHttpServer server([](const Request &) {
            return Response{200, {{"Content-Encoding", "gzip"}}, QByteArray(gz, sizeof(gz) - 1)};
        });
        HttpClient client;
        const HttpResponse out = exchange(client, HttpRequest::get(server.url()));
        QVERIFY(out.ok());
        QCOMPARE(out.body, QByteArray("hello gzip world ").repeated(20));
        QVERIFY(server.requests.first().header("Accept-Encoding").contains("gzip"));
    }

    void uploadsMultipart()
    {
        TestHttpServer server([](const Request &) { return Response{201, {}, "created"}; });
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("photo.png")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG fake image bytes", 21));
        file.close();
        HttpRequest r;
        r.method = HttpRequest::Method::Post;
        r.url = server.url(QStringLiteral("/upload"));
        r.multipart = {{"Content", "text/plain", {}, "Customer sent a photo", {}},
                       {"Attachments", "image/png", QStringLiteral("front panel.png"), {}, file.fileName()}};
        HttpClient client;
        const HttpResponse out = exchange(client, r);
        QCOMPARE(out.status, 201);
        const Request &got = server.requests.first();
        QVERIFY(got.header("Content-Type").startsWith("multipart/form-data; boundary="));
        QVERIFY(got.body.contains("Customer sent a photo"));
        QVERIFY(got.body.contains("filename=\"front panel.png\""));
        QVERIFY(got.body.contains("\x89PNG fake image bytes"));
    }

    // A PUT whose body streams from a file (HTTP file upload slots); a missing file is a clear error.
    void putsAFile()
    {
        TestHttpServer server([](const Request &) { return Response{201, {}, {}}; });
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("clip.mp4")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray content;
        for (int i = 0; i < 200000; ++i)
            content.append(char(i * 7));
        file.write(content);
        file.close();
        HttpRequest r;
        r.method = HttpRequest::Method::Put;
        r.url = server.url(QStringLiteral("/share/clip.mp4"));
        r.uploadPath = file.fileName();
        r.setHeader("Content-Type", "video/mp4");
        HttpClient client;
        QCOMPARE(exchange(client, r).status, 201);
        const Request &got = server.requests.first();
        QCOMPARE(got.method, QByteArray("PUT"));
        QCOMPARE(got.header("Content-Type"), QByteArray("video/mp4"));
        QCOMPARE(got.body, content);

        r.uploadPath = dir.filePath(QStringLiteral("gone.mp4"));
        const HttpResponse missing = exchange(client, r);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.errorString.contains(QLatin1String("gone.mp4")), qPrintable(missing.errorString));
    }

    void streamsADownloadToAFileWithProgress()
    {
        const QByteArray payload = QByteArray("0123456789abcdef").repeated(256 * 1024); // 4 MiB
        TestHttpServer server([&](const Request &) { return Response{200, {}, payload}; });
        QTemporaryDir dir;
        HttpRequest r = HttpRequest::get(server.url(QStringLiteral("/video.mp4")));
        r.downloadPath = dir.filePath(QStringLiteral("media/video.mp4"));
        HttpClient client;
        QList<std::pair<qint64, qint64>> progress;
        const HttpResponse out = exchange(client, r, 15000, &progress);
        QVERIFY2(out.ok(), qPrintable(out.errorString));
        QVERIFY(out.body.isEmpty());
        QFile f(r.downloadPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), payload);
        QVERIFY(!QFile::exists(r.downloadPath + QStringLiteral(".part")));
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i].first >= progress[i - 1].first);
    }

    // A download broken off keeps what it got and asks only for the rest; one whose server ignores
    // the range starts over; an HTTP error never lands in the file.
    void aBrokenDownloadResumes()
    {
        const QByteArray payload = QByteArray("ABCDEFGHIJKLMNOP").repeated(64 * 1024); // 1 MiB
        int cutAt = 300000;
        bool honourRange = true;
        TestHttpServer server([&](const Request &request) {
            const QByteArray range = request.header("Range");
            if (range.startsWith("bytes=") && honourRange) {
                const qint64 from = range.mid(6, range.indexOf('-') - 6).toLongLong();
                Response partial{206, {}, payload.mid(from)};
                partial.headers.append({"Content-Range", "bytes " + QByteArray::number(from) + "-" +
                                                             QByteArray::number(payload.size() - 1) + "/" +
                                                             QByteArray::number(payload.size())});
                return partial;
            }
            Response whole{200, {}, payload};
            whole.cutAfter = std::exchange(cutAt, -1);
            return whole;
        });
        QTemporaryDir dir;
        HttpRequest r = HttpRequest::get(server.url(QStringLiteral("/voice.ogg")));
        r.downloadPath = dir.filePath(QStringLiteral("voice.ogg"));
        r.resumable = true;
        r.maxAttempts = 1;
        HttpClient client;
        const HttpResponse broken = exchange(client, r);
        QVERIFY(!broken.ok());
        const QString part = r.downloadPath + QStringLiteral(".part");
        QCOMPARE(QFileInfo(part).size(), 300000);
        QVERIFY(!QFile::exists(r.downloadPath));

        QList<std::pair<qint64, qint64>> progress;
        const HttpResponse out = exchange(client, r, 15000, &progress);
        QVERIFY2(out.ok(), qPrintable(out.errorString));
        QCOMPARE(out.status, 206);
        QCOMPARE(server.requests.last().header("Range"), QByteArray("bytes=300000-"));
        QCOMPARE(readFile(r.downloadPath), payload);
        QVERIFY(!QFile::exists(part));
        QVERIFY(!progress.isEmpty()); // counted from what was kept, and the whole file at the end
        QVERIFY(progress.first().first > 300000);
        QCOMPARE(progress.last(), (std::pair<qint64, qint64>(payload.size(), payload.size())));

        // A server that ignores the range: the kept bytes are dropped, the whole file comes again.
        QVERIFY(QFile::remove(r.downloadPath));
        QVERIFY(writeFile(part, QByteArray(1000, 'x')));
        honourRange = false;
        QVERIFY(exchange(client, r).ok());
        QCOMPARE(readFile(r.downloadPath), payload);

        // An HTTP error: its page is not the file, and what was kept stays for next time.
        TestHttpServer missing([](const Request &) { return Response{404, {}, "not here"}; });
        r.url = missing.url(QStringLiteral("/gone.ogg"));
        r.downloadPath = dir.filePath(QStringLiteral("gone.ogg"));
        QVERIFY(writeFile(r.downloadPath + QStringLiteral(".part"), QByteArray("kept")));
        const HttpResponse notFound = exchange(client, r);
        QCOMPARE(notFound.status, 404);
        QVERIFY(!QFile::exists(r.downloadPath));
        QCOMPARE(QFileInfo(r.downloadPath + QStringLiteral(".part")).size(), 4);
    }

    void verifiesTlsAndTrustsAGivenCa()
    {
        TestHttpServer server([](const Request &) { return Response{200, {}, "secret"}; }, true);
        {
            HttpClient client; // the system's trust store does not know our test CA
            const HttpResponse out = exchange(client, HttpRequest::get(server.url()));
            QCOMPARE(out.error, HttpResponse::Error::Tls);
            QVERIFY2(out.errorString.contains(QLatin1String("CA certificate")), qPrintable(out.errorString));
            QVERIFY(out.body.isEmpty());
        }
        HttpClient::Options options;
        options.caFile = QStringLiteral(TEST_DATA_DIR "/tls/ca.pem");
        HttpClient trusting(options);
        const HttpResponse out = exchange(trusting, HttpRequest::get(server.url()));
        QVERIFY2(out.ok(), qPrintable(out.errorString));
        QCOMPARE(out.body, QByteArray("secret"));
    }

    void reportsUnreachableServersAndBadAddresses()
    {
        quint16 closedPort = 0;
        {
            TestHttpServer gone([](const Request &) { return Response{}; });
            closedPort = gone.port();
        }
        HttpClient client;
        HttpRequest r = HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort)));
        r.maxAttempts = 1;
        const HttpResponse refused = exchange(client, r);
        QCOMPARE(refused.error, HttpResponse::Error::Network);
        QVERIFY(refused.errorString.contains(QLatin1String("127.0.0.1")));
        const HttpResponse bad =
            exchange(client, HttpRequest::get(QUrl(QStringLiteral("ftp://example.invalid/x"))));
        QCOMPARE(bad.error, HttpResponse::Error::InvalidRequest);
    }

    void takesTheProxyFromTheEnvironment()
    {
        TestHttpServer proxy([](const Request &) { return Response{200, {}, "via proxy"}; });
        qputenv("http_proxy", proxy.url().toString().toLatin1());
        HttpClient client;
        const HttpResponse out =
            exchange(client, HttpRequest::get(QUrl(QStringLiteral("http://rt.agentdesk.invalid/REST/2.0/"))));
        qunsetenv("http_proxy");
        QVERIFY2(out.ok(), qPrintable(out.errorString));
        QCOMPARE(out.body, QByteArray("via proxy"));
        QCOMPARE(proxy.requests.first().target, QByteArray("http://rt.agentdesk.invalid/REST/2.0/"));
    }

    void dropsCallbacksOfADeletedContext()
    {
        TestHttpServer server([](const Request &) { return Response{200, {}, "ok", 100}; });
        HttpClient client;
        auto *context = new QObject;
        bool called = false;
        client.send(HttpRequest::get(server.url()), context, [&](const HttpResponse &) { called = true; });
        delete context;
        QTRY_COMPARE(client.pendingCount(), 0);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_HttpClient.moc"
