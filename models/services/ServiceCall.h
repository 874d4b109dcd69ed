// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QObject>
#include <QPointer>

namespace AgentDesk {

// Hands a result to a callback on its context object's thread, later (never re-entrantly inside
// the call that asked), and not at all once the context is gone.
template<typename... Args>
void deliverResult(QObject *context, std::function<void(Args...)> callback, Args... args)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, callback = std::move(callback), args...] {
            if (guard && callback)
                callback(args...);
        },
        Qt::QueuedConnection);
}

} // namespace AgentDesk
