// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSecretStore.h"

#include <QFile>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QSaveFile>
#include <QThreadPool>

namespace AgentDesk {

namespace {

QJsonObject load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly)) {
        *error = FileSecretStore::tr("Cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    // A damaged file is refused, never replaced: writing over it would lose every other account's
    // secret with it.
    const QByteArray content = f.readAll();
    if (content.trimmed().isEmpty())
        return {}; // nothing to lose
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error =
            FileSecretStore::tr("The secrets file %1 is damaged (%2); AgentDesk leaves it as it is. Move "
                                "it away to enter the passwords again.")
                .arg(path, parse.error != QJsonParseError::NoError ? parse.errorString()
                                                                   : FileSecretStore::tr("not an object"));
        return {};
    }
    return doc.object();
}

} // namespace

FileSecretStore::FileSecretStore(const QString &path, QObject *parent)
    : SecretStore(parent)
    , m_path(path)
{}

QString FileSecretStore::description() const
{
    return tr("No system keychain is running: secrets are stored unencrypted in %1, readable only by your "
              "user account.")
        .arg(m_path);
}

// Whole-file read-modify-write, one at a time.
static QString update(const QString &path, QMutex *mutex, const QString &key, const QString *secret)
{
    QMutexLocker lock(mutex);
    QString error;
    QJsonObject all = load(path, &error);
    if (!error.isEmpty())
        return error;
    if (secret)
        all.insert(key, *secret);
    else
        all.remove(key);
    QSaveFile f(path);
    // Owner-only before anything is written into it.
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return FileSecretStore::tr("Cannot write %1: %2").arg(path, f.errorString());
    f.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
    if (!f.commit())
        return FileSecretStore::tr("Cannot write %1: %2").arg(path, f.errorString());
    return {};
}

template<typename R>
void FileSecretStore::runAsync(std::function<R()> f, QObject *context, std::function<void(R)> done)
{
    auto promise = std::make_shared<QPromise<R>>();
    promise->future().then(context, [done = std::move(done)](R result) { done(std::move(result)); });
    QThreadPool::globalInstance()->start([promise, f = std::move(f)] {
        promise->start();
        promise->addResult(f());
        promise->finish();
    });
}

void FileSecretStore::read(const QString &key, QObject *context, std::function<void(QString, QString)> done)
{
    using Result = std::pair<QString, QString>;
    runAsync<Result>(
        [path = m_path, mutex = m_mutex, key] {
            QMutexLocker lock(mutex.get());
            QString error;
            const QString secret = load(path, &error).value(key).toString();
            return Result{secret, error};
        },
        context, [done = std::move(done)](const Result &r) { done(r.first, r.second); });
}

void FileSecretStore::write(const QString &key, const QString &secret, QObject *context,
                            std::function<void(QString)> done)
{
    runAsync<QString>(
        [path = m_path, mutex = m_mutex, key, secret] { return update(path, mutex.get(), key, &secret); },
        context, std::move(done));
}

void FileSecretStore::remove(const QString &key, QObject *context, std::function<void(QString)> done)
{
    runAsync<QString>(
        [path = m_path, mutex = m_mutex, key] { return update(path, mutex.get(), key, nullptr); }, context,
        std::move(done));
}

} // namespace AgentDesk
