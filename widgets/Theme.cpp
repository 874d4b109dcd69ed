// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <cmath>

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace AgentDesk {

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool Theme::isDark()
{
    return isDark(QApplication::palette());
}

namespace {
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::readable(const QColor &wanted, const QColor &background, double ratio)
{
    if (contrast(wanted, background) >= ratio)
        return wanted;
    // Towards whichever end of the lightness scale lies further from the background.
    const bool lighter = luminance(background) < 0.18;
    float h, s, l, a;
    wanted.getHslF(&h, &s, &l, &a);
    QColor best = lighter ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 1; step <= 20; ++step) {
        const float target = lighter ? l + (1.0f - l) * step / 20.0f : l * (1.0f - step / 20.0f);
        const QColor c = QColor::fromHslF(h, s, target, 1.0f);
        if (contrast(c, background) >= ratio) {
            best = c;
            break;
        }
    }
    return best;
}

QPalette Theme::lightPalette()
{
    QPalette p(QColor(0xef, 0xf0, 0xf1), QColor(0xf7, 0xf7, 0xf8));
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf7));
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Button, QColor(0xf7, 0xf7, 0xf8));
    p.setColor(QPalette::ButtonText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Highlight, QColor(0x19, 0x76, 0xd2));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x77, 0x7f));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x15, 0x65, 0xc0));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa4, 0xa8));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p(QColor(0x3a, 0x3d, 0x41), QColor(0x2a, 0x2d, 0x31));
    p.setColor(QPalette::Window, QColor(0x2a, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::Base, QColor(0x1e, 0x20, 0x23));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2c));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xc5)); // white on it: 5:1
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x96, 0x9c, 0xa3));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::Link, QColor(0x64, 0xb5, 0xf6));
    p.setColor(QPalette::BrightText, Qt::white);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6f, 0x74, 0x7a));
    return p;
}

void Theme::apply(Mode mode)
{
    if (s_systemStyle.isEmpty())
        s_systemStyle = QApplication::style()->name();
    s_mode = mode;
    if (mode == Mode::System) {
        // Back to the platform's style and palette, which follow the desktop from then on.
        if (QApplication::style()->name() != s_systemStyle)
            QApplication::setStyle(QStyleFactory::create(s_systemStyle));
        QApplication::setPalette(QPalette());
        return;
    }
    // Fusion paints with the palette it is given everywhere; native styles may not.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
}

QString Theme::name(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::fromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

} // namespace AgentDesk
