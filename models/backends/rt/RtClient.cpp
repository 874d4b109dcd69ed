// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RtClient.h"

#include "RtJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QThreadPool>
#include <QUrlQuery>

namespace AgentDesk {

using RtJson::idOf;
using RtJson::rtTime;

namespace {

constexpr int pageSize = 100;
constexpr int maxPages = 50;

HttpResponse failure(const QString &message)
{
    HttpResponse r;
    r.error = HttpResponse::Error::Network;
    r.errorString = message;
    return r;
}

} // namespace

RtClient::RtClient(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_http(new HttpClient(HttpClient::Options{settings.caFile, {}, 500}, this))
{
    // A base URL typed with a trailing slash must not produce "//REST".
    QString path = m_settings.baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_settings.baseUrl.setPath(path);
}

QUrl RtClient::api(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_settings.baseUrl;
    // path comes percent-encoded (a user id is an e-mail address): kept as it is, not encoded again.
    url.setPath(url.path(QUrl::FullyEncoded) + QStringLiteral("/REST/2.0") + path, QUrl::TolerantMode);
    QUrlQuery q;
    for (const auto &[key, value] : query)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(q);
    return url;
}

QString RtClient::errorOf(const HttpResponse &r) const
{
    if (r.error != HttpResponse::Error::None)
        return r.errorString;
    QString message = r.json().object().value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(r.body.left(200)).simplified();
    switch (r.status) {
    case 401:
        return tr("Request Tracker did not accept the user name or password of %1.").arg(m_settings.user);
    case 403:
        return tr("Request Tracker refused: %1 lacks the right to do this (%2).")
            .arg(m_settings.user, message);
    case 404:
        return tr("Not found on Request Tracker at %1 (%2). Check the server address.")
            .arg(m_settings.baseUrl.toDisplayString(), message);
    case 412:
        return tr("Someone else changed this service request since it was opened; nothing was overwritten. "
                  "Reload it and make the change again.");
    default:
        return tr("Request Tracker answered %1: %2").arg(r.status).arg(message);
    }
}

void RtClient::signIn(std::function<void(QString)> then)
{
    m_waitingForSignIn.append(std::move(then));
    if (m_signingIn)
        return;
    m_signingIn = true;
    HttpRequest login;
    login.method = HttpRequest::Method::Post;
    login.url = m_settings.baseUrl;
    login.url.setPath(login.url.path() + QStringLiteral("/NoAuth/Login.html"));
    login.setHeader("Content-Type", "application/x-www-form-urlencoded");
    login.body = "user=" + QUrl::toPercentEncoding(m_settings.user) +
                 "&pass=" + QUrl::toPercentEncoding(m_settings.secret);
    m_http->send(login, this, [this](const HttpResponse &r) {
        // RT answers every login with a session cookie; only a request with it tells whether the
        // session is signed in (200) or not (302 to the login page).
        QByteArray cookie;
        for (const auto &[name, value] : r.headers)
            if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0 && value.startsWith("RT_SID_"))
                cookie = value.left(value.indexOf(';'));
        m_signInUnreachable =
            r.error == HttpResponse::Error::Network || r.error == HttpResponse::Error::Timeout;
        m_signInTransient = m_signInUnreachable || r.status >= 500;
        if (r.error != HttpResponse::Error::None || cookie.isEmpty()) {
            finishSignIn({}, r.error != HttpResponse::Error::None ? r.errorString
                             : r.status == 404
                                 ? errorOf(r)
                                 : tr("%1 does not look like Request Tracker (no session cookie).")
                                       .arg(m_settings.baseUrl.toDisplayString()));
            return;
        }
        HttpRequest check = HttpRequest::get(api(QStringLiteral("/rt")));
        check.followRedirects = false;
        check.setHeader("Cookie", cookie);
        m_http->send(check, this, [this, cookie](const HttpResponse &c) {
            m_signInUnreachable =
                c.error == HttpResponse::Error::Network || c.error == HttpResponse::Error::Timeout;
            m_signInTransient = m_signInUnreachable || c.status >= 500;
            if (c.ok())
                finishSignIn(cookie, {});
            else if (c.status == 302 || c.status == 401)
                finishSignIn({}, tr("Request Tracker did not accept the user name or password of %1.")
                                     .arg(m_settings.user));
            else
                finishSignIn({}, errorOf(c));
        });
    });
}

void RtClient::finishSignIn(const QByteArray &cookie, const QString &error)
{
    m_signingIn = false;
    m_cookie = cookie;
    const auto waiting = std::exchange(m_waitingForSignIn, {});
    for (const auto &then : waiting)
        then(error);
}

void RtClient::call(HttpRequest request, QObject *context, Done done, bool retried)
{
    const QPointer<QObject> guard(context);
    if (m_settings.auth == Auth::SessionCookie && m_cookie.isEmpty()) {
        signIn([this, request, guard, done, retried](const QString &error) {
            if (!guard)
                return;
            if (!error.isEmpty()) {
                m_lastTransient = m_signInTransient;
                m_lastUnreachable = m_signInUnreachable;
                done(failure(error));
            } else
                call(request, guard, done, retried);
        });
        return;
    }
    switch (m_settings.auth) {
    case Auth::SessionCookie:
        request.setHeader("Cookie", m_cookie);
        break;
    case Auth::Basic:
        request.setHeader("Authorization",
                          "Basic " +
                              (m_settings.user + QLatin1Char(':') + m_settings.secret).toUtf8().toBase64());
        break;
    case Auth::Token:
        request.setHeader("Authorization", "token " + m_settings.secret.toUtf8());
        break;
    }
    request.setHeader("Accept", "application/json");
    request.followRedirects = false; // RT redirects a signed-out session to its login page
    m_http->send(request, this, [this, request, guard, done, retried](const HttpResponse &r) {
        if (!guard)
            return;
        const bool signedOut = r.status == 401 || r.status == 302;
        if (signedOut && m_settings.auth == Auth::SessionCookie && !retried) {
            m_cookie.clear(); // the session expired: sign in once more
            call(request, guard, done, true);
            return;
        }
        m_lastUnreachable =
            r.error == HttpResponse::Error::Network || r.error == HttpResponse::Error::Timeout;
        m_lastTransient = m_lastUnreachable || r.status >= 500 || r.status == 429;
        m_lastServerTime = QDateTime::fromString(QString::fromLatin1(r.header("Date")), Qt::RFC2822Date);
        done(r);
    });
}

void RtClient::fetchAll(std::function<HttpRequest(int)> request, QObject *context,
                        std::function<void(QJsonArray, QString)> done)
{
    auto items = std::make_shared<QJsonArray>();
    auto fetchPage = std::make_shared<std::function<void(int)>>();
    const QPointer<QObject> guard(context);
    // The function refers to itself weakly: only the request in flight keeps it alive.
    *fetchPage = [this, request, items, self = std::weak_ptr(fetchPage), guard, done](int page) {
        const auto fetchPage = self.lock();
        call(request(page), this, [this, page, items, fetchPage, guard, done](const HttpResponse &r) {
            if (!guard)
                return;
            if (!r.ok()) {
                done({}, errorOf(r));
                return;
            }
            const QJsonObject body = r.json().object();
            for (const QJsonValue &item : body.value(QLatin1String("items")).toArray())
                items->append(item);
            const int pages = body.value(QLatin1String("pages")).toInt();
            // RT leaves "pages" out of some collections: a full page means there may be more.
            const bool more =
                pages ? page < pages : body.value(QLatin1String("items")).toArray().size() >= pageSize;
            if (more && page < maxPages)
                (*fetchPage)(page + 1);
            else
                done(*items, {});
        });
    };
    (*fetchPage)(1);
}

void RtClient::searchTickets(const QString &ticketSql, QObject *context,
                             std::function<void(QList<ServiceRequest>, QString)> done, const QString &orderBy)
{
    auto request = [this, ticketSql, orderBy](int page) {
        return HttpRequest::get(
            api(QStringLiteral("/tickets"),
                {{QStringLiteral("query"), ticketSql},
                 {QStringLiteral("fields"),
                  QStringLiteral("Subject,Status,Owner,Priority,Queue,Requestor,Created,LastUpdated,Due")},
                 {QStringLiteral("per_page"), QString::number(pageSize)},
                 {QStringLiteral("page"), QString::number(page)},
                 {QStringLiteral("orderby"), orderBy},
                 {QStringLiteral("order"), QStringLiteral("ASC")}}));
    };
    fetchAll(request, context, [this, done](const QJsonArray &items, const QString &error) {
        QList<ServiceRequest> tickets;
        for (const QJsonValue &item : items)
            tickets.append(RtJson::ticket(item.toObject(), {}));
        done(tickets, error);
    });
}

void RtClient::attachments(const QString &ticketId, bool bodies, QObject *context,
                           std::function<void(QList<RtAttachment>, QString)> done)
{
    // Bodies: the text parts that are no files, with their content. Files: metadata only, so
    // polling a ticket never downloads its videos.
    const QJsonArray query =
        bodies ? QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("ContentType")},
                                        {QStringLiteral("operator"), QStringLiteral("LIKE")},
                                        {QStringLiteral("value"), QStringLiteral("text/")}},
                            QJsonObject{{QStringLiteral("field"), QStringLiteral("Filename")},
                                        {QStringLiteral("operator"), QStringLiteral("IS")},
                                        {QStringLiteral("value"), QStringLiteral("NULL")}}}
               : QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("Filename")},
                                        {QStringLiteral("operator"), QStringLiteral("IS NOT")},
                                        {QStringLiteral("value"), QStringLiteral("NULL")}}};
    const QString fields = bodies
                               ? QStringLiteral("ContentType,Filename,TransactionId,Created,Creator,Content")
                               : QStringLiteral("ContentType,Filename,TransactionId,Created,Creator,Headers");
    auto request = [this, ticketId, query, fields](int page) {
        HttpRequest r = HttpRequest::json(HttpRequest::Method::Post,
                                          api(QStringLiteral("/ticket/%1/attachments").arg(ticketId),
                                              {{QStringLiteral("fields"), fields},
                                               {QStringLiteral("per_page"), QString::number(pageSize)},
                                               {QStringLiteral("page"), QString::number(page)},
                                               {QStringLiteral("orderby"), QStringLiteral("id")}}),
                                          QJsonDocument(query));
        r.idempotent = true; // a search, even though RT takes it as a POST
        return r;
    };
    fetchAll(request, context, [done](const QJsonArray &items, const QString &error) {
        QList<RtAttachment> out;
        for (const QJsonValue &v : items)
            out.append(RtJson::attachment(v.toObject()));
        done(out, error);
    });
}

void RtClient::downloadAttachment(const QString &attachmentId, const QString &path, QObject *context,
                                  std::function<void(QString)> done)
{
    QPointer<QObject> guard(context);
    call(HttpRequest::get(api(QStringLiteral("/attachment/") + attachmentId)), context,
         [this, guard, path, done](const HttpResponse &r) {
             if (!r.ok()) {
                 done(errorOf(r));
                 return;
             }
             QThreadPool::globalInstance()->start([guard, path, done, body = r.body] {
                 const QJsonObject o = QJsonDocument::fromJson(body).object();
                 QString error;
                 if (!o.contains(QLatin1String("Content"))) {
                     error = tr("Request Tracker sent no content for this file.");
                 } else {
                     const QByteArray content =
                         QByteArray::fromBase64(o.value(QLatin1String("Content")).toString().toLatin1());
                     QDir().mkpath(QFileInfo(path).absolutePath());
                     QSaveFile out(path);
                     if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() ||
                         !out.commit())
                         error = tr("Cannot write the download to %1: %2").arg(path, out.errorString());
                 }
                 QMetaObject::invokeMethod(
                     QCoreApplication::instance(),
                     [guard, done, error] {
                         if (guard)
                             done(error);
                     },
                     Qt::QueuedConnection);
             });
         });
}

void RtClient::fetchUser(const QString &id, QObject *context, std::function<void(RtUser, QString)> done)
{
    call(HttpRequest::get(api(QStringLiteral("/user/") + QString::fromLatin1(QUrl::toPercentEncoding(id)))),
         context, [this, id, done](const HttpResponse &r) {
             if (!r.ok()) {
                 done({}, errorOf(r));
                 return;
             }
             const QJsonObject o = r.json().object();
             done(RtUser{id, o.value(QLatin1String("RealName")).toString(),
                         o.value(QLatin1String("EmailAddress")).toString()},
                  {});
         });
}

void RtClient::fetchTicket(const QString &id, QObject *context,
                           std::function<void(ServiceRequest, QString)> done)
{
    call(HttpRequest::get(api(QStringLiteral("/ticket/") + id)), context,
         [this, done](const HttpResponse &r) {
             if (!r.ok())
                 done({}, errorOf(r));
             else
                 done(RtJson::ticket(r.json().object(), r.header("ETag")), {});
         });
}

void RtClient::createTicket(const ServiceRequestDraft &draft, QObject *context,
                            std::function<void(ServiceRequest, QString)> done)
{
    const QJsonObject body{{QStringLiteral("Queue"), draft.queue},
                           {QStringLiteral("Subject"), draft.subject},
                           {QStringLiteral("Requestor"), draft.requestorRemoteId},
                           {QStringLiteral("Content"), draft.content},
                           {QStringLiteral("ContentType"), QStringLiteral("text/plain")}};
    const QPointer<QObject> guard(context);
    HttpRequest request =
        HttpRequest::json(HttpRequest::Method::Post, api(QStringLiteral("/ticket")), QJsonDocument(body));
    QList<MultipartPart> files;
    for (const Attachment &a : draft.attachments)
        if (!a.localPath.isEmpty())
            files.append({"Attachments", a.mimeType.toLatin1(), a.fileName, {}, a.localPath});
    if (!files.isEmpty()) {
        request.body.clear();
        request.headers.clear();
        request.multipart.append(
            {"JSON", "application/json", {}, QJsonDocument(body).toJson(QJsonDocument::Compact), {}});
        request.multipart.append(files);
    }
    // Creating is not idempotent: never retried behind the agent's back (the outbox decides).
    request.idempotent = false;
    call(request, context, [this, guard, done](const HttpResponse &r) {
        if (r.status != 201) {
            done({}, errorOf(r));
            return;
        }
        fetchTicket(idOf(r.json().object().value(QLatin1String("id"))), guard, done);
    });
}

void RtClient::updateTicket(const QString &id, const QVariantMap &fields, const QString &etag,
                            QObject *context, std::function<void(Update)> done)
{
    HttpRequest request = HttpRequest::json(HttpRequest::Method::Put, api(QStringLiteral("/ticket/") + id),
                                            QJsonDocument(QJsonObject::fromVariantMap(fields)));
    if (!etag.isEmpty())
        request.setHeader("If-Match", etag.toLatin1());
    request.idempotent = false; // a conflict must surface, not be retried into
    const QPointer<QObject> guard(context);
    call(request, context, [this, id, guard, done](const HttpResponse &r) {
        if (!r.ok()) {
            done(Update{{}, errorOf(r), r.status == 412});
            return;
        }
        // RT reports refused changes inside a 200 answer, one line each.
        QStringList refused;
        for (const QJsonValue &line : r.json().array())
            if (line.toString().contains(QLatin1String("ermission denied")) ||
                line.toString().startsWith(QLatin1String("Invalid")))
                refused << line.toString();
        fetchTicket(id, guard, [done, refused](const ServiceRequest &sr, const QString &error) {
            done(Update{sr, refused.isEmpty() ? error : refused.join(QLatin1Char('\n')), false});
        });
    });
}

void RtClient::addMessage(const QString &id, const QString &text, bool comment,
                          const QList<MultipartPart> &attachments, QObject *context,
                          std::function<void(QString, QString)> done)
{
    const QUrl url = api(QStringLiteral("/ticket/%1/%2")
                             .arg(id, comment ? QStringLiteral("comment") : QStringLiteral("correspond")));
    const QJsonObject json{{QStringLiteral("Content"), text},
                           {QStringLiteral("ContentType"), QStringLiteral("text/plain")}};
    HttpRequest request;
    if (attachments.isEmpty()) {
        request = HttpRequest::json(HttpRequest::Method::Post, url, QJsonDocument(json));
    } else {
        request.method = HttpRequest::Method::Post;
        request.url = url;
        request.multipart.append(
            {"JSON", "application/json", {}, QJsonDocument(json).toJson(QJsonDocument::Compact), {}});
        for (MultipartPart part : attachments) {
            part.name = "Attachments";
            request.multipart.append(part);
        }
    }
    call(request, context, [this, done](const HttpResponse &r) {
        if (r.status != 201 && !r.ok()) {
            done({}, errorOf(r));
            return;
        }
        // RT names the transaction it made in Location: .../REST/2.0/transaction/<id>.
        const QString location = QString::fromUtf8(r.header("Location"));
        const QString id = location.section(QLatin1Char('/'), -1);
        bool numeric = false;
        id.toLongLong(&numeric);
        done(location.contains(QLatin1String("/transaction/")) && numeric ? id : QString(), {});
    });
}

void RtClient::newestTransaction(const QString &ticketId, QObject *context,
                                 std::function<void(QString, QString)> done)
{
    newestOf(api(QStringLiteral("/ticket/%1/history").arg(ticketId),
                 {{QStringLiteral("fields"), QStringLiteral("id")},
                  {QStringLiteral("orderby"), QStringLiteral("id")},
                  {QStringLiteral("order"), QStringLiteral("DESC")},
                  {QStringLiteral("per_page"), QStringLiteral("1")}}),
             context, std::move(done));
}

void RtClient::newestTicket(QObject *context, std::function<void(QString, QString)> done)
{
    newestOf(api(QStringLiteral("/tickets"), {{QStringLiteral("query"), QStringLiteral("id > 0")},
                                              {QStringLiteral("fields"), QStringLiteral("id")},
                                              {QStringLiteral("orderby"), QStringLiteral("id")},
                                              {QStringLiteral("order"), QStringLiteral("DESC")},
                                              {QStringLiteral("per_page"), QStringLiteral("1")}}),
             context, std::move(done));
}

void RtClient::newestOf(const QUrl &url, QObject *context, std::function<void(QString, QString)> done)
{
    call(HttpRequest::get(url), context, [this, done](const HttpResponse &r) {
        if (!r.ok()) {
            done({}, errorOf(r));
            return;
        }
        const QJsonArray items = r.json().object().value(QLatin1String("items")).toArray();
        // None yet: every id there will be is above 0.
        done(items.isEmpty() ? QStringLiteral("0")
                             : idOf(items.first().toObject().value(QLatin1String("id"))),
             {});
    });
}

void RtClient::queues(QObject *context, std::function<void(QList<Team>, QString)> done)
{
    auto request = [this](int page) {
        return HttpRequest::get(
            api(QStringLiteral("/queues/all"), {{QStringLiteral("fields"), QStringLiteral("Name,Disabled")},
                                                {QStringLiteral("per_page"), QString::number(pageSize)},
                                                {QStringLiteral("page"), QString::number(page)}}));
    };
    fetchAll(request, context, [done](const QJsonArray &items, const QString &error) {
        QList<Team> out;
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("Disabled")).toVariant().toInt() != 0)
                continue;
            out.append(Team{.remoteId = idOf(o.value(QLatin1String("id"))),
                            .name = o.value(QLatin1String("Name")).toString()});
        }
        done(out, error);
    });
}

void RtClient::history(const QString &id, QObject *context,
                       std::function<void(QList<RtTransaction>, QString)> done)
{
    auto request = [this, id](int page) {
        return HttpRequest::get(
            api(QStringLiteral("/ticket/%1/history").arg(id),
                {{QStringLiteral("fields"), QStringLiteral("Type,Field,OldValue,NewValue,Creator,Created")},
                 {QStringLiteral("per_page"), QString::number(pageSize)},
                 {QStringLiteral("page"), QString::number(page)}}));
    };
    fetchAll(request, context, [done](const QJsonArray &items, const QString &error) {
        QList<RtTransaction> out;
        for (const QJsonValue &v : items)
            out.append(RtJson::transaction(v.toObject()));
        done(out, error);
    });
}

void RtClient::searchArticles(const QString &text, QObject *context,
                              std::function<void(QList<KbArticle>, QString)> done)
{
    // RT 5.0's JSON search combines conditions with AND only: search names and summaries
    // separately and merge.
    auto merged = std::make_shared<QList<KbArticle>>();
    auto remaining = std::make_shared<int>(2);
    auto failed = std::make_shared<QString>();
    const QPointer<QObject> guard(context);
    for (const char *field : {"Name", "Summary"}) {
        const QJsonArray query{QJsonObject{{QStringLiteral("field"), QLatin1String(field)},
                                           {QStringLiteral("operator"), QStringLiteral("LIKE")},
                                           {QStringLiteral("value"), text}}};
        HttpRequest request =
            HttpRequest::json(HttpRequest::Method::Post,
                              api(QStringLiteral("/articles"),
                                  {{QStringLiteral("fields"), QStringLiteral("Name,Summary,LastUpdated")},
                                   {QStringLiteral("per_page"), QString::number(pageSize)}}),
                              QJsonDocument(query));
        request.idempotent = true; // a search, even though RT takes it as a POST
        call(request, this, [this, merged, remaining, failed, guard, done](const HttpResponse &r) {
            if (!r.ok() && failed->isEmpty())
                *failed = errorOf(r);
            for (const QJsonValue &v : r.json().object().value(QLatin1String("items")).toArray()) {
                const QJsonObject o = v.toObject();
                KbArticle a;
                a.remoteId = idOf(o.value(QLatin1String("id")));
                a.title = o.value(QLatin1String("Name")).toString();
                a.summary = o.value(QLatin1String("Summary")).toString();
                a.updatedAt = rtTime(o.value(QLatin1String("LastUpdated")));
                if (std::none_of(merged->cbegin(), merged->cend(),
                                 [&](const KbArticle &k) { return k.remoteId == a.remoteId; }))
                    merged->append(a);
            }
            if (--*remaining == 0 && guard)
                done(failed->isEmpty() ? *merged : QList<KbArticle>(), *failed);
        });
    }
}

void RtClient::fetchArticle(const QString &id, QObject *context, std::function<void(KbArticle, QString)> done)
{
    call(HttpRequest::get(api(QStringLiteral("/article/") + id)), context,
         [this, done](const HttpResponse &r) {
             if (!r.ok()) {
                 done({}, errorOf(r));
                 return;
             }
             const QJsonObject o = r.json().object();
             KbArticle a;
             a.remoteId = idOf(o.value(QLatin1String("id")));
             a.title = o.value(QLatin1String("Name")).toString();
             a.summary = o.value(QLatin1String("Summary")).toString();
             a.updatedAt = rtTime(o.value(QLatin1String("LastUpdated")));
             for (const QJsonValue &cf : o.value(QLatin1String("CustomFields")).toArray())
                 if (cf.toObject().value(QLatin1String("name")).toString() == QLatin1String("Content"))
                     a.body = cf.toObject().value(QLatin1String("values")).toArray().first().toString();
             done(a, {});
         });
}

} // namespace AgentDesk
