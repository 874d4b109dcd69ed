#include "Icons.h"
#include "Theme.h"

#include <QApplication>
#include <QImage>
#include <QStyle>
#include <QTest>

using namespace AgentDesk;

// Theme and the icons it tints (Icons has no state of its own to test apart from the palette).
class tst_Theme : public QObject
{
    Q_OBJECT

    static QColor inkOf(const QIcon &icon, qreal scale)
    {
        const QImage image = icon.pixmap(QSize(24, 24), scale).toImage();
        // The most opaque pixel is the stroke.
        QColor best(Qt::transparent);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() > best.alpha())
                    best = c;
            }
        return best;
    }

private Q_SLOTS:
    void switchesBetweenSystemLightAndDark()
    {
        const QPalette system = QApplication::palette();
        const QString systemStyle = QApplication::style()->name();
        Theme::apply(Theme::Mode::Dark);
        QCOMPARE(Theme::mode(), Theme::Mode::Dark);
        QVERIFY(Theme::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Base), Theme::darkPalette().color(QPalette::Base));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        // Text stays readable on its background in both fixed palettes.
        for (const QPalette &p : {Theme::darkPalette(), Theme::lightPalette()})
            QVERIFY(qAbs(p.color(QPalette::Text).lightness() - p.color(QPalette::Base).lightness()) > 150);
        Theme::apply(Theme::Mode::Light);
        QVERIFY(!Theme::isDark());
        Theme::apply(Theme::Mode::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        QCOMPARE(QApplication::style()->name(), systemStyle);

        QCOMPARE(Theme::fromName(Theme::name(Theme::Mode::Dark)), Theme::Mode::Dark);
        QCOMPARE(Theme::fromName(QStringLiteral("purple")), Theme::Mode::System);
    }

    void iconsAreSharpAndTintedToThePalette()
    {
        QVERIFY(Icons::exists(QStringLiteral("pop-out")));
        QVERIFY(!Icons::exists(QStringLiteral("no-such-icon")));
        const QIcon icon = Icons::icon(QStringLiteral("resolve"));
        QVERIFY(!icon.isNull());
        // Drawn at the device pixels asked for, not scaled up from a small bitmap.
        const QPixmap hidpi = icon.pixmap(QSize(24, 24), 2.0);
        QCOMPARE(hidpi.size(), QSize(48, 48));
        QCOMPARE(hidpi.devicePixelRatio(), 2.0);
        Theme::apply(Theme::Mode::Dark);
        const QColor onDark = inkOf(icon, 1.0);
        QCOMPARE(onDark.rgb(), Theme::darkPalette().color(QPalette::ButtonText).rgb());
        Theme::apply(Theme::Mode::Light);
        const QColor onLight = inkOf(icon, 1.0);
        QCOMPARE(onLight.rgb(), Theme::lightPalette().color(QPalette::ButtonText).rgb());
        Theme::apply(Theme::Mode::System);
    }
};

QTEST_MAIN(tst_Theme)
#include "tst_Theme.moc"
