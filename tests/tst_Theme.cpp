// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentTile.h"
#include "domain/Message.h"
#include "Icons.h"
#include "InboxDelegate.h"
#include "MessageDelegate.h"
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

    void contrastIsMeasuredAsWcagDoes()
    {
        QCOMPARE(qRound(Theme::contrast(Qt::black, Qt::white)), 21);
        QCOMPARE(Theme::contrast(Qt::red, Qt::red), 1.0);
        // The selected inbox row's old SLA red on its blue: unreadable, and made readable.
        const QColor blue(0x19, 0x76, 0xd2), red(0xd3, 0x2f, 0x2f);
        QVERIFY(Theme::contrast(red, blue) < 1.5);
        QVERIFY(Theme::contrast(Theme::readable(red, blue), blue) >= 4.5);
        QCOMPARE(Theme::readable(Qt::black, Qt::white), QColor(Qt::black)); // already fine: unchanged
    }

    // Every text the rows and bubbles paint reads at 4.5:1 at least on what it is painted on, in
    // the light and the dark palette, selected or not (WCAG AA for normal text).
    void everyTextReadsOnItsBackground()
    {
        const auto check = [](const char *what, const QColor &ink, const QColor &background,
                              const char *theme) {
            const double ratio = Theme::contrast(ink, background);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 in %2: %3 on %4 is %5:1")
                                                  .arg(QLatin1String(what), QLatin1String(theme), ink.name(),
                                                       background.name())
                                                  .arg(ratio, 0, 'f', 2)));
        };
        for (const auto &[theme, palette] :
             {std::pair{"light", Theme::lightPalette()}, std::pair{"dark", Theme::darkPalette()}}) {
            const QPalette &p = palette;
            check("text", p.color(QPalette::Text), p.color(QPalette::Base), theme);
            check("window text", p.color(QPalette::WindowText), p.color(QPalette::Window), theme);
            check("button text", p.color(QPalette::ButtonText), p.color(QPalette::Button), theme);
            check("selected text", p.color(QPalette::HighlightedText), p.color(QPalette::Highlight), theme);
            check("placeholder", p.color(QPalette::PlaceholderText), p.color(QPalette::Base), theme);
            check("link", p.color(QPalette::Link), p.color(QPalette::Base), theme);
            check("file warning", AttachmentTile::warningInk(p), p.color(QPalette::Base), theme);
            for (const bool selected : {false, true}) {
                const InboxDelegate::Inks k = InboxDelegate::inks(p, selected);
                check("row text", k.text, k.background, theme);
                check("row dim text", k.dim, k.background, theme);
                check("SLA over", k.overdue, k.background, theme);
                check("SLA soon", k.soon, k.background, theme);
                check("typing", k.typing, k.background, theme);
                check("unread count", k.badgeText, k.badgeFill, theme);
            }
            Message m;
            for (int kind = 0; kind < 4; ++kind) {
                m.direction = kind == 0 ? Domain::Direction::Inbound : Domain::Direction::Outbound;
                m.internalNote = kind == 2;
                m.delivery = kind == 3 ? Domain::DeliveryState::Failed : Domain::DeliveryState::Delivered;
                const MessageDelegate::BubbleInks b = MessageDelegate::bubbleInks(p, m);
                check("bubble text", b.text, b.fill, theme);
                check("bubble time", b.meta, b.fill, theme);
            }
        }
    }
};

QTEST_MAIN(tst_Theme)
#include "tst_Theme.moc"
