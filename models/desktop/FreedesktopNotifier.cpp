// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreedesktopNotifier.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QVariantMap>

namespace AgentDesk {

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_watcher(new QDBusServiceWatcher(QLatin1String(service), bus, QDBusServiceWatcher::WatchForOwnerChange,
                                        this))
{
    connect(
        m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
        [this](const QString &, const QString &, const QString &owner) { setAvailable(!owner.isEmpty()); });
    if (!m_bus.isConnected())
        return;
    m_bus.connect(QString(), QLatin1String(path), QLatin1String(service), QStringLiteral("ActionInvoked"),
                  this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(), QLatin1String(path), QLatin1String(service),
                  QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
    // Is anyone there? Asked without waiting for the answer.
    QDBusMessage ask = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    ask << QLatin1String(service);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(ask), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        const QDBusPendingReply<bool> reply = *call;
        setAvailable(!reply.isError() && reply.value());
        call->deleteLater();
    });
}

FreedesktopNotifier::~FreedesktopNotifier() = default;

void FreedesktopNotifier::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged(available);
}

void FreedesktopNotifier::show(qint64 conversationId, const QString &title, const QString &body)
{
    QDBusMessage notify = QDBusMessage::createMethodCall(QLatin1String(service), QLatin1String(path),
                                                         QLatin1String(service), QStringLiteral("Notify"));
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QLatin1String(desktopEntry)},
        {QStringLiteral("category"), QStringLiteral("im.received")},
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))},
        {QStringLiteral("suppress-sound"), true}, // AgentDesk plays its own, when the agent wants one
    };
    // The body may be read as markup by the server: customers' words are escaped, never markup.
    notify << QCoreApplication::applicationName() << m_shownFor.value(conversationId, 0u)
           << QLatin1String(desktopEntry) << title << body.toHtmlEscaped()
           << QStringList{QStringLiteral("default"), tr("Open"), QStringLiteral("open"), tr("Open")} << hints
           << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(notify), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, conversationId](QDBusPendingCallWatcher *call) {
                const QDBusPendingReply<uint> reply = *call;
                call->deleteLater();
                if (reply.isError())
                    return;
                m_conversationOf.insert(reply.value(), conversationId);
                m_shownFor.insert(conversationId, reply.value());
            });
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_conversationOf.constFind(id);
    if (it == m_conversationOf.cend())
        return; // another application's
    if (action == QLatin1String("default") || action == QLatin1String("open"))
        Q_EMIT openRequested(*it);
}

void FreedesktopNotifier::onClosed(uint id, uint)
{
    if (const auto conversation = m_conversationOf.take(id))
        m_shownFor.remove(conversation);
}

} // namespace AgentDesk
