// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlinePlayer.h"

#include "media/SoundOutput.h"

#include <QMediaPlayer>
#include <QUrl>

namespace AgentDesk {

InlinePlayer::InlinePlayer(QObject *parent)
    : QObject(parent)
{}

InlinePlayer::~InlinePlayer()
{
    if (m_player)
        m_player->stop();
}

void InlinePlayer::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    SoundOutput::attach(m_player);
    connect(m_player, &QMediaPlayer::positionChanged, this, &InlinePlayer::changed);
    connect(m_player, &QMediaPlayer::durationChanged, this, &InlinePlayer::changed);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &InlinePlayer::changed);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia)
            m_player->setPosition(0); // ready to play again from the start
    });
}

void InlinePlayer::toggle(qint64 attachmentId, const QString &path)
{
    ensurePlayer();
    if (attachmentId == m_current) {
        m_player->playbackState() == QMediaPlayer::PlayingState ? m_player->pause() : m_player->play();
        return;
    }
    m_player->stop();
    m_current = attachmentId;
    m_player->setSource(QUrl::fromLocalFile(path));
    m_player->play();
    Q_EMIT changed();
}

void InlinePlayer::seek(qint64 attachmentId, double fraction)
{
    if (attachmentId != m_current || !m_player || m_player->duration() <= 0)
        return;
    m_player->setPosition(qint64(std::clamp(fraction, 0.0, 1.0) * double(m_player->duration())));
}

void InlinePlayer::stop()
{
    if (!m_player)
        return;
    m_player->stop();
    m_player->setSource({});
    m_current = 0;
    Q_EMIT changed();
}

bool InlinePlayer::isPlaying(qint64 attachmentId) const
{
    return m_player && attachmentId == m_current && m_player->playbackState() == QMediaPlayer::PlayingState;
}

qint64 InlinePlayer::position() const
{
    return m_player ? m_player->position() : 0;
}

qint64 InlinePlayer::duration() const
{
    return m_player ? m_player->duration() : 0;
}

} // namespace AgentDesk
