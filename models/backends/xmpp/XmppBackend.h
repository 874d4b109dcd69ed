#pragma once

#include "services/Backend.h"
#include "services/DirectoryService.h"
#include "services/MessagingService.h"
#include "XmppClient.h"

#include <QTimer>

namespace AgentDesk {

// Customer chat over XMPP: each customer JID is a conversation. Messages become typed events,
// replies come from the outbox with their idempotency key as the stanza id (so the receipt
// names it), delivery receipts (XEP-0184) become the delivery state, and the agent's presence is
// XMPP presence. Reconnects with backoff.
// Nothing is missed across reconnects: every (re)connect first pages through the server's archive
// from the stored cursor (the last archive id); events carry the server's archive id, so a message
// seen live and again in the archive is stored once.
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

    void perform(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done) override;
    void setTyping(const QString &conversationRemoteId, bool typing) override;
    QString selfAgentId() const override;
    void setPresence(Domain::Presence presence) override;

    XmppClient *client() const { return m_client; }

private:
    void onState(XmppClient::State state, const QString &detail);
    void onStanza(const XmppElement &stanza);
    void sendPresence();
    void scheduleReconnect();
    // Message archive (XEP-0313) catch-up after every (re)connect, page by page from the cursor.
    void queryArchive(const QString &after);
    void onArchivePage(const XmppElement &fin);
    // A chat message, live or from the archive, as events; archiveId is the server's id for it.
    QList<BackendEvent> eventsFor(const XmppElement &message, const QString &archiveId, const QDateTime &at);

    Settings m_settings;
    XmppClient *m_client;
    QTimer m_reconnect;
    int m_retryMs = 0;
    bool m_running = false;
    QString m_cursor;       // the newest archive id stored
    QString m_archiveQuery; // id of the archive query in flight; empty: caught up
    int m_archiveQueries = 0;
    Domain::Presence m_presence = Domain::Presence::Available;
};

} // namespace AgentDesk
