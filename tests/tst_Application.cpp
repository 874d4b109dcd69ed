// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real application offscreen on the demo backend, as an agent would use it: a
// simulated chat arrives, the agent picks it, replies with the keyboard, and sees the reply
// delivered and the customer answer. Then the app restarts on the same profile.
#include "Application.h"
#include "ComposerWidget.h"
#include "ConversationPanel.h"
#include "InboxPanel.h"
#include "itemmodels/InboxModel.h"
#include "itemmodels/MessageModel.h"
#include "MainWindow.h"

#include <QFile>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;

class tst_Application : public QObject
{
    Q_OBJECT

    QTemporaryDir m_profile;

    AppOptions options() const
    {
        AppOptions o;
        o.profileDir = m_profile.path();
        o.demoRate = 120; // a new chat about every half second
        o.demoBacklog = 6;
        o.seed = 11;
        return o;
    }

    static int outboundCount(const MessageModel &m)
    {
        int n = 0;
        for (int r = 0; r < m.rowCount(); ++r)
            n += m.index(r).data(MessageModel::DirectionRole).toInt() == int(Direction::Outbound);
        return n;
    }

private Q_SLOTS:
    void anAgentRepliesAndSeesItDelivered()
    {
        Application app(options());
        QSignalSpy ready(&app, &Application::ready);
        app.start(true);
        QVERIFY(ready.wait(10000));
        MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        InboxModel *inbox = app.inboxModel();
        const int backlog = inbox->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(inbox->rowCount() > backlog, 10000); // live traffic arrives

        // Pick the top conversation with the keyboard, as agents do.
        QListView *list = window->inboxPanel()->view();
        list->setFocus();
        QTRY_VERIFY(list->model()->rowCount() > 0);
        QTest::keyClick(list, Qt::Key_Home);
        list->setCurrentIndex(list->model()->index(0, 0));
        const qint64 conversation = window->inboxPanel()->currentConversation();
        QVERIFY(conversation);
        MessageModel *messages = app.messageModel();
        QTRY_COMPARE(messages->conversationId(), conversation);
        QTRY_VERIFY(messages->rowCount() > 0);
        const int before = messages->rowCount();
        const int outboundBefore = outboundCount(*messages);

        auto *edit = window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QVERIFY(edit && edit->isEnabled());
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Could you confirm the serial number, please?"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);

        // The reply shows at once (queued), then goes to sent, delivered/read...
        QTRY_COMPARE_WITH_TIMEOUT(outboundCount(*messages), outboundBefore + 1, 5000);
        QTRY_VERIFY(edit->toPlainText().isEmpty());
        int replyRow = -1;
        for (int r = messages->rowCount() - 1; r >= 0 && replyRow < 0; --r)
            if (messages->index(r)
                    .data(MessageModel::TextRole)
                    .toString()
                    .startsWith(QLatin1String("Could you confirm")))
                replyRow = r;
        QVERIFY(replyRow >= 0);
        const qint64 replyId = messages->index(replyRow).data(MessageModel::IdRole).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(
            messages->index(messages->rowOf(replyId)).data(MessageModel::DeliveryRole).toInt() >=
                int(DeliveryState::Delivered),
            10000);
        // ...and the simulated customer answers with a serial number.
        QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() > before + 1, 15000);
        const QString answer =
            messages->index(messages->rowCount() - 1).data(MessageModel::TextRole).toString();
        QVERIFY2(answer.contains(QLatin1String("SN-")), qPrintable(answer));
    }

    void aRestartKeepsEverythingAndDoesNotDuplicate()
    {
        int conversations = 0;
        {
            Application app(options());
            QSignalSpy ready(&app, &Application::ready);
            app.start(false);
            QVERIFY(ready.wait(10000));
            QTRY_VERIFY(app.inboxModel()->isLoaded());
            QTest::qWait(500);
            conversations = app.inboxModel()->rowCount();
            QVERIFY(conversations > 6);
        }
        Application app(options());
        QSignalSpy ready(&app, &Application::ready);
        app.start(false);
        QVERIFY(ready.wait(10000));
        QTRY_VERIFY(app.inboxModel()->isLoaded());
        QVERIFY(app.inboxModel()->rowCount() >= conversations);
        // The demo resumed from its cursor: no second backlog of old conversations.
        QVERIFY(app.inboxModel()->rowCount() < conversations + 6);
        // Customers' personal data is the user's alone: the profile, its store and its settings.
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const QString &f : {m_profile.path(), options().storePath(), options().settingsPath()}) {
            QVERIFY2(QFile::exists(f), qPrintable(f));
            QVERIFY2((QFile::permissions(f) & others) == QFileDevice::Permissions(), qPrintable(f));
        }
    }

    void aStoreFromTheFutureIsReportedNotTouched()
    {
        QTemporaryDir dir;
        AppOptions o = options();
        o.profileDir = dir.path();
        {
            Application app(o);
            QSignalSpy ready(&app, &Application::ready);
            app.start(false);
            QVERIFY(ready.wait(10000));
        }
        {
            // Simulate a newer AgentDesk having written the store.
            QProcess sqlite;
            sqlite.start(QStringLiteral("sqlite3"),
                         {o.storePath(), QStringLiteral("PRAGMA user_version = 77;")});
            if (!sqlite.waitForFinished(5000) || sqlite.exitCode() != 0)
                QSKIP("sqlite3 command-line tool not available");
        }
        Application app(o);
        QSignalSpy failed(&app, &Application::failed);
        app.start(false);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("newer AgentDesk")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!app.mainWindow());
    }
};

QTEST_MAIN(tst_Application)
#include "tst_Application.moc"
