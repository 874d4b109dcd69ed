// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"

#include <QCoreApplication>
#include <QTest>

using namespace AgentDesk;

class tst_AppOptions : public QObject
{
    Q_OBJECT

    static QStringList args(std::initializer_list<const char *> list)
    {
        QStringList out{QStringLiteral("agentdesk")};
        for (const char *a : list)
            out << QString::fromUtf8(a);
        return out;
    }

private Q_SLOTS:
    void defaultsRunTheDemo()
    {
        AppOptions o;
        QString error;
        QVERIFY(o.parse(args({}), &error));
        QCOMPARE(o.backends, QStringList{QStringLiteral("demo")});
        QCOMPARE(o.demoRate, 3.0);
        QCOMPARE(o.seed, 1u);
        QVERIFY(o.profileDir.endsWith(QLatin1String("/default")));
        QVERIFY(o.storePath().startsWith(o.profileDir));
    }

    void readsEveryOption()
    {
        AppOptions o;
        QString error;
        QVERIFY(o.parse(args({"--backend", "demo, TestPlugin", "--profile", "/tmp/p", "--demo-rate", "12.5",
                              "--seed", "42", "--plugin-dir", "/opt/plugins", "--generate", "1000"}),
                        &error));
        QCOMPARE(o.backends, (QStringList{QStringLiteral("demo"), QStringLiteral("testplugin")}));
        QCOMPARE(o.profileDir, QStringLiteral("/tmp/p"));
        QCOMPARE(o.demoRate, 12.5);
        QCOMPARE(o.seed, 42u);
        QCOMPARE(o.pluginDirs, QStringList{QStringLiteral("/opt/plugins")});
        QCOMPARE(o.generateConversations, 1000);
        AppOptions none;
        QVERIFY(none.parse(args({"--backend", "none"}), &error));
        QVERIFY(none.backends.isEmpty());
    }

    void badValuesGetAClearError()
    {
        AppOptions o;
        QString error;
        QVERIFY(!o.parse(args({"--demo-rate", "fast"}), &error));
        QVERIFY2(error.contains(QLatin1String("--demo-rate")) && error.contains(QLatin1String("fast")),
                 qPrintable(error));
        QVERIFY(!o.parse(args({"--generate", "-5"}), &error));
        QVERIFY(error.contains(QLatin1String("--generate")));
    }

    void knowsWhenNoWindowIsNeeded()
    {
        const char *gen[] = {"agentdesk", "--generate", "10"};
        const char *gui[] = {"agentdesk", "--seed", "3"};
        QVERIFY(AppOptions::wantsNoGui(3, const_cast<char **>(gen)));
        QVERIFY(!AppOptions::wantsNoGui(3, const_cast<char **>(gui)));
    }
};

QTEST_GUILESS_MAIN(tst_AppOptions)
#include "tst_AppOptions.moc"
