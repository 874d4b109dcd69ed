#pragma once

#include "domain/Attachment.h"
#include "outbox/OutboxItem.h"
#include "ServiceCall.h"

#include <functional>
#include <QCoreApplication>
#include <QObject>

namespace AgentDesk {

struct SendResult
{
    bool ok = false;
    QString remoteId;      // the backend's id of the sent message, if it has one
    QString error;         // for people
    bool retryable = true; // false: retrying cannot help (refused, conversation closed, ...)
};

// Sends what the agent did: replies, internal notes and conversation changes from the outbox.
class MessagingService
{
public:
    virtual ~MessagingService() = default;
    // Must tolerate the same idempotency key twice (after a crash between send and sent).
    virtual void perform(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done) = 0;
    // Typing indicator; backends without one ignore it.
    virtual void setTyping(const QString &conversationRemoteId, bool typing) = 0;
    // Downloads a message's attachment (by its remote reference) to path; done gets an empty
    // string, or why not. Backends whose attachments all arrive with the message keep the default.
    virtual void fetchAttachment(const Attachment &attachment, const QString &path, QObject *context,
                                 std::function<void(QString error)> done)
    {
        Q_UNUSED(path)
        deliverResult(
            context, std::move(done),
            QCoreApplication::translate("MessagingService", "%1 cannot be downloaded from this server.")
                .arg(attachment.fileName));
    }
};

} // namespace AgentDesk
