// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpClient.h"
#include "services/Backend.h"
#include "services/DirectoryService.h"
#include "services/MessagingService.h"
#include "XmppArchive.h"
#include "XmppClient.h"
#include "XmppHttpUpload.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace AgentDesk {

// Customer chat over XMPP: each customer JID is a conversation. Messages become typed events,
// replies come from the outbox with their idempotency key as the stanza id (so the receipt
// names it), delivery receipts (XEP-0184) become the delivery state, and the agent's presence is
// XMPP presence. Reconnects with backoff.
// Nothing is missed across reconnects: a cut connection resumes its stream-management session
// (XEP-0198), and when it cannot (server restarted, session expired) the reconnect pages through
// the server's archive from the stored cursor (the last archive id); events carry the server's
// archive id, so a message seen live and again in the archive is stored once.
// Nothing is sent twice: a reply counts as sent once the server confirms it; a retry after a cut
// first waits for the resume or the archive catch-up and does not send what the server has.
class XmppBackend final : public Backend, public MessagingService, public DirectoryService
{
    Q_OBJECT

public:
    struct Settings
    {
        QString id = QStringLiteral("xmpp");
        QString displayName;
        XmppClient::Settings client;
        int firstRetryMs = 1000;
        int maxRetryMs = 60000;
    };

    explicit XmppBackend(const Settings &settings, QObject *parent = nullptr);

    QString id() const override { return m_settings.id; }
    QString kind() const override { return QStringLiteral("xmpp"); }
    QString displayName() const override;
    Domain::Capabilities capabilities() const override;
    void start(const QString &cursor) override;
    void stop() override;

    MessagingService *messaging() override { return this; }
    DirectoryService *directory() override { return this; }

    void prepareSend(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done) override;
    void perform(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done) override;
    void setTyping(const QString &conversationRemoteId, bool typing) override;
    quint64 fetchAttachment(const Attachment &attachment, const QString &path, QObject *context,
                            TransferProgress progress, std::function<void(QString error)> done) override;
    void cancelFetch(quint64 id) override;
    // Own: the chat server's host and domain (and its subdomains), the upload service and the
    // hosts of the addresses it gave us for our uploads.
    QString foreignHost(const Attachment &attachment) const override;
    qint64 maxAttachmentSize() const override; // from the server's upload service (XEP-0363)
    QString selfAgentId() const override;
    void setPresence(Domain::Presence presence) override;

    XmppClient *client() const { return m_client; }

private:
    void onState(XmppClient::State state, const QString &detail);
    void onStanza(const XmppElement &stanza);
    void sendPresence();
    void scheduleReconnect();
    // Message archive (XEP-0313) catch-up after every (re)connect, page by page from the cursor
    // until the archive is exhausted.
    void catchUp();
    // A reply whose earlier attempt may have reached the server: sent if the archive has it.
    void lookUpInArchive(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done);
    // A chat message, live or from the archive, as events; archiveId is the server's id for it.
    QList<BackendEvent> conversationEvents(const QString &customerJid, const QDateTime &at) const;
    // A malformed or oversized stanza: the sender gets an error, the agent a line in the chat.
    void onStanzaRefused(const XmppElement &head, const QString &error);
    QList<BackendEvent> eventsFor(const XmppElement &message, const QString &archiveId, const QDateTime &at);
    void sendReply(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done);
    // Uploads the reply's files from index on (XEP-0363), then sends it.
    void uploadFiles(const OutboxItem &item, int index, QStringList urls, QPointer<QObject> context,
                     std::function<void(SendResult)> done);
    void sendMessage(const OutboxItem &item, const QStringList &urls, QObject *context,
                     std::function<void(SendResult)> done);
    bool busy() const { return m_catchingUp || m_discovering; }
    void onAcknowledged(const QStringList &ids);
    // Replies waiting for the server's confirmation or for a catch-up fail retryably.
    void failWaiting(const QString &reason);
    void runDeferred();

    struct Waiting
    {
        QPointer<QObject> context;
        std::function<void(SendResult)> done;
    };

    Settings m_settings;
    XmppClient *m_client;
    HttpClient *m_http;
    XmppHttpUpload *m_upload;
    XmppArchive *m_archive;
    bool m_discovering = false;             // looking for the upload service
    QHash<QString, QStringList> m_uploaded; // reply id -> addresses of its uploaded files
    QSet<QString> m_uploadHosts;            // hosts of the addresses the upload service gave us
    QTimer m_reconnect;
    int m_retryMs = 0;
    bool m_running = false;
    QString m_cursor;          // the newest archive id stored
    bool m_catchingUp = false; // the catch-up query is running
    bool m_caughtUp = false;   // this session read the archive to its end: live messages move the cursor
    Domain::Presence m_presence = Domain::Presence::Available;
    QHash<QString, Waiting> m_waiting;           // reply id -> its outbox callback
    QSet<QString> m_confirmed;                   // reply ids the server confirmed
    QSet<QString> m_archivedOwn;                 // our reply ids seen in the archive
    QSet<QString> m_lookedUp;                    // replies in doubt the archive did not have
    QList<std::function<void(bool)>> m_deferred; // performs waiting for a catch-up; false: give up
};

} // namespace AgentDesk
