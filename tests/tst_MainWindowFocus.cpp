// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow and where the agent's attention is: the open conversation stays open when it leaves
// the view, what arrives in it while it is watched is read, and the keyboard gets where it is sent.
#include "ComposerWidget.h"
#include "controllers/ConversationController.h"
#include "ConversationPanel.h"
#include "InboxPanel.h"
#include "itemmodels/InboxFilterModel.h"
#include "itemmodels/InboxModel.h"
#include "MainWindow.h"
#include "MainWindowRig.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

class tst_MainWindowFocus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<MainWindowRig::Rig> rigWithTwoChats()
    {
        return MainWindowRig::rigWithTwoChats(m_dir.filePath(QStringLiteral("f%1.sqlite3").arg(++m_n)));
    }

private Q_SLOTS:
    // A conversation that leaves the view the agent is in (assigned to them in Unassigned, resolved)
    // stays open with what they were writing, marked as outside the view, until they move.
    void theOpenConversationStaysWhenItLeavesTheView()
    {
        auto r = rigWithTwoChats();
        QVERIFY(r);
        InboxPanel *inbox = r->window->inboxPanel();
        ConversationPanel *panel = r->window->conversationPanel();
        QTRY_VERIFY(inbox->currentConversation() != 0);
        inbox->showView(1); // Unassigned
        QCOMPARE(inbox->viewSelector()->currentText(), QStringLiteral("Unassigned"));
        QTRY_VERIFY(inbox->currentConversation() != 0);
        const qint64 open = panel->conversationId();
        auto *edit = r->window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QTest::keyClicks(edit, QStringLiteral("half a reply"));
        const auto details = [panel] {
            return panel->findChild<QLabel *>(QStringLiteral("conversationDetails"))->text();
        };
        QVERIFY(!details().contains(QLatin1String("not in the view")));

        r->controller.assign(open, QStringLiteral("me"));
        QTRY_COMPARE(r->filter.rowCount(), 1);
        QCOMPARE(panel->conversationId(), open);
        QCOMPARE(edit->toPlainText(), QStringLiteral("half a reply"));
        QTRY_VERIFY(!inbox->view()->currentIndex().isValid());
        QCOMPARE(panel->conversationId(), open);
        QVERIFY(details().contains(QStringLiteral("not in the view \u201cUnassigned\u201d")));

        // The agent moves on: the next conversation of the view opens, and the mark goes.
        inbox->moveSelection(1);
        const qint64 next = panel->conversationId();
        QVERIFY(next != open && next != 0);
        QVERIFY(!details().contains(QLatin1String("not in the view")));

        // Resolved in All open: it stays too; reopened, it is selected in the list again.
        inbox->showView(2);
        QTRY_COMPARE(r->filter.rowCount(), 2);
        QCOMPARE(panel->conversationId(), next);
        r->controller.setStatus(next, ConversationStatus::Resolved);
        QTRY_COMPARE(r->filter.rowCount(), 1);
        QCOMPARE(panel->conversationId(), next);
        QTRY_VERIFY(details().contains(QStringLiteral("not in the view \u201cAll open\u201d")));
        r->controller.setStatus(next, ConversationStatus::Open);
        QTRY_COMPARE(inbox->currentConversation(), next);
        QCOMPARE(panel->conversationId(), next);
        QTRY_VERIFY(!details().contains(QLatin1String("not in the view")));
    }

    // What arrives in the open conversation while the window is active is read at once; in the
    // background it counts as unread until the agent comes back.
    void whatArrivesInTheOpenConversationIsRead()
    {
        auto r = rigWithTwoChats();
        QVERIFY(r);
        QTRY_VERIFY(r->window->inboxPanel()->currentConversation() != 0);
        r->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(r->window.get()));
        const qint64 open = r->window->conversationPanel()->conversationId();
        const QString remote = r->inbox.rowById(open)->remoteId;
        const auto row = [&] { return *r->inbox.rowById(open); };
        r->store.applyBatch({QStringLiteral("chat"),
                             {inbound(QStringLiteral("n1"), remote, QStringLiteral("are you there?"),
                                      QDateTime::currentDateTimeUtc())},
                             {}});
        QTRY_COMPARE(row().lastPreview, QStringLiteral("are you there?"));
        QTRY_COMPARE(row().unreadCount, 0);

        QWidget elsewhere;
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        r->store.applyBatch({QStringLiteral("chat"),
                             {inbound(QStringLiteral("n2"), remote, QStringLiteral("hello?"),
                                      QDateTime::currentDateTimeUtc())},
                             {}});
        QTRY_COMPARE(row().lastPreview, QStringLiteral("hello?"));
        QTest::qWait(100);
        QCOMPARE(row().unreadCount, 1);
        r->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(r->window.get()));
        QTRY_COMPARE(row().unreadCount, 0);
    }

    // Alt+Down and Alt+Up move through the inbox from anywhere, the composer included.
    void theInboxIsWalkedWithTheKeyboard()
    {
        auto r = rigWithTwoChats();
        QVERIFY(r);
        QTRY_VERIFY(r->window->inboxPanel()->currentConversation() != 0);
        const qint64 first = r->window->conversationPanel()->conversationId();
        r->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(r->window.get()));
        auto *edit = r->window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Down, Qt::AltModifier);
        QVERIFY(r->window->conversationPanel()->conversationId() != first);
        QTest::keyClick(edit, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(r->window->conversationPanel()->conversationId(), first);
        // Ctrl+R from the list puts the caret in the reply box: what is typed next is the reply.
        r->window->inboxPanel()->view()->setFocus();
        QTest::keyClick(r->window->inboxPanel()->view(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ok"));
        QCOMPARE(edit->toPlainText(), QStringLiteral("ok"));
    }
};

QTEST_MAIN(tst_MainWindowFocus)
#include "tst_MainWindowFocus.moc"
