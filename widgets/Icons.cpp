// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace AgentDesk::Icons {

namespace {

QString pathOf(const QString &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

class TintedSvgEngine final : public QIconEngine
{
public:
    explicit TintedSvgEngine(const QString &path)
        : m_path(path)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size() * scale, mode, state, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // QIcon asks in device pixels already (the logical size times scale).
    QPixmap scaledPixmap(const QSize &pixels, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor ink =
            palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                          mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::ButtonText);
        // Buttons repaint often: each size and colour is drawn once (a palette switch makes new ones).
        const QString key =
            QStringLiteral("%1x%2@%3/%4").arg(pixels.width()).arg(pixels.height()).arg(scale).arg(ink.rgba());
        if (const auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        QPixmap out(pixels);
        out.fill(Qt::transparent);
        if (!pixels.isEmpty()) {
            if (!m_renderer.isValid())
                m_renderer.load(m_path);
            QPainter p(&out);
            p.setRenderHint(QPainter::Antialiasing);
            m_renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(pixels)));
            // The drawing's shape, in the colour of text on buttons in this palette and mode.
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(out.rect(), ink);
        }
        out.setDevicePixelRatio(scale);
        if (m_cache.size() > 32)
            m_cache.clear();
        m_cache.insert(key, out);
        return out;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new TintedSvgEngine(m_path); }
    QString key() const override { return QStringLiteral("AgentDeskTintedSvg"); }
    bool isNull() override { return !QFile::exists(m_path); }

private:
    QString m_path;
    QSvgRenderer m_renderer;
    QHash<QString, QPixmap> m_cache;
};

} // namespace

QIcon icon(const QString &name)
{
    return QIcon(new TintedSvgEngine(pathOf(name)));
}

bool exists(const QString &name)
{
    return QFile::exists(pathOf(name));
}

} // namespace AgentDesk::Icons
