#pragma once

#include "outbox/OutboxItem.h"

#include <functional>
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
};

} // namespace AgentDesk
