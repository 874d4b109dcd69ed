// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attachment.h"
#include "outbox/OutboxItem.h"
#include "ServiceCall.h"

#include <functional>
#include <limits>
#include <QCoreApplication>
#include <QObject>

namespace AgentDesk {

struct SendResult
{
    bool ok = false;
    QString remoteId;      // the backend's id of the sent message, if it has one
    QString error;         // for people
    bool retryable = true; // false: retrying cannot help (refused, conversation closed, ...)
    // The server could not be reached or the connection dropped: nothing is wrong with the item,
    // which goes again as soon as the backend is connected, and this counts as none of its failures.
    bool offline = false;
    QString mark; // prepareSend(): the backend's note, kept with the item (OutboxItem::sendMark)

    static SendResult sent(const QString &remoteId = {})
    {
        return SendResult{true, remoteId, {}, true, false, {}};
    }
    static SendResult failed(const QString &error, bool retryable)
    {
        return SendResult{false, {}, error, retryable, false, {}};
    }
    static SendResult unreachable(const QString &error)
    {
        return SendResult{false, {}, error, true, true, {}};
    }
};

// Sends what the agent did: replies, internal notes and conversation changes from the outbox.
class MessagingService
{
public:
    virtual ~MessagingService() = default;
    // Must tolerate the same idempotency key twice (after a crash between send and sent):
    // item.attempts above 0 says an earlier attempt may have reached the server.
    virtual void perform(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done) = 0;
    // Before an item's first attempt. A server that takes no idempotency key of ours cannot say
    // later whether an interrupted attempt reached it, unless we noted where things stood before:
    // the backend answers with that note in SendResult::mark (Request Tracker: the ticket's newest
    // transaction), the outbox stores it durably before the attempt starts and hands it back in
    // OutboxItem::sendMark on every attempt. The default notes nothing.
    virtual void prepareSend(const OutboxItem &item, QObject *context, std::function<void(SendResult)> done)
    {
        Q_UNUSED(item)
        deliverResult(context, std::move(done), SendResult::sent());
    }
    // Typing indicator; backends without one ignore it.
    virtual void setTyping(const QString &conversationRemoteId, bool typing) = 0;
    // The largest file a reply may carry here; 0: replies carry no files. The composer refuses a
    // larger one at once, with the limit, rather than the send failing later.
    virtual qint64 maxAttachmentSize() const { return 0; }
    static constexpr qint64 unlimited = std::numeric_limits<qint64>::max();

    using TransferProgress = std::function<void(qint64 done, qint64 total)>; // total 0: unknown
    // Downloads a message's attachment (by its remote reference) to path, resumably where the
    // server allows (a later call for the same path goes on from what was kept), reporting
    // progress; done gets an empty string, or why not, exactly once unless context goes first.
    // Returns an id for cancelFetch() (0: already finished). Backends whose attachments cannot be
    // downloaded keep the default.
    virtual quint64 fetchAttachment(const Attachment &attachment, const QString &path, QObject *context,
                                    TransferProgress progress, std::function<void(QString error)> done)
    {
        Q_UNUSED(path)
        Q_UNUSED(progress)
        deliverResult(
            context, std::move(done),
            QCoreApplication::translate("MessagingService", "%1 cannot be downloaded from this server.")
                .arg(attachment.fileName));
        return 0;
    }
    // Stops a download; its done() then says it was cancelled. What arrived is kept for a resume.
    virtual void cancelFetch(quint64 id) { Q_UNUSED(id) }
    // The host a download of this attachment would go to when it is not the server's own (an
    // address a customer sent): such files come only when the agent asks, with the host shown, so
    // that opening a conversation never sends requests to wherever a customer points (a tracking
    // pixel, an address inside the agent's network). Empty: the backend's own.
    virtual QString foreignHost(const Attachment &attachment) const
    {
        Q_UNUSED(attachment)
        return {};
    }
};

} // namespace AgentDesk
