// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/FileSecretStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

class tst_FileSecretStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::pair<QString, QString> read(FileSecretStore &store, const QString &key)
    {
        std::optional<std::pair<QString, QString>> out;
        store.read(key, this, [&](const QString &s, const QString &e) { out = {s, e}; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
            qWarning("no answer");
        return out.value_or(std::pair<QString, QString>{});
    }

    QString write(FileSecretStore &store, const QString &key, const QString *secret)
    {
        std::optional<QString> out;
        auto done = [&](const QString &e) { out = e; };
        secret ? store.write(key, *secret, this, done) : store.remove(key, this, done);
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
            qWarning("no answer");
        return out.value_or(QStringLiteral("no answer"));
    }

private Q_SLOTS:
    void keepsSecretsForTheOwnerOnly()
    {
        FileSecretStore store(m_dir.filePath(QStringLiteral("secrets.json")));
        QVERIFY(!store.isSecure());
        QVERIFY(store.description().contains(QLatin1String("unencrypted")));
        QCOMPARE(read(store, QStringLiteral("backend/rt-1")), std::make_pair(QString(), QString()));
        const QString secret = QStringLiteral("p\u00e4ss \"word\"");
        QCOMPARE(write(store, QStringLiteral("backend/rt-1"), &secret), QString());
        const QString other = QStringLiteral("token-2");
        QCOMPARE(write(store, QStringLiteral("backend/rt-2"), &other), QString());
        QCOMPARE(read(store, QStringLiteral("backend/rt-1")).first, secret);
        const auto perms = QFile::permissions(store.path());
        QVERIFY(perms & QFileDevice::ReadOwner);
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(perms & others, QFileDevice::Permissions());

        FileSecretStore again(store.path()); // as after a restart
        QCOMPARE(read(again, QStringLiteral("backend/rt-2")).first, other);
        QCOMPARE(write(again, QStringLiteral("backend/rt-2"), nullptr), QString());
        QCOMPARE(read(again, QStringLiteral("backend/rt-2")).first, QString());
        QCOMPARE(read(again, QStringLiteral("backend/rt-1")).first, secret);
    }

    // A damaged file (cut short, edited by hand) holds other accounts' secrets: it is refused with
    // a clear error, and neither a read nor a write replaces it.
    void aDamagedFileIsRefusedAndKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
        const QByteArray damaged = "{\"backend/rt-1\":\"secret-1\",\"backend/xmpp";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(damaged);
        f.close();
        FileSecretStore store(path);
        const auto [secret, error] = read(store, QStringLiteral("backend/rt-1"));
        QVERIFY(secret.isEmpty());
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        const QString other = QStringLiteral("new");
        QVERIFY(write(store, QStringLiteral("backend/rt-2"), &other).contains(QLatin1String("damaged")));
        QVERIFY(write(store, QStringLiteral("backend/rt-1"), nullptr).contains(QLatin1String("damaged")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), damaged);
    }

    void anUnreadableFileIsAClearError()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QFile::setPermissions(path, QFileDevice::Permissions());
        if (QFile(path).open(QIODevice::ReadOnly))
            QSKIP("running as a user who can read any file");
        FileSecretStore store(path);
        QVERIFY(read(store, QStringLiteral("x")).second.contains(QLatin1String("Cannot read")));
    }
};

QTEST_GUILESS_MAIN(tst_FileSecretStore)
#include "tst_FileSecretStore.moc"
