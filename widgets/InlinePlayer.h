// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QMediaPlayer;

namespace AgentDesk {

// Plays a voice note inside its bubble: one at a time, as a chat app does. The conversation view
// asks what is playing to draw the tile (position, duration) and repaints on changed().
class InlinePlayer final : public QObject
{
    Q_OBJECT

public:
    explicit InlinePlayer(QObject *parent = nullptr);
    ~InlinePlayer() override;

    // Plays attachmentId's file, pauses it if it is playing, goes on if it was paused.
    void toggle(qint64 attachmentId, const QString &path);
    // Jumps to a fraction (0..1) of the one that is loaded.
    void seek(qint64 attachmentId, double fraction);
    void stop();

    qint64 current() const { return m_current; }
    bool isPlaying(qint64 attachmentId) const;
    qint64 position() const;
    qint64 duration() const;
    QMediaPlayer *player() const { return m_player; }

Q_SIGNALS:
    void changed();

private:
    void ensurePlayer();

    QMediaPlayer *m_player = nullptr; // made on first use
    qint64 m_current = 0;
};

} // namespace AgentDesk
