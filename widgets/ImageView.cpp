// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageView.h"

#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>

namespace AgentDesk {

namespace {
constexpr qreal minZoom = 0.05;
constexpr qreal maxZoom = 16.0;
} // namespace

ImageView::ImageView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    setCursor(Qt::OpenHandCursor);
}

void ImageView::setImage(const QImage &image)
{
    m_image = image;
    m_message.clear();
    fit();
}

void ImageView::setMessage(const QString &message)
{
    m_image = QImage();
    m_message = message;
    update();
}

qreal ImageView::fitZoom() const
{
    if (m_image.isNull())
        return 1.0;
    const QSizeF shown = QSizeF(m_image.size()) / m_image.devicePixelRatio();
    return std::min({1.0, width() / shown.width(), height() / shown.height()}); // never enlarged to fit
}

void ImageView::fit()
{
    m_fit = true;
    m_zoom = fitZoom();
    m_offset = {};
    update();
}

void ImageView::actualSize()
{
    m_fit = false;
    m_zoom = 1.0;
    m_offset = {};
    update();
}

void ImageView::zoomBy(qreal factor, const QPointF &anchor)
{
    if (m_image.isNull())
        return;
    const qreal next = std::clamp(m_zoom * factor, minZoom, maxZoom);
    // Keep the point under the anchor where it is.
    const QPointF centre = QPointF(width(), height()) / 2 + m_offset;
    m_offset += (anchor - centre) * (1 - next / m_zoom);
    m_zoom = next;
    m_fit = false;
    update();
}

QRectF ImageView::target() const
{
    const QSizeF size = QSizeF(m_image.size()) / m_image.devicePixelRatio() * m_zoom;
    const QPointF centre = QPointF(width(), height()) / 2 + m_offset;
    return QRectF(centre - QPointF(size.width(), size.height()) / 2, size);
}

void ImageView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::BrightText));
        p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 2.0);
    p.drawImage(target(), m_image);
}

void ImageView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent *event)
{
    m_dragFrom = event->position();
    setCursor(Qt::ClosedHandCursor);
}

void ImageView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    m_offset += event->position() - m_dragFrom;
    m_dragFrom = event->position();
    update();
}

void ImageView::mouseReleaseEvent(QMouseEvent *)
{
    setCursor(Qt::OpenHandCursor);
}

void ImageView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, centre);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8, centre);
        return;
    case Qt::Key_0:
        fit();
        return;
    case Qt::Key_1:
        actualSize();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ImageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fit)
        m_zoom = fitZoom();
}

} // namespace AgentDesk
