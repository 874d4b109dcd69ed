// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attachment.h"
#include "media/MediaInspector.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;
class QStackedWidget;
class QToolButton;
class QVideoWidget;

namespace AgentDesk {

class ImageView;

// The conversation's pictures, sound and video in a window of their own: pictures at full size
// with zoom and pan, sound and video with play/pause, seek and speed; Left and Right (or the
// arrows) go through them in the conversation's order; "Save as…" copies the file out.
class MediaViewer final : public QWidget
{
    Q_OBJECT

public:
    struct Item
    {
        Attachment attachment;
        QString path; // the cached file
        MediaInspector::Kind kind = MediaInspector::Kind::Image;
    };

    explicit MediaViewer(QWidget *parent = nullptr);
    ~MediaViewer() override;

    void setItems(const QList<Item> &items, int current);
    int current() const { return m_current; }
    int count() const { return int(m_items.size()); }
    void next();
    void previous();
    void setSpeed(qreal rate);
    void saveAs();
    // Pictures larger than this (device pixels) are scaled down while decoding.
    static constexpr int maxSide = 4096;

    ImageView *imageView() const { return m_image; }
    QMediaPlayer *player() const { return m_player; }
    QPushButton *playButton() const { return m_play; }
    QComboBox *speedBox() const { return m_speed; }

Q_SIGNALS:
    void saved(const QString &path, const QString &error); // error empty: copied

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showCurrent();
    void updatePosition();
    void copyTo(const QString &target);

    QList<Item> m_items;
    int m_current = -1;
    int m_generation = 0; // drops pictures decoded for an item no longer shown
    QLabel *m_title;
    QToolButton *m_previous;
    QToolButton *m_next;
    QStackedWidget *m_stack;
    ImageView *m_image;
    QVideoWidget *m_video;
    QLabel *m_audio;
    QWidget *m_controls;
    QPushButton *m_play;
    QSlider *m_position;
    QLabel *m_time;
    QComboBox *m_speed;
    QMediaPlayer *m_player;
};

} // namespace AgentDesk
