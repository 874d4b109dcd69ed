// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayNotifier.h"

#include "desktop/FreedesktopNotifier.h"

#include <QApplication>
#include <QIconEngine>
#include <QMenu>
#include <QPainter>
#include <QSoundEffect>
#include <QSystemTrayIcon>
#include <QWidget>

namespace AgentDesk {

namespace {
// Draws the base icon and the badge at whatever size is asked, so HiDPI trays get a sharp one.
class BadgeEngine final : public QIconEngine
{
public:
    BadgeEngine(QIcon base, int count)
        : m_base(std::move(base))
        , m_count(count)
    {}
    void paint(QPainter *p, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        m_base.paint(p, rect, Qt::AlignCenter, mode, state);
        if (m_count <= 0)
            return;
        const QString text = m_count > 99 ? QStringLiteral("99+") : QString::number(m_count);
        const qreal h = rect.height() * 0.5;
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(h * 0.72)));
        const qreal w = qMax(h, QFontMetricsF(font).horizontalAdvance(text) + h * 0.4);
        const QRectF badge(rect.right() + 1 - w, rect.top(), w, h);
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xd3, 0x2f, 0x2f));
        p->drawRoundedRect(badge, h / 2, h / 2);
        p->setPen(Qt::white);
        p->setFont(font);
        p->drawText(badge, Qt::AlignCenter, text);
        p->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }
    QIconEngine *clone() const override { return new BadgeEngine(m_base, m_count); }

private:
    QIcon m_base;
    int m_count;
};
} // namespace

TrayNotifier::TrayNotifier(QWidget *window, FreedesktopNotifier *desktop, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_desktop(desktop)
    , m_base(QApplication::windowIcon().isNull() ? QIcon(QStringLiteral(":/icons/agentdesk.svg"))
                                                 : QApplication::windowIcon())
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        auto *menu = new QMenu(window);
        menu->addAction(tr("Show AgentDesk"), this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastShown)
                Q_EMIT openRequested(m_lastShown);
        });
        m_tray->show();
    }
    if (m_desktop)
        connect(m_desktop, &FreedesktopNotifier::openRequested, this, &TrayNotifier::openRequested);
    setUnreadCount(0);
}

TrayNotifier::~TrayNotifier() = default;

QIcon TrayNotifier::badgeIcon(const QIcon &base, int count)
{
    return QIcon(new BadgeEngine(base, count));
}

void TrayNotifier::setUnreadCount(int count)
{
    m_icon = badgeIcon(m_base, count);
    m_toolTip =
        count > 0 ? tr("AgentDesk — %n unread message(s)", nullptr, count) : tr("AgentDesk — all read");
    if (m_tray) {
        m_tray->setIcon(m_icon);
        m_tray->setToolTip(m_toolTip);
    }
    m_window->setWindowTitle(count > 0 ? tr("(%1) AgentDesk").arg(count) : tr("AgentDesk"));
}

void TrayNotifier::show(const NotificationController::Notification &n)
{
    m_lastShown = n.conversationId;
    if (m_desktop && m_desktop->isAvailable())
        m_desktop->show(n.conversationId, n.title, n.body);
    else if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(n.title, n.body, m_base, 8000);
    else
        QApplication::alert(m_window); // no tray: the taskbar entry asks for attention
    if (n.sound) {
        // Made on the first sound: the audio device is opened only by a window that plays one
        // (not at start-up, not by a window closed before any news).
        if (!m_sound) {
            m_sound = new QSoundEffect(this);
            m_sound->setSource(QUrl(QStringLiteral("qrc:/sounds/notify.wav")));
            m_sound->setVolume(0.6f);
        }
        m_sound->play();
        Q_EMIT soundPlayed();
    }
    Q_EMIT shown(n);
}

} // namespace AgentDesk
