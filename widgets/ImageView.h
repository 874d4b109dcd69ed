// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

namespace AgentDesk {

// A picture at full size: fits the window at first, zooms with the wheel, + and - (about the
// pointer), pans by dragging, 0 fits again and 1 shows it pixel for pixel.
class ImageView final : public QWidget
{
    Q_OBJECT

public:
    explicit ImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);      // a null image clears it
    void setMessage(const QString &message); // shown instead, e.g. while loading or why not
    QImage image() const { return m_image; }
    qreal zoom() const { return m_zoom; }
    bool fitted() const { return m_fit; }
    void zoomBy(qreal factor, const QPointF &anchor);
    void fit();
    void actualSize();

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    qreal fitZoom() const;
    QRectF target() const;

    QImage m_image;
    QString m_message;
    qreal m_zoom = 1.0;
    bool m_fit = true;
    QPointF m_offset; // of the picture's centre from the widget's, in widget pixels
    QPointF m_dragFrom;
};

} // namespace AgentDesk
