// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// agentdesk-mediabench: a conversation of pictures, scrolled.
//
//   QT_QPA_PLATFORM=offscreen agentdesk-mediabench [--images 500] [--width 1600] [--height 1200]
//                                                  [--cache-mb 64]
//
// Stores one conversation of --images customer photos (JPEG, --width x --height, each different),
// already downloaded into the media cache, then shows it in the real conversation view
// (MessageModel + MessageDelegate + MediaController) and scrolls it from the newest message to
// the oldest, a step per frame, loading older pages as it goes, then back down. Measures the
// longest time the GUI thread spent on one event (a stall the agent would feel), the paints of
// the message list, the thumbnails' memory against its budget, and the process's resident memory.
#include "itemmodels/MessageModel.h"
#include "media/MediaCache.h"
#include "media/MediaController.h"
#include "media/ThumbnailLoader.h"
#include "MessageDelegate.h"
#include "Percentiles.h"
#include "StartupProbe.h"
#include "store/Store.h"
#include "store/StoreDatabase.h"

#include <cstdio>
#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace AgentDesk;
using namespace AgentDesk::Domain;

namespace {

class BenchApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool measuring = false;
    QList<double> events; // every event handled on the GUI thread while scrolling, ms
    QList<double> paints; // the message list's paints, ms
    QObject *viewport = nullptr;
    double slowestMs = 0;
    QString slowest; // which receiver and event took longest
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!measuring || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const bool result = QApplication::notify(receiver, event);
        const double ms = t.nsecsElapsed() / 1e6;
        events << ms;
        if (ms > slowestMs) {
            slowestMs = ms;
            slowest = QStringLiteral("%1 %2")
                          .arg(QString::fromLatin1(receiver->metaObject()->className()))
                          .arg(int(event->type()));
        }
        if (receiver == viewport && event->type() == QEvent::Paint)
            paints << ms;
        return result;
    }
};

QByteArray photo(int i, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((i * 37) % 360, 120, 200));
    QPainter p(&image);
    for (int k = 0; k < 12; ++k)
        p.fillRect((k * 131 + i * 17) % size.width(), (k * 89 + i * 29) % size.height(), size.width() / 5,
                   size.height() / 6, QColor::fromHsv((i * 53 + k * 31) % 360, 200, 150));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "jpeg", 85);
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    BenchApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("images"), QStringLiteral("Pictures in the conversation."),
                      QStringLiteral("n"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("width"), QStringLiteral("Width of each picture."), QStringLiteral("px"),
                      QStringLiteral("1600")});
    parser.addOption({QStringLiteral("height"), QStringLiteral("Height of each picture."),
                      QStringLiteral("px"), QStringLiteral("1200")});
    parser.addOption({QStringLiteral("cache-mb"), QStringLiteral("Thumbnails kept in memory."),
                      QStringLiteral("MiB"), QStringLiteral("64")});
    parser.process(app);
    const int images = parser.value(QStringLiteral("images")).toInt();
    const QSize size(parser.value(QStringLiteral("width")).toInt(),
                     parser.value(QStringLiteral("height")).toInt());
    const qint64 cacheBytes = parser.value(QStringLiteral("cache-mb")).toLongLong() * 1024 * 1024;

    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("media-bench.sqlite3"));
    const QString cacheDir = dir.filePath(QStringLiteral("media"));
    {
        // The conversation and its pictures, downloaded already: the benchmark is about showing.
        StoreDatabase db;
        QString error;
        if (!db.open(storePath, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        MediaCache cache(cacheDir);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-1);
        Customer c;
        c.remoteId = QStringLiteral("c");
        c.name = QStringLiteral("Photo Sender");
        Conversation conv;
        conv.remoteId = QStringLiteral("k");
        conv.customerRemoteId = c.remoteId;
        conv.createdAt = t0;
        conv.updatedAt = t0;
        EventBatch batch{QStringLiteral("bench"), {c, conv}, {}};
        QList<QString> paths;
        for (int i = 0; i < images; ++i) {
            const QString download = dir.filePath(QStringLiteral("dl"));
            QFile f(download);
            f.open(QIODevice::WriteOnly);
            f.write(photo(i, size));
            f.close();
            const QString cached = cache.adopt(download, QStringLiteral("jpg"), &error);
            paths << cached;
            Message m;
            m.remoteId = QStringLiteral("m%1").arg(i);
            m.conversationRemoteId = conv.remoteId;
            m.direction = Direction::Inbound;
            m.authorName = c.name;
            m.text = QStringLiteral("Photo %1").arg(i + 1);
            m.sentAt = t0.addSecs(i * 60);
            m.attachments << Attachment{QStringLiteral("bench:%1").arg(i),
                                        QStringLiteral("IMG_%1.jpg").arg(i),
                                        QStringLiteral("image/jpeg"),
                                        QFileInfo(cached).size(),
                                        {}};
            batch.events << m;
        }
        db.applyBatch(batch);
        const qint64 first = db.sqlite().scalar("SELECT min(id) FROM attachments");
        for (int i = 0; i < images; ++i)
            db.setAttachmentLocalPath(first + i, paths[i]);
    }
    std::printf("data                        : %d pictures of %dx%d in one conversation\n", images,
                size.width(), size.height());

    Store store;
    store.open(storePath);
    MessageModel messages(&store);
    MediaController media(&store, nullptr, cacheDir);
    media.thumbnails()->setMemoryLimit(cacheBytes);
    QListView view;
    auto *delegate = new MessageDelegate(&view);
    delegate->setMedia(&media);
    view.setModel(&messages);
    view.setItemDelegate(delegate);
    view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view.setResizeMode(QListView::Adjust);
    view.resize(800, 900);
    view.show();
    app.viewport = view.viewport();

    const qint64 rssBefore = StartupProbe::residentKiB();
    qint64 peakThumbnails = 0;
    int phase = 0; // 0 loading, 1 up, 2 down
    QElapsedTimer clock;
    QTimer frame;
    frame.setInterval(16);
    QObject::connect(&store, &Store::opened, &app, [&] {
        QObject::connect(
            &messages, &MessageModel::loaded, &app,
            [&] {
                view.scrollToBottom();
                app.measuring = true;
                clock.start();
                phase = 1;
                frame.start();
            },
            Qt::SingleShotConnection);
        messages.setConversation(1);
    });
    QObject::connect(&frame, &QTimer::timeout, &app, [&] {
        peakThumbnails = std::max(peakThumbnails, media.thumbnails()->memoryUsed());
        QScrollBar *bar = view.verticalScrollBar();
        if (phase == 1) {
            if (bar->value() > bar->minimum() || messages.canFetchMore({}))
                bar->setValue(bar->value() - 120); // the view loads older pages at the top
            else
                phase = 2;
        } else if (phase == 2) {
            if (bar->value() < bar->maximum())
                bar->setValue(bar->value() + 120);
            else {
                frame.stop();
                app.measuring = false;
                app.quit();
            }
        }
    });
    QObject::connect(view.verticalScrollBar(), &QScrollBar::valueChanged, &app, [&](int value) {
        if (value == view.verticalScrollBar()->minimum() && messages.canFetchMore({}))
            messages.fetchMore({});
    });
    app.exec();

    const auto events = Bench::percentiles(app.events);
    const auto paints = Bench::percentiles(app.paints);
    std::printf("rows shown                  : %d of %d, scrolled up and down in %.1f s\n",
                messages.rowCount(), images, clock.elapsed() / 1000.0);
    std::printf("GUI-thread event, ms        : n=%lld p50 %.2f, p95 %.2f, p99 %.2f, longest %.2f\n",
                qlonglong(app.events.size()), events.p50, events.p95, events.p99, events.max);
    std::printf("longest event               : %s (receiver class, event type)\n", qPrintable(app.slowest));
    std::printf("message list paint, ms      : n=%lld p50 %.2f, p95 %.2f, p99 %.2f, longest %.2f\n",
                qlonglong(app.paints.size()), paints.p50, paints.p95, paints.p99, paints.max);
    std::printf("thumbnails in memory        : peak %.1f MiB of a %.1f MiB budget\n",
                peakThumbnails / 1048576.0, cacheBytes / 1048576.0);
    std::printf("resident memory             : %.1f MiB before scrolling, %.1f MiB after\n",
                rssBefore / 1024.0, StartupProbe::residentKiB() / 1024.0);
    return 0;
}
