// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The system keychain where the machine has one; on machines without a Secret Service (CI) the
// probe must say so promptly, so that the app falls back to the labelled file.
#include "settings/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QTest>

using namespace AgentDesk;

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probesAndRoundTripsWhereAvailable()
    {
        const QString service = QStringLiteral("AgentDesk tests");
        std::optional<std::pair<bool, QString>> probed;
        QElapsedTimer timer;
        timer.start();
        KeychainSecretStore::probe(
            service, this,
            [&](bool ok, const QString &why) {
                probed = {ok, why};
            },
            3000);
        QVERIFY(QTest::qWaitFor([&] { return probed.has_value(); }, 10000));
        QVERIFY(timer.elapsed() < 5000);
        if (!probed->first) {
            QVERIFY(!probed->second.isEmpty()); // the reason, for the log
            QSKIP(qPrintable(QStringLiteral("no system keychain here: ") + probed->second));
        }
        KeychainSecretStore store(service);
        QVERIFY(store.isSecure());
        std::optional<QString> written;
        store.write(QStringLiteral("t"), QStringLiteral("s3cret"), this,
                    [&](const QString &e) { written = e; });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 10000));
        QCOMPARE(*written, QString());
        std::optional<QString> read;
        store.read(QStringLiteral("t"), this, [&](const QString &s, const QString &) { read = s; });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 10000));
        QCOMPARE(*read, QStringLiteral("s3cret"));
        std::optional<QString> removed;
        store.remove(QStringLiteral("t"), this, [&](const QString &e) { removed = e; });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 10000));
    }
};

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_KeychainSecretStore.moc"
