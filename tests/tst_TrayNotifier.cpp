// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayNotifier.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace AgentDesk;

class tst_TrayNotifier : public QObject
{
    Q_OBJECT

    static int redPixels(const QImage &image)
    {
        int red = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                red += c.red() > 180 && c.green() < 80 && c.blue() < 80 && c.alpha() > 200;
            }
        return red;
    }

private Q_SLOTS:
    // The unread badge is drawn at every size asked for (sharp on HiDPI), in the top-right corner.
    void theBadgeCarriesTheCount()
    {
        QPixmap blue(64, 64);
        blue.fill(QColor(0x19, 0x76, 0xd2));
        const QIcon base(blue);
        QCOMPARE(redPixels(TrayNotifier::badgeIcon(base, 0).pixmap(32, 32).toImage()), 0);
        for (const int size : {16, 32, 128}) {
            const QImage image = TrayNotifier::badgeIcon(base, 7).pixmap(size, size).toImage();
            QCOMPARE(image.width(), size);
            QVERIFY(redPixels(image) > size * size / 20);
            QVERIFY(redPixels(image.copy(0, size / 2, size, size / 2)) == 0); // top half only
        }
    }

    void titleAndTooltipCount()
    {
        QWidget window;
        TrayNotifier tray(&window);
        tray.setUnreadCount(3);
        QCOMPARE(window.windowTitle(), QStringLiteral("(3) AgentDesk"));
        QCOMPARE(tray.toolTip(), QStringLiteral("AgentDesk — 3 unread message(s)"));
        tray.setUnreadCount(0);
        QCOMPARE(window.windowTitle(), QStringLiteral("AgentDesk"));
        QSignalSpy shown(&tray, &TrayNotifier::shown);
        QSignalSpy sound(&tray, &TrayNotifier::soundPlayed);
        tray.show({NotificationController::Notification::Kind::Mention, 5, QStringLiteral("t"),
                   QStringLiteral("b"), false});
        QCOMPARE(shown.size(), 1);
        QCOMPARE(sound.size(), 0); // not wanted
    }
};

QTEST_MAIN(tst_TrayNotifier)
#include "tst_TrayNotifier.moc"
