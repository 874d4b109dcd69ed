// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoMedia.h"
#include "DemoPhrases.h"

#include "services/ServiceCall.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace AgentDesk {

namespace {
const QLatin1String scheme("demo-media:");
} // namespace

struct DemoMedia::Transfer
{
    QPointer<QObject> context;
    bool hasContext = false;
    Progress progress;
    Done done;
    QString path;
    QFile source;
    QFile part;
    QTimer timer;
};

DemoMedia::DemoMedia(QObject *parent)
    : QObject(parent)
{}

DemoMedia::~DemoMedia()
{
    qDeleteAll(m_transfers);
}

const QList<DemoMedia::Sample> &DemoMedia::samples()
{
    static const QList<Sample> all{
        {QStringLiteral("error-screen.jpg"), QStringLiteral("IMG_2041.jpg"), QStringLiteral("image/jpeg"),
         Kind::Picture, QStringLiteral("Orion NAS 4")}, // SN-ORN4-…
        {QStringLiteral("nas-red-light.jpg"), QStringLiteral("IMG_2042.jpg"), QStringLiteral("image/jpeg"),
         Kind::Picture, QStringLiteral("Orion NAS 4")},
        {QStringLiteral("serial-label.png"), QStringLiteral("label.png"), QStringLiteral("image/png"),
         Kind::Picture, QStringLiteral("Orion NAS 4")},
        {QStringLiteral("voice-note.ogg"), QStringLiteral("voice message.ogg"), QStringLiteral("audio/ogg"),
         Kind::Voice, QStringLiteral("*")},
        {QStringLiteral("disk-clicking.mp4"), QStringLiteral("VID_0313.mp4"), QStringLiteral("video/mp4"),
         Kind::Video, QStringLiteral("storage")}, // a disk clicking
        {QStringLiteral("invoice.pdf"), QStringLiteral("invoice 2026-0417.pdf"),
         QStringLiteral("application/pdf"), Kind::Document, QStringLiteral("*")},
    };
    return all;
}

QList<const DemoMedia::Sample *> DemoMedia::fitting(std::optional<Kind> kind, const Product &product)
{
    const QString family = DemoPhrases::family(product);
    QList<const Sample *> out;
    for (const Sample &s : samples())
        if ((!kind || s.kind == *kind) &&
            (s.fits == QLatin1String("*") || s.fits == family || product.model.startsWith(s.fits)))
            out << &s;
    return out;
}

Attachment DemoMedia::attachment(const Sample &sample)
{
    Attachment a;
    a.remoteRef = scheme + sample.resource;
    a.fileName = sample.fileName;
    a.mimeType = sample.mimeType;
    a.size = QFileInfo(QStringLiteral(":/demo-media/") + sample.resource).size();
    return a;
}

quint64 DemoMedia::fetch(const Attachment &attachment, const QString &path, QObject *context,
                         Progress progress, Done done)
{
    // Only the catalogue is served: a reference is never turned into a path by itself.
    const QString resource =
        attachment.remoteRef.startsWith(scheme) ? attachment.remoteRef.mid(scheme.size()) : QString();
    const auto it = std::find_if(samples().cbegin(), samples().cend(),
                                 [&](const Sample &s) { return s.resource == resource; });
    if (it == samples().cend()) {
        deliverResult(context, std::move(done), tr("The demo has no file %1.").arg(attachment.fileName));
        return 0;
    }
    auto *t = new Transfer;
    t->context = context;
    t->hasContext = context != nullptr;
    t->progress = std::move(progress);
    t->done = std::move(done);
    t->path = path;
    t->source.setFileName(QStringLiteral(":/demo-media/") + resource);
    t->part.setFileName(path + QStringLiteral(".part"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    const quint64 id = m_nextId++;
    m_transfers.insert(id, t);
    if (!t->source.open(QIODevice::ReadOnly) || !t->part.open(QIODevice::Append)) {
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                finish(id, tr("Cannot write the download: %1").arg(m_transfers[id]->part.errorString()));
            },
            Qt::QueuedConnection);
        return id;
    }
    t->source.seek(std::min(t->part.size(), t->source.size())); // resume from what was kept
    t->timer.setInterval(chunkIntervalMs);
    connect(&t->timer, &QTimer::timeout, this, [this, id] { step(id); });
    t->timer.start();
    return id;
}

void DemoMedia::step(quint64 id)
{
    Transfer *t = m_transfers.value(id);
    if (!t)
        return;
    const QByteArray chunk = t->source.read(chunkBytes);
    if (t->part.write(chunk) != chunk.size()) {
        finish(id, tr("Cannot write the download: %1").arg(t->part.errorString()));
        return;
    }
    if (t->progress && (!t->hasContext || t->context))
        t->progress(t->part.size(), t->source.size());
    if (!t->source.atEnd())
        return;
    t->part.close();
    QFile::remove(t->path);
    finish(id, t->part.rename(t->path) ? QString() : tr("Cannot move the download to %1.").arg(t->path));
}

void DemoMedia::cancel(quint64 id)
{
    if (m_transfers.contains(id))
        finish(id, tr("Cancelled."));
}

void DemoMedia::finish(quint64 id, const QString &error)
{
    Transfer *t = m_transfers.take(id);
    if (!t)
        return;
    t->timer.stop();
    t->part.close(); // on failure or cancel what arrived stays for a resume
    if (t->done && (!t->hasContext || t->context))
        t->done(error);
    delete t;
}

} // namespace AgentDesk
