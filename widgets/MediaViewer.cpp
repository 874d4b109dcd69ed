// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediaViewer.h"

#include "ImageView.h"
#include "media/MediaInspector.h"
#include "media/SoundOutput.h"
#include "media/ThumbnailLoader.h"

#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMediaPlayer>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTime>
#include <QToolButton>
#include <QVideoWidget>

namespace AgentDesk {

namespace {

using Kind = MediaInspector::Kind;

QString clock(qint64 ms)
{
    const QTime t = QTime(0, 0).addMSecs(int(ms));
    return t.toString(ms >= 3600000 ? QStringLiteral("h:mm:ss") : QStringLiteral("m:ss"));
}

} // namespace

MediaViewer::MediaViewer(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_title(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_image(new ImageView(this))
    , m_video(new QVideoWidget(this))
    , m_audio(new QLabel(this))
    , m_controls(new QWidget(this))
    , m_play(new QPushButton(m_controls))
    , m_position(new QSlider(Qt::Horizontal, m_controls))
    , m_time(new QLabel(m_controls))
    , m_speed(new QComboBox(m_controls))
    , m_player(new QMediaPlayer(this))
{
    // Left and Right page through the media wherever the focus is (the position slider, the speed
    // box): shortcuts of the window come before the keys of the focused control.
    for (const auto &[key, step] : {std::pair{Qt::Key_Left, -1}, std::pair{Qt::Key_Right, 1}}) {
        auto *page = new QShortcut(QKeySequence(key), this);
        page->setContext(Qt::WindowShortcut);
        connect(page, &QShortcut::activated, this, [this, step = step] { step < 0 ? previous() : next(); });
    }
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("mediaViewer"));
    resize(900, 680);
    m_title->setTextFormat(Qt::PlainText); // a sender's file name, never markup
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_previous->setToolTip(tr("Previous (Left)"));
    m_next->setToolTip(tr("Next (Right)"));
    auto *save = new QPushButton(tr("Save as…"), this);
    connect(save, &QPushButton::clicked, this, &MediaViewer::saveAs);
    connect(m_previous, &QToolButton::clicked, this, &MediaViewer::previous);
    connect(m_next, &QToolButton::clicked, this, &MediaViewer::next);

    m_audio->setAlignment(Qt::AlignCenter);
    m_audio->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_image);
    m_stack->addWidget(m_video);
    m_stack->addWidget(m_audio);

    SoundOutput::attach(m_player);
    m_player->setVideoOutput(m_video);
    for (const qreal rate : {0.5, 0.75, 1.0, 1.25, 1.5, 2.0})
        m_speed->addItem(QStringLiteral("%1×").arg(QLocale().toString(rate)), rate);
    m_speed->setCurrentIndex(2);
    m_speed->setToolTip(tr("Playback speed"));
    connect(m_speed, &QComboBox::activated, this, [this] { setSpeed(m_speed->currentData().toReal()); });
    m_play->setText(tr("Play"));
    connect(m_play, &QPushButton::clicked, this, [this] {
        m_player->playbackState() == QMediaPlayer::PlayingState ? m_player->pause() : m_player->play();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        m_play->setText(state == QMediaPlayer::PlayingState ? tr("Pause") : tr("Play"));
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        m_position->setRange(0, int(ms));
        updatePosition();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &MediaViewer::updatePosition);
    connect(m_position, &QSlider::sliderMoved, m_player, [this](int ms) { m_player->setPosition(ms); });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &error) {
        m_audio->setText(tr("This cannot be played: %1").arg(error));
        m_stack->setCurrentWidget(m_audio);
    });

    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_play);
    controls->addWidget(m_position, 1);
    controls->addWidget(m_time);
    controls->addWidget(m_speed);

    auto *top = new QHBoxLayout;
    top->addWidget(m_previous);
    top->addWidget(m_title, 1);
    top->addWidget(save);
    top->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_controls);
}

MediaViewer::~MediaViewer()
{
    m_player->stop();
}

void MediaViewer::setItems(const QList<Item> &items, int current)
{
    m_items = items;
    m_current = items.isEmpty() ? -1 : std::clamp(current, 0, int(items.size()) - 1);
    showCurrent();
}

void MediaViewer::next()
{
    if (m_current + 1 < m_items.size()) {
        ++m_current;
        showCurrent();
    }
}

void MediaViewer::previous()
{
    if (m_current > 0) {
        --m_current;
        showCurrent();
    }
}

void MediaViewer::setSpeed(qreal rate)
{
    m_player->setPlaybackRate(rate);
    const int i = m_speed->findData(rate);
    if (i >= 0)
        m_speed->setCurrentIndex(i);
}

void MediaViewer::showCurrent()
{
    ++m_generation;
    m_player->stop();
    m_player->setSource({});
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < m_items.size());
    if (m_current < 0) {
        m_title->clear();
        m_image->setMessage(tr("Nothing to show."));
        m_stack->setCurrentWidget(m_image);
        m_controls->hide();
        return;
    }
    const Item &item = m_items[m_current];
    const QString name = MediaInspector::safeFileName(item.attachment.fileName);
    m_title->setText(tr("%1 (%2 of %3)").arg(name).arg(m_current + 1).arg(m_items.size()));
    setWindowTitle(name);
    if (item.kind == Kind::Image) {
        m_controls->hide();
        m_stack->setCurrentWidget(m_image);
        m_image->setMessage(tr("Loading picture…"));
        // Decoded on a worker, never here; a picture left behind meanwhile is dropped.
        const int generation = m_generation;
        const qreal dpr = devicePixelRatioF();
        QPointer<MediaViewer> guard(this);
        QThreadPool::globalInstance()->start([guard, generation, path = item.path, dpr] {
            ThumbnailLoader::Result r = ThumbnailLoader::decode(path, QSize(maxSide, maxSide));
            r.image.setDevicePixelRatio(dpr);
            QMetaObject::invokeMethod(
                qApp,
                [guard, generation, r] {
                    if (!guard || guard->m_generation != generation)
                        return;
                    if (r.image.isNull())
                        guard->m_image->setMessage(r.problem);
                    else
                        guard->m_image->setImage(r.image);
                },
                Qt::QueuedConnection);
        });
        m_image->setFocus();
        return;
    }
    m_controls->show();
    if (item.kind == Kind::Video) {
        m_stack->setCurrentWidget(m_video);
    } else {
        m_audio->setText(tr("Sound recording\n%1").arg(name));
        m_stack->setCurrentWidget(m_audio);
    }
    m_player->setSource(QUrl::fromLocalFile(item.path));
    m_player->setPlaybackRate(m_speed->currentData().toReal());
    m_player->play();
}

void MediaViewer::updatePosition()
{
    if (!m_position->isSliderDown())
        m_position->setValue(int(m_player->position()));
    m_time->setText(QStringLiteral("%1 / %2").arg(clock(m_player->position()), clock(m_player->duration())));
}

void MediaViewer::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        if (m_controls->isVisible()) {
            m_play->click();
            return;
        }
        break;
    case Qt::Key_Escape:
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void MediaViewer::saveAs()
{
    if (m_current < 0)
        return;
    const Item item = m_items[m_current];
    // Non-modal: the window goes on working while the agent picks a place.
    auto *dialog =
        new QFileDialog(this, tr("Save as"),
                        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) +
                            QLatin1Char('/') + MediaInspector::safeFileName(item.attachment.fileName));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MediaViewer::copyTo);
    dialog->open();
}

void MediaViewer::copyTo(const QString &target)
{
    if (m_current < 0 || target.isEmpty())
        return;
    QPointer<MediaViewer> guard(this);
    QThreadPool::globalInstance()->start([guard, source = m_items[m_current].path, target] {
        QFile::remove(target); // the dialog already asked before replacing it
        QFile in(source);
        const QString error = in.copy(target) ? QString() : in.errorString();
        QMetaObject::invokeMethod(
            qApp,
            [guard, target, error] {
                if (guard)
                    Q_EMIT guard->saved(target, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace AgentDesk
