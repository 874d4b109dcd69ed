// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "domain/Product.h"

#include "domain/Attachment.h"

#include <functional>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QFile;
class QTimer;

namespace AgentDesk {

// The demo customers' pictures, voice notes, videos and documents (resources/demo-media, made for
// the project), and a simulated network that hands them out in chunks, so progress, cancel and
// resume behave as they do with a real server.
class DemoMedia final : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Picture,
        Voice,
        Video,
        Document
    };
    struct Sample
    {
        QString resource; // under :/demo-media/
        QString fileName; // as the customer's phone names it
        QString mimeType;
        Kind kind;
        QString
            fits; // what it shows: a product family (DemoPhrases::family), a model ("Orion NAS 4"), "*": any
    };

    explicit DemoMedia(QObject *parent = nullptr);
    ~DemoMedia() override;

    static const QList<Sample> &samples();
    // The samples of a kind (any kind: nullopt) that fit a product: a router's customer never sends
    // a NAS's error screen, an 8-bay's never the label of a 4-bay.
    static QList<const Sample *> fitting(std::optional<Kind> kind, const Product &product);
    // The attachment a message carries for this sample; its remote reference is "demo-media:<resource>".
    static Attachment attachment(const Sample &sample);

    // Bytes per chunk and the pause between chunks: about half a megabyte a second, a phone on a
    // weak network, so progress is there to see.
    static constexpr int chunkBytes = 16 * 1024;
    static constexpr int chunkIntervalMs = 30;

    using Progress = std::function<void(qint64, qint64)>;
    using Done = std::function<void(QString)>;
    // Writes the sample to path + ".part", going on from what is already there, then renames it.
    // Returns an id for cancel(), or 0 when done was already called (an unknown reference).
    quint64 fetch(const Attachment &attachment, const QString &path, QObject *context, Progress progress,
                  Done done);
    void cancel(quint64 id);

private:
    struct Transfer;
    void step(quint64 id);
    void finish(quint64 id, const QString &error);

    QHash<quint64, Transfer *> m_transfers;
    quint64 m_nextId = 1;
};

} // namespace AgentDesk
