// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>

class QDBusServiceWatcher;

namespace AgentDesk {

// Desktop notifications through the freedesktop notification service on the session bus: what
// GNOME, KDE and most desktops show, tray or no tray. Each carries the app's icon and desktop-entry
// hint and an "Open" action that opens its conversation; a newer message of the same conversation
// replaces its notification instead of piling up. Every call is asynchronous: a slow or missing
// service never holds up the window.
class FreedesktopNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit FreedesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    ~FreedesktopNotifier() override;

    // A notification service owns its name on the bus (learned shortly after construction, and
    // followed as it comes and goes).
    bool isAvailable() const { return m_available; }
    void show(qint64 conversationId, const QString &title, const QString &body);

    static constexpr const char *service = "org.freedesktop.Notifications";
    static constexpr const char *path = "/org/freedesktop/Notifications";
    static constexpr const char *desktopEntry = "org.agentdesk.AgentDesk";

Q_SIGNALS:
    void availabilityChanged(bool available);
    void openRequested(qint64 conversationId);

private Q_SLOTS:
    // D-Bus signals reach only slots named by signature (QDBusConnection::connect).
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void setAvailable(bool available);

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher;
    bool m_available = false;
    QHash<uint, qint64> m_conversationOf; // notification id -> conversation
    QHash<qint64, uint> m_shownFor;       // conversation -> its notification on screen
};

} // namespace AgentDesk
