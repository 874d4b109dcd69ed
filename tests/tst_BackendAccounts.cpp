// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/BackendAccounts.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

class tst_BackendAccounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static BackendAccount rt(const QString &url = QStringLiteral("https://rt.example.com"))
    {
        return {QStringLiteral("rt-1"),
                QStringLiteral("rt"),
                QStringLiteral("Helpdesk"),
                {{QStringLiteral("url"), url},
                 {QStringLiteral("user"), QStringLiteral("agent")},
                 {QStringLiteral("auth"), QStringLiteral("cookie")},
                 {QStringLiteral("queue"), QStringLiteral("Support")}}};
    }

private Q_SLOTS:
    void savesAndReadsAccountsWithoutTheirSecret()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            BackendAccounts accounts(settings);
            QCOMPARE(accounts.newId(QStringLiteral("rt")), QStringLiteral("rt-1"));
            BackendAccount a = rt();
            a.settings.insert(QStringLiteral("secret"), QStringLiteral("hunter2"));
            accounts.save(a);
            QCOMPARE(accounts.newId(QStringLiteral("rt")), QStringLiteral("rt-2"));
        }
        QFile ini(path);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("hunter2"));
        QSettings settings(path, QSettings::IniFormat);
        BackendAccounts accounts(settings);
        QCOMPARE(accounts.all(), QList<BackendAccount>{rt()});
        accounts.remove(QStringLiteral("rt-1"));
        QVERIFY(accounts.all().isEmpty());
    }

    void badInputIsExplained_data()
    {
        QTest::addColumn<BackendAccount>("account");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("error");
        BackendAccount noName = rt();
        noName.name.clear();
        BackendAccount noUser = rt();
        noUser.settings.remove(QStringLiteral("user"));
        BackendAccount badCa = rt();
        badCa.settings.insert(QStringLiteral("caFile"), QStringLiteral("/nonexistent/ca.pem"));
        QTest::newRow("fine") << rt() << QStringLiteral("pw") << QString();
        QTest::newRow("no name") << noName << QStringLiteral("pw") << QStringLiteral("name");
        QTest::newRow("not a web address")
            << rt(QStringLiteral("rt.example.com")) << QStringLiteral("pw") << QStringLiteral("web address");
        QTest::newRow("ftp") << rt(QStringLiteral("ftp://rt.example.com")) << QStringLiteral("pw")
                             << QStringLiteral("web address");
        QTest::newRow("no user") << noUser << QStringLiteral("pw") << QStringLiteral("user name");
        QTest::newRow("no password") << rt() << QString() << QStringLiteral("password");
        QTest::newRow("unreadable CA") << badCa << QStringLiteral("pw") << QStringLiteral("CA file");
        BackendAccount chat{QStringLiteral("xmpp-1"),
                            QStringLiteral("xmpp"),
                            QStringLiteral("Chat"),
                            {{QStringLiteral("url"), QStringLiteral("wss://chat.example.com/xmpp-websocket")},
                             {QStringLiteral("user"), QStringLiteral("agent@chat.example.com")}}};
        QTest::newRow("xmpp fine") << chat << QStringLiteral("pw") << QString();
        BackendAccount chatHttp = chat;
        chatHttp.settings.insert(QStringLiteral("url"), QStringLiteral("https://chat.example.com"));
        QTest::newRow("xmpp not a websocket")
            << chatHttp << QStringLiteral("pw") << QStringLiteral("WebSocket");
        BackendAccount chatUser = chat;
        chatUser.settings.insert(QStringLiteral("user"), QStringLiteral("agent"));
        QTest::newRow("xmpp user without domain")
            << chatUser << QStringLiteral("pw") << QStringLiteral("JID");
    }
    void badInputIsExplained()
    {
        QFETCH(BackendAccount, account);
        QFETCH(QString, secret);
        QFETCH(QString, error);
        const QString got = BackendAccounts::validate(account, secret);
        if (error.isEmpty())
            QCOMPARE(got, QString());
        else
            QVERIFY2(got.contains(error), qPrintable(got));
    }
};

QTEST_GUILESS_MAIN(tst_BackendAccounts)
#include "tst_BackendAccounts.moc"
