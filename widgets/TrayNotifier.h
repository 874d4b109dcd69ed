#pragma once

#include "controllers/NotificationController.h"

#include <QIcon>
#include <QObject>

class QSoundEffect;
class QSystemTrayIcon;
class QWidget;

namespace AgentDesk {

// The desktop side of notifications: a tray icon whose badge and tooltip carry the unread count,
// desktop messages that open their conversation when clicked, the notification sound. Where the
// desktop has no tray, the window asks for attention instead (taskbar flash) and its title counts.
class TrayNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(QWidget *window, QObject *parent = nullptr);
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
    QSystemTrayIcon *m_tray = nullptr;
    QSoundEffect *m_sound = nullptr;
    QIcon m_base;
    QIcon m_icon;
    QString m_toolTip;
    qint64 m_lastShown = 0; // the conversation of the message on screen
};

} // namespace AgentDesk
