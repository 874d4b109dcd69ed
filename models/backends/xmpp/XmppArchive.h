// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "XmppElement.h"

#include <functional>
#include <QDateTime>
#include <QHash>
#include <QObject>

namespace AgentDesk {

class XmppClient;

// Queries of the account's message archive (XEP-0313 with result set paging, XEP-0059), page by
// page until the archive says it is complete, however long that takes. Each query has its own id,
// so a catch-up and the lookups of replies in doubt run side by side.
class XmppArchive final : public QObject
{
    Q_OBJECT

public:
    struct Query
    {
        QString with;    // only the conversation with this bare JID; empty: all
        QString after;   // archive id to go on after; empty: from `start`
        QDateTime start; // with `after` empty: from this moment (invalid: the whole archive)
    };

    enum class Outcome
    {
        Complete,      // every page was read
        UnknownCursor, // the server does not know `after` (expired, or another server's)
        Refused,       // the server has no archive, or refused the query
        Interrupted    // the session ended before the last page
    };

    // One archived message: the server's archive id, the message as archived, when it was archived.
    using MessageFn =
        std::function<void(const QString &archiveId, const XmppElement &message, const QDateTime &at)>;
    // A page ended; its messages came before. lastId: the newest archive id of the page.
    using PageFn = std::function<void(const QString &lastId)>;
    using DoneFn = std::function<void(Outcome)>;

    static constexpr int pageSize = 100;

    XmppArchive(XmppClient *client, QObject *parent = nullptr);

    void run(const Query &query, MessageFn message, PageFn page, DoneFn done);
    // Archive results belong to a query of ours: true when this stanza was one (and was handled).
    bool handle(const XmppElement &stanza, const QString &ownJid);
    // Forgets every query in flight without answering it (its session is gone; see run's done).
    void clear();

private:
    struct Running
    {
        Query query;
        MessageFn message;
        PageFn page;
        DoneFn done;
    };
    void requestPage(const QString &queryId, const QString &after);
    void onPage(const QString &queryId, const XmppElement &iq);

    XmppClient *m_client;
    QHash<QString, Running> m_running; // by query id
    quint64 m_generation = 0;          // bumped by clear(): answers of earlier queries are dropped
};

} // namespace AgentDesk
