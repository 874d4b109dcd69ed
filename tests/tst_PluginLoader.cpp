// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Backend.h"
#include "services/BackendPlugin.h"
#include "services/PluginLoader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

class tst_PluginLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsAPluginThroughTheRealLoader()
    {
        PluginLoader loader;
        const auto loaded = loader.load(QStringLiteral(TEST_PLUGIN_DIR));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().kind, QStringLiteral("testplugin"));
        std::unique_ptr<Backend> backend(loaded.first().plugin->create(
            QStringLiteral("tp"), {{QStringLiteral("greeting"), QStringLiteral("hi there")}}));
        QVERIFY(backend);
        QCOMPARE(backend->id(), QStringLiteral("tp"));
        QVERIFY(backend->capabilities().testFlag(Domain::Capability::Knowledge));
        // Signals of a backend built in the plugin reach the host: one shared meta-object.
        QSignalSpy events(backend.get(), &Backend::eventsReady);
        QSignalSpy state(backend.get(), &Backend::connectionStateChanged);
        backend->start(QStringLiteral("c0"));
        QCOMPARE(state.size(), 1);
        QCOMPARE(events.size(), 1);
        const auto batch = events.first().first().value<EventBatch>();
        QCOMPARE(batch.cursor, QStringLiteral("c0+1"));
        QCOMPARE(std::get<Customer>(batch.events.first()).name, QStringLiteral("hi there"));
        QVERIFY(qobject_cast<Backend *>(backend.get()));
    }

    void refusesAPluginOfAnotherInterfaceVersionWithAClearMessage()
    {
        PluginLoader loader;
        loader.load(QStringLiteral(TEST_PLUGIN_DIR));
        QCOMPARE(loader.errors().size(), 1);
        const QString error = loader.errors().first();
        QVERIFY2(error.contains(QLatin1String("agentdesk_old_backend_plugin")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("version 0")) &&
                     error.contains(QLatin1String("needs version " AgentDeskBackendPluginVersion)),
                 qPrintable(error));
    }

    // The Request Tracker backend ships as a plugin too; loaded, it makes a working RT backend.
    void loadsTheRequestTrackerPlugin()
    {
        PluginLoader loader;
        const auto loaded = loader.load(QStringLiteral(RT_PLUGIN_DIR));
        QVERIFY2(loader.errors().isEmpty(), qPrintable(loader.errors().join(QLatin1Char('\n'))));
        const auto rt = std::find_if(loaded.cbegin(), loaded.cend(), [](const PluginLoader::Loaded &p) {
            return p.kind == QLatin1String("rt");
        });
        QVERIFY(rt != loaded.cend());
        std::unique_ptr<Backend> backend(rt->plugin->create(
            QStringLiteral("rt-helpdesk"), {{QStringLiteral("url"), QStringLiteral("https://rt.example.com")},
                                            {QStringLiteral("user"), QStringLiteral("agent")},
                                            {QStringLiteral("name"), QStringLiteral("Helpdesk")}}));
        QVERIFY(backend);
        QCOMPARE(backend->id(), QStringLiteral("rt-helpdesk"));
        QCOMPARE(backend->kind(), QStringLiteral("rt"));
        QCOMPARE(backend->displayName(), QStringLiteral("Helpdesk"));
        QVERIFY(backend->tickets() && backend->knowledge() && backend->messaging());
        QVERIFY(!backend->directory());
    }

    void ignoresFilesThatAreNotPlugins()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("libjunk.so")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not an ELF file");
        junk.close();
        PluginLoader loader;
        QVERIFY(loader.load(dir.path()).isEmpty());
        QVERIFY(loader.errors().isEmpty());
        QVERIFY(loader.load(dir.filePath(QStringLiteral("missing"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PluginLoader)
#include "tst_PluginLoader.moc"
