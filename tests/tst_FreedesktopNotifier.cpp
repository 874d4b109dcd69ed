// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications against a notification server on a private session bus (a dbus-daemon of
// the test's own, on a socket in a temporary directory, stopped by PID at the end).
#include "desktop/FreedesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

// What GNOME Shell or a notification daemon does, as far as AgentDesk needs: take Notify, answer
// an id, and say when one of ours was clicked.
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString app, icon, summary, body;
        uint replaces = 0;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int)
    {
        shown.append({app, icon, summary, body, replaces, actions, hints});
        return replaces ? replaces : uint(shown.size() + 40);
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    void CloseNotification(uint) {}
};

class tst_FreedesktopNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;

private Q_SLOTS:
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is not installed (installer/install-deps.sh --with-servers)");
        m_daemon.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                QStringLiteral("--nopidfile"), QStringLiteral("--print-address"),
                                QStringLiteral("--address=unix:dir=") + m_dir.path()});
        QVERIFY(m_daemon.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 5000);
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY(m_address.startsWith(QLatin1String("unix:")));
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("server"));
        QDBusConnection::disconnectFromBus(QStringLiteral("client"));
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            m_daemon.waitForFinished(5000);
        }
    }

    void notifiesWithAnOpenActionAndFollowsTheService()
    {
        QDBusConnection client = QDBusConnection::connectToBus(m_address, QStringLiteral("client"));
        QVERIFY(client.isConnected());
        FreedesktopNotifier notifier(client);
        QSignalSpy availability(&notifier, &FreedesktopNotifier::availabilityChanged);
        QTest::qWait(200);
        QVERIFY(!notifier.isAvailable()); // nobody there yet: the tray is the fallback

        QDBusConnection server = QDBusConnection::connectToBus(m_address, QStringLiteral("server"));
        FakeNotificationServer fake;
        QVERIFY(server.registerObject(QLatin1String(FreedesktopNotifier::path), &fake,
                                      QDBusConnection::ExportAllSlots));
        QVERIFY(server.registerService(QLatin1String(FreedesktopNotifier::service)));
        QTRY_VERIFY(notifier.isAvailable());

        notifier.show(7, QStringLiteral("Ada Lovelace"), QStringLiteral("My NAS <b>beeps</b>"));
        QTRY_COMPARE(fake.shown.size(), 1);
        const FakeNotificationServer::Shown &first = fake.shown.first();
        QCOMPARE(first.summary, QStringLiteral("Ada Lovelace"));
        QCOMPARE(first.body, QStringLiteral("My NAS &lt;b&gt;beeps&lt;/b&gt;")); // text, never markup
        QCOMPARE(first.icon, QStringLiteral("org.agentdesk.AgentDesk"));
        QCOMPARE(first.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("org.agentdesk.AgentDesk"));
        QVERIFY(first.actions.contains(QStringLiteral("default")));
        QCOMPARE(first.actions.at(first.actions.indexOf(QStringLiteral("default")) + 1),
                 QStringLiteral("Open"));
        QCOMPARE(first.replaces, 0u);

        // A newer message of the same conversation replaces it; another conversation gets its own.
        QTest::qWait(100); // the id of the first has come back
        notifier.show(7, QStringLiteral("Ada Lovelace"), QStringLiteral("still beeping"));
        notifier.show(8, QStringLiteral("Zhang Wei"), QStringLiteral("hello"));
        QTRY_COMPARE(fake.shown.size(), 3);
        QCOMPARE(fake.shown[1].replaces, 41u);
        QCOMPARE(fake.shown[2].replaces, 0u);

        // Clicked: the conversation opens; another application's click is not ours.
        QSignalSpy open(&notifier, &FreedesktopNotifier::openRequested);
        server.send(QDBusMessage::createSignal(QLatin1String(FreedesktopNotifier::path),
                                               QLatin1String(FreedesktopNotifier::service),
                                               QStringLiteral("ActionInvoked"))
                    << 999u << QStringLiteral("default"));
        server.send(QDBusMessage::createSignal(QLatin1String(FreedesktopNotifier::path),
                                               QLatin1String(FreedesktopNotifier::service),
                                               QStringLiteral("ActionInvoked"))
                    << 41u << QStringLiteral("default"));
        QTRY_COMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toLongLong(), 7);

        // The service goes (the shell restarts): back to the fallback.
        QVERIFY(server.unregisterService(QLatin1String(FreedesktopNotifier::service)));
        QTRY_VERIFY(!notifier.isAvailable());
        QVERIFY(availability.size() >= 2);
    }
};

QTEST_MAIN(tst_FreedesktopNotifier)
#include "tst_FreedesktopNotifier.moc"
