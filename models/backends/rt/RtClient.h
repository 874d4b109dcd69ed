// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Agent.h"
#include "domain/KbArticle.h"
#include "domain/ServiceRequest.h"
#include "net/HttpClient.h"
#include "services/TicketService.h"

#include <functional>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QVariantMap>

namespace AgentDesk {

// One ticket history entry (an RT transaction), oldest first: the SR timeline.
struct RtTransaction
{
    QString id;
    QString type; // Create, Correspond, Comment, Status, Set, ...
    QString field;
    QString oldValue;
    QString newValue;
    QString creator;
    QDateTime created;
};

// One part of a ticket's messages: a text body (with its text when asked for) or an attached file.
struct RtAttachment
{
    QString id;
    QString transactionId;
    QString contentType;
    QString fileName; // empty for message bodies
    QString creator;
    QString text; // bodies only
    qint64 size = 0;
    QDateTime created;
};

struct RtUser
{
    QString id; // RT's user name; for customers usually their e-mail address
    QString realName;
    QString email;
};

// Request Tracker's REST 2.0 API over HttpClient. Signs in with RT's session cookie (about ten
// times faster per request than basic auth, which RT checks with a slow password hash every time),
// or with basic auth or an auth token when asked to. Errors come back as text for people.
class RtClient final : public QObject
{
    Q_OBJECT

public:
    enum class Auth
    {
        SessionCookie,
        Basic,
        Token
    };

    struct Settings
    {
        QUrl baseUrl; // where RT is served, e.g. https://rt.example.com or http://127.0.0.1:8080
        QString user;
        QString secret; // password, or the token for Auth::Token
        Auth auth = Auth::SessionCookie;
        QString caFile; // a CA to trust for this server, when it has its own
    };

    struct Update
    {
        ServiceRequest ticket; // after the change, with its new ETag
        QString error;
        bool conflict = false; // someone else changed the SR first: nothing was overwritten
    };

    explicit RtClient(const Settings &settings, QObject *parent = nullptr);

    // Every page of the search, ordered by orderBy ascending.
    void searchTickets(const QString &ticketSql, QObject *context,
                       std::function<void(QList<ServiceRequest>, QString error)> done,
                       const QString &orderBy = QStringLiteral("id"));
    void fetchTicket(const QString &id, QObject *context,
                     std::function<void(ServiceRequest, QString error)> done);
    void createTicket(const ServiceRequestDraft &draft, QObject *context,
                      std::function<void(ServiceRequest, QString error)> done);
    // Changes fields (Status, Owner, Priority, CustomFields...) if the ticket still has etag.
    void updateTicket(const QString &id, const QVariantMap &fields, const QString &etag, QObject *context,
                      std::function<void(Update)> done);
    // A reply to the requestor (correspond) or an internal comment, with optional attachments;
    // done(transactionId, error): the transaction RT made (empty if RT did not say).
    void addMessage(const QString &id, const QString &text, bool comment,
                    const QList<MultipartPart> &attachments, QObject *context,
                    std::function<void(QString transactionId, QString error)> done);
    // The id of the ticket's newest transaction ("0": none), and of the newest ticket this user
    // sees: what is there before we write, so that a retry can look past it (RT ids only grow).
    void newestTransaction(const QString &ticketId, QObject *context,
                           std::function<void(QString id, QString error)> done);
    void newestTicket(QObject *context, std::function<void(QString id, QString error)> done);
    void history(const QString &id, QObject *context,
                 std::function<void(QList<RtTransaction>, QString error)> done);
    // One attached file's content into path: REST 2.0 sends it base64 in JSON, decoded and
    // written on a worker thread; done(error) once, empty on success.
    void downloadAttachment(const QString &attachmentId, const QString &path, QObject *context,
                            std::function<void(QString error)> done);
    // The ticket's message bodies with their text (bodies = true), or its attached files.
    void attachments(const QString &ticketId, bool bodies, QObject *context,
                     std::function<void(QList<RtAttachment>, QString error)> done);
    // The queues this user sees: AgentDesk's teams of this backend.
    void queues(QObject *context, std::function<void(QList<Team>, QString error)> done);
    void fetchUser(const QString &id, QObject *context, std::function<void(RtUser, QString error)> done);
    void searchArticles(const QString &text, QObject *context,
                        std::function<void(QList<KbArticle>, QString error)> done);
    void fetchArticle(const QString &id, QObject *context,
                      std::function<void(KbArticle, QString error)> done);

    // Inside a callback that reported an error: whether it may pass by itself (the server could not
    // be reached, timed out, or answered 5xx/429), so that trying again later makes sense.
    bool lastFailureTransient() const { return m_lastTransient; }
    // Inside such a callback: the server could not be reached at all (no answer, or a timeout).
    bool lastFailureUnreachable() const { return m_lastUnreachable; }
    QString user() const { return m_settings.user; }
    // The server's clock (HTTP Date) at its last answer; valid inside a callback.
    QDateTime lastServerTime() const { return m_lastServerTime; }

private:
    using Done = std::function<void(const HttpResponse &)>;

    // Follows RT's paging and hands over all items, or the first error.
    void fetchAll(std::function<HttpRequest(int page)> request, QObject *context,
                  std::function<void(QJsonArray, QString error)> done);
    QUrl api(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    // Sends with credentials; signs in first (cookie mode) and once more if the session expired.
    void call(HttpRequest request, QObject *context, Done done, bool retried = false);
    void signIn(std::function<void(QString error)> then);
    void finishSignIn(const QByteArray &cookie, const QString &error);
    QString errorOf(const HttpResponse &response) const;
    void newestOf(const QUrl &collection, QObject *context, std::function<void(QString, QString)> done);

    Settings m_settings;
    HttpClient *m_http;
    QByteArray m_cookie; // "RT_SID_...=..."
    bool m_signingIn = false;
    bool m_signInTransient = false;
    bool m_signInUnreachable = false;
    bool m_lastTransient = false;
    bool m_lastUnreachable = false;
    QDateTime m_lastServerTime;
    QList<std::function<void(QString)>> m_waitingForSignIn;
};

} // namespace AgentDesk
