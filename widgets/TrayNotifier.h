// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controllers/NotificationController.h"

#include <QIcon>
#include <QObject>

class QSoundEffect;
namespace AgentDesk {
class FreedesktopNotifier;
}
class QSystemTrayIcon;
class QWidget;

namespace AgentDesk {

// The desktop side of notifications: messages through the desktop's notification service (an "Open"
// action opens their conversation), else the tray's balloon; a tray icon whose badge and tooltip
// carry the unread count; the notification sound. With neither service nor tray, the window asks
// for attention (taskbar flash) and its title counts.
class TrayNotifier final : public QObject
{
    Q_OBJECT

public:
    // desktop: the notification service of the session bus, used while it is there (null: tray only).
    explicit TrayNotifier(QWidget *window, FreedesktopNotifier *desktop = nullptr, QObject *parent = nullptr);
    ~TrayNotifier() override;

    void setUnreadCount(int count);
    void show(const NotificationController::Notification &notification);
    bool hasTray() const { return m_tray != nullptr; }
    QIcon currentIcon() const { return m_icon; }
    QString toolTip() const { return m_toolTip; }
    // The app icon with a red count in its corner (none for 0), sharp at any size.
    static QIcon badgeIcon(const QIcon &base, int count);

Q_SIGNALS:
    void shown(const AgentDesk::NotificationController::Notification &notification);
    void openRequested(qint64 conversationId);
    void soundPlayed();

private:
    QWidget *m_window;
    FreedesktopNotifier *m_desktop;
    QSystemTrayIcon *m_tray = nullptr;
    QSoundEffect *m_sound = nullptr;
    QIcon m_base;
    QIcon m_icon;
    QString m_toolTip;
    qint64 m_lastShown = 0; // the conversation of the message on screen
};

} // namespace AgentDesk
