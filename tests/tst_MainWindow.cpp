// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandPalette.h"
#include "ComposerWidget.h"
#include "controllers/ConversationController.h"
#include "controllers/NotificationController.h"
#include "controllers/PresenceController.h"
#include "ConversationPanel.h"
#include "ConversationWindow.h"
#include "CustomerPanel.h"
#include "FakeBackend.h"
#include "FindBar.h"
#include "InboxPanel.h"
#include "itemmodels/CustomerModel.h"
#include "itemmodels/DirectoryModel.h"
#include "itemmodels/InboxFilterModel.h"
#include "itemmodels/InboxModel.h"
#include "itemmodels/MessageModel.h"
#include "itemmodels/SearchModel.h"
#include "MainWindow.h"
#include "MainWindowRig.h"
#include "MessageDelegate.h"
#include "SearchPanel.h"
#include "services/BackendRegistry.h"
#include "ShortcutsDialog.h"
#include "store/Store.h"
#include "TestStore.h"
#include "Theme.h"
#include "TrayNotifier.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

// The window over a real store and registry (MainWindowRig), with fake backends.
class tst_MainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    using Rig = MainWindowRig::Rig;
    std::unique_ptr<Rig> rig()
    {
        return MainWindowRig::rig(m_dir.filePath(QStringLiteral("w%1.sqlite3").arg(++m_n)));
    }
    std::unique_ptr<Rig> rigWithTwoChats()
    {
        return MainWindowRig::rigWithTwoChats(m_dir.filePath(QStringLiteral("w%1.sqlite3").arg(++m_n)));
    }
    static bool showActive(Rig &r) { return MainWindowRig::showActive(r); }

private Q_SLOTS:
    void thePresenceSelectorShowsOnlyWithABackendThatHasPresence()
    {
        auto r = rig();
        QVERIFY(r);
        r->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(r->window.get()));
        auto *selector = r->window->findChild<QComboBox *>(QStringLiteral("presenceSelector"));
        QVERIFY(selector);
        QVERIFY(!selector->isVisible());
        auto *backend = new FakeBackend;
        r->registry.add(backend);
        QVERIFY(selector->isVisible());
        selector->setCurrentIndex(selector->findData(int(Presence::Away)));
        Q_EMIT selector->activated(selector->currentIndex());
        QCOMPARE(backend->m_presence, Presence::Away);
    }

    void theComposerIsOffForABackendThatCannotReply()
    {
        auto r = rig();
        auto *readOnly = new FakeBackend(QStringLiteral("feed"));
        readOnly->setCapabilities(Capability::Alerts);
        r->registry.add(readOnly);
        r->registry.add(new FakeBackend(QStringLiteral("chat")));
        r->store.applyBatch({QStringLiteral("feed"),
                             {conversation(QStringLiteral("a"), QStringLiteral("c"), t0(), Channel::Alert)},
                             {}});
        r->store.applyBatch(
            {QStringLiteral("chat"), {conversation(QStringLiteral("b"), QStringLiteral("c"), t0())}, {}});
        r->inbox.reload();
        QTRY_COMPARE(r->filter.rowCount(), 2);
        r->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(r->window.get()));
        ComposerWidget *composer = r->window->conversationPanel()->composer();
        QListView *list = r->window->inboxPanel()->view();
        for (int row = 0; row < 2; ++row) {
            list->setCurrentIndex(r->filter.index(row, 0));
            const bool isFeed =
                r->filter.index(row, 0).data(InboxModel::BackendRole).toString() == QLatin1String("feed");
            QCOMPARE(composer->isEnabled(), !isFeed);
        }
    }

    void typingAReplyQueuesIt()
    {
        auto r = rig();
        r->registry.add(new FakeBackend(QStringLiteral("chat")));
        r->store.applyBatch(
            {QStringLiteral("chat"), {conversation(QStringLiteral("b"), QStringLiteral("c"), t0())}, {}});
        r->inbox.reload();
        r->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(r->window.get()));
        QTRY_VERIFY(r->window->inboxPanel()->currentConversation() != 0); // the top one opens by itself
        QSignalSpy queued(&r->controller, &ConversationController::queued);
        auto *edit = r->window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Thanks, checking now"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(queued.size(), 1);
        QTRY_COMPARE(r->messages.rowCount(), 1);
        QCOMPARE(r->messages.index(0).data(MessageModel::DeliveryRole).toInt(), int(DeliveryState::Queued));
        QTRY_VERIFY(edit->toPlainText().isEmpty());
        // The backend takes it and the customer's app confirms it: the bubble says so.
        const auto item = queued.first().first().value<OutboxItem>();
        r->store.markSending(item.id);
        r->store.markSent(item.id, QStringLiteral("srv-1"));
        r->store.applyBatch(
            {QStringLiteral("chat"),
             {MessageStateChange{
                 QStringLiteral("b"), QStringLiteral("srv-1"), {}, DeliveryState::Delivered, {}}},
             {}});
        QTRY_COMPARE(r->messages.index(0).data(MessageModel::DeliveryRole).toInt(),
                     int(DeliveryState::Delivered));
        // An empty reply is refused with a visible reason and nothing is queued.
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTest::qWait(50);
        QCOMPARE(queued.size(), 1);
    }

    // Each backend's connection state is in the status bar; why one failed stays in its tooltip.
    void theConnectionStateOfEachBackendShows()
    {
        auto r = rig();
        auto *chat = new FakeBackend(QStringLiteral("chat"));
        r->registry.add(chat);
        auto *label = r->window->findChild<QLabel *>(QStringLiteral("backendStatus"));
        QVERIFY(label);
        chat->reportState(ConnectionState::Connected, {});
        QVERIFY(label->text().contains(QLatin1String("Fake: connected")));
        chat->reportState(ConnectionState::Failed, QStringLiteral("The password of <b>me</b> was refused."));
        QVERIFY(label->text().contains(QLatin1String("Fake: failed")));
        QVERIFY2(label->toolTip().contains(QLatin1String("refused")), qPrintable(label->toolTip()));
        QVERIFY(label->toolTip().contains(QLatin1String("&lt;b&gt;"))); // server text is escaped
        chat->reportState(ConnectionState::Reconnecting, QStringLiteral("Connection refused"));
        QVERIFY(label->text().contains(QLatin1String("Fake: reconnecting")));
        QVERIFY(label->toolTip().contains(QLatin1String("Connection refused")));
        chat->reportState(ConnectionState::Connected, {});
        QVERIFY(!label->toolTip().contains(QLatin1String("refused")));
    }

    // What the agent typed stays with its conversation: switching away and back, and across a
    // restart of the window; sending it drops the draft.
    void draftsStayWithTheirConversation()
    {
        auto r = rigWithTwoChats();
        QVERIFY(r);
        QListView *list = r->window->inboxPanel()->view();
        const auto open = [&](int row) {
            list->setCurrentIndex(r->filter.index(row, 0));
            return r->filter.index(row, 0).data(InboxModel::IdRole).toLongLong();
        };
        const qint64 first = open(0);
        auto *edit = r->window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Half-written answer"));
        open(1);
        QTRY_VERIFY(edit->toPlainText().isEmpty());
        open(0);
        QTRY_COMPARE(edit->toPlainText(), QStringLiteral("Half-written answer"));

        // The app closes and opens again on the same store.
        r->window->saveDrafts();
        r->window = std::make_unique<MainWindow>(parts(*r));
        r->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(r->window.get()));
        list = r->window->inboxPanel()->view();
        edit = r->window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        open(1);
        QCOMPARE(open(0), first);
        QTRY_COMPARE(edit->toPlainText(), QStringLiteral("Half-written answer"));

        // Sent: the draft is gone.
        QSignalSpy queued(&r->controller, &ConversationController::queued);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(queued.size(), 1);
        QTRY_VERIFY(edit->toPlainText().isEmpty());
        open(1);
        open(0);
        QTest::qWait(200);
        QVERIFY(edit->toPlainText().isEmpty());
    }

    // A canned response is filled in for the customer and inserted where the agent writes.
    void aCannedResponseIsFilledIn()
    {
        auto r = rig();
        r->registry.add(new FakeBackend(QStringLiteral("chat")));
        r->controller.setAgentName(QStringLiteral("Alex Morgan"));
        r->store.applyBatch({QStringLiteral("chat"),
                             {customer(QStringLiteral("c"), QStringLiteral("Ada Lovelace"), Tier::Gold),
                              conversation(QStringLiteral("b"), QStringLiteral("c"), t0())},
                             {}});
        r->inbox.reload();
        r->window->conversationPanel()->setCannedResponses(
            {{QStringLiteral("Greeting"), QStringLiteral("Hello {first_name}, this is {agent}. ")},
             {QStringLiteral("Order"), QStringLiteral("Your order {order_id}")}});
        r->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(r->window.get()));
        QTRY_VERIFY(r->window->inboxPanel()->currentConversation() != 0);
        auto *button = r->window->findChild<QToolButton *>(QStringLiteral("cannedButton"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->menu()->actions().size(), 2);
        auto *edit = r->window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QSignalSpy edited(r->window->conversationPanel()->composer(), &ComposerWidget::edited);
        button->menu()->actions().at(0)->trigger();
        QCOMPARE(edit->toPlainText(), QStringLiteral("Hello Ada, this is Alex Morgan. "));
        QVERIFY(!edited.isEmpty()); // as if typed: kept as a draft, announced as typing
        button->menu()->actions().at(1)->trigger();
        QCOMPARE(edit->toPlainText(),
                 QStringLiteral("Hello Ada, this is Alex Morgan. Your order {order_id}"));
    }

    // The customer typing shows under the conversation and goes when their message arrives.
    void theCustomerTypingShows()
    {
        auto r = rig();
        r->registry.add(new FakeBackend(QStringLiteral("chat")));
        r->store.applyBatch({QStringLiteral("chat"),
                             {customer(QStringLiteral("c"), QStringLiteral("Ada"), Tier::Gold),
                              conversation(QStringLiteral("b"), QStringLiteral("c"), t0())},
                             {}});
        r->inbox.reload();
        r->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(r->window.get()));
        QTRY_VERIFY(r->window->inboxPanel()->currentConversation() != 0);
        QLabel *typing = r->window->conversationPanel()->typingLabel();
        QVERIFY(!typing->isVisible());
        r->store.applyBatch({QStringLiteral("chat"),
                             {TypingChange{QStringLiteral("b"), true, QDateTime::currentDateTimeUtc()}},
                             {}});
        QTRY_VERIFY(typing->isVisible());
        QCOMPARE(typing->text(), QStringLiteral("Ada is typing…"));
        r->store.applyBatch({QStringLiteral("chat"),
                             {inbound(QStringLiteral("m"), QStringLiteral("b"), QStringLiteral("done"),
                                      QDateTime::currentDateTimeUtc())},
                             {}});
        QTRY_VERIFY(!typing->isVisible());
        // Typing that went quiet long ago is not shown.
        r->store.applyBatch(
            {QStringLiteral("chat"),
             {TypingChange{QStringLiteral("b"), true,
                           QDateTime::currentDateTimeUtc().addSecs(-InboxRow::typingStaleSeconds - 1)}},
             {}});
        QTest::qWait(200);
        QVERIFY(!typing->isVisible());
    }

    // Global search: type, press Enter, and the conversation opens at the hit, even when it is far
    // back in a long history and in a conversation the current view does not show.
    void searchAndJumpToTheMessage()
    {
        auto r = rig();
        r->registry.add(new FakeBackend(QStringLiteral("chat")));
        Conversation done = conversation(QStringLiteral("old"), QStringLiteral("c"), t0());
        done.status = ConversationStatus::Resolved;
        EventBatch batch{QStringLiteral("chat"),
                         {customer(QStringLiteral("c"), QStringLiteral("Ada")),
                          conversation(QStringLiteral("new"), QStringLiteral("c"), t0()), done},
                         {}};
        for (int i = 0; i < 400; ++i)
            batch.events.append(inbound(QStringLiteral("m%1").arg(i), QStringLiteral("old"),
                                        i == 7 ? QStringLiteral("serial number XK-4411 on the back")
                                               : QStringLiteral("line %1").arg(i),
                                        t0().addSecs(i * 60)));
        QSignalSpy indexed(&r->store, &Store::searchIndexed); // searches read what the index committed
        r->store.applyBatch(batch);
        r->inbox.reload();
        r->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(r->window.get()));
        QTRY_VERIFY(r->window->inboxPanel()->currentConversation() != 0);
        QVERIFY(!indexed.isEmpty() || indexed.wait(5000));
        const qint64 old =
            scalar(r->store, QStringLiteral("SELECT id FROM conversations WHERE remote_id = 'old'"));
        const qint64 hit =
            scalar(r->store, QStringLiteral("SELECT id FROM messages WHERE body LIKE 'serial%'"));
        r->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(r->window.get()));

        r->window->inboxPanel()->view()->setFocus();
        QTest::keyClick(r->window->inboxPanel()->view(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        SearchPanel *search = r->window->searchPanel();
        QCOMPARE(r->window->sidebar()->currentWidget(), search);
        QTRY_VERIFY(search->edit()->hasFocus());
        QTest::keyClicks(search->edit(), QStringLiteral("xk-44"));
        QTest::keyClick(search->edit(), Qt::Key_Return);
        QTRY_COMPARE(r->window->conversationPanel()->conversationId(), old);
        ConversationPanel *panel = r->window->conversationPanel();
        QTRY_COMPARE(panel->messageView()->currentIndex().data(MessageModel::IdRole).toLongLong(), hit);
        QVERIFY(panel->messageDelegate()->highlightTerms().contains(QStringLiteral("xk")));
        // It is on screen, not merely loaded.
        const QRect shown = panel->messageView()->visualRect(panel->messageView()->currentIndex());
        QVERIFY(panel->messageView()->viewport()->rect().intersects(shown));
        // The resolved conversation is not in "All open": the inbox shows no selection for it.
        QCOMPARE(r->window->inboxPanel()->currentConversation(), 0);

        // Find in conversation, over the messages not loaded yet too.
        QTest::keySequence(panel->messageView(), QKeySequence::Find);
        FindBar *find = panel->findBar();
        QTRY_VERIFY(find->isVisible() && find->edit()->hasFocus());
        QTest::keyClicks(find->edit(), QStringLiteral("line 39"));
        QTest::keyClick(find->edit(), Qt::Key_Return);
        // "line 39" and "line 390".."line 399": newest first.
        QTRY_COMPARE(find->countLabel()->text(), QStringLiteral("1 of 11"));
        QTRY_COMPARE(panel->messageView()->currentIndex().data(MessageModel::TextRole).toString(),
                     QStringLiteral("line 399"));
        QTest::keyClick(find->edit(), Qt::Key_Return, Qt::ShiftModifier); // wraps round to the oldest
        QTRY_COMPARE(find->countLabel()->text(), QStringLiteral("11 of 11"));
        QTRY_COMPARE(panel->messageView()->currentIndex().data(MessageModel::TextRole).toString(),
                     QStringLiteral("line 39"));
        QTest::keyClick(find->edit(), Qt::Key_Escape);
        QVERIFY(!find->isVisible());
        QVERIFY(panel->messageDelegate()->highlightTerms().isEmpty());
    }

    // Assign from the header menu, take it back with Ctrl+Z; snooze it out of the open views.
    void actionsFromTheHeaderAreUndoable()
    {
        auto r = rig();
        r->registry.add(new FakeBackend(QStringLiteral("chat")));
        r->store.applyBatch({QStringLiteral("chat"),
                             {Agent{QStringLiteral("chat"),
                                    QStringLiteral("zoe"),
                                    QStringLiteral("Zoe Park"),
                                    {},
                                    Presence::Available},
                              conversation(QStringLiteral("a"), QStringLiteral("c"), t0())},
                             {}});
        QVERIFY(showActive(*r));
        const qint64 id = r->window->inboxPanel()->currentConversation();
        const auto row = [&] { return *r->inbox.rowById(id); };
        ConversationPanel *panel = r->window->conversationPanel();
        QToolButton *assign = panel->assignButton();
        QVERIFY(assign && assign->isVisible());
        QTRY_VERIFY(r->directory.agents(QStringLiteral("chat")).size() == 1);
        Q_EMIT assign->menu()->aboutToShow();
        QStringList titles;
        for (QAction *a : assign->menu()->actions())
            titles << a->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("Assign to me"), QStringLiteral("Assign to Zoe Park")}));
        assign->menu()->actions().at(1)->trigger();
        QTRY_COMPARE(row().assigneeRemoteId, QStringLiteral("zoe"));
        QTRY_VERIFY(r->window->undoAction()->isEnabled());
        r->window->inboxPanel()->view()->setFocus();
        QTest::keyClick(r->window->inboxPanel()->view(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(row().assigneeRemoteId, QString());
        QVERIFY(!r->window->undoAction()->isEnabled());

        // Snoozed, it leaves "All open" and waits in "Snoozed".
        QToolButton *more = panel->moreButton();
        Q_EMIT more->menu()->aboutToShow();
        QMenu *snooze = more->menu()->actions().at(1)->menu();
        QVERIFY(snooze);
        Q_EMIT snooze->aboutToShow(); // already filled when More opened
        QCOMPARE(snooze->actions().at(0)->text(), QStringLiteral("Snooze for 1 hour"));
        snooze->actions().at(0)->trigger();
        QTRY_COMPARE(row().status, ConversationStatus::Snoozed);
        QTRY_COMPARE(r->filter.rowCount(), 0);
        QVERIFY(panel->findChild<QLabel *>()->parentWidget()); // header still there
        QTest::keyClick(r->window->inboxPanel()->view(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(row().status, ConversationStatus::Open);
        QTRY_COMPARE(r->filter.rowCount(), 1);
    }

    // Beside the conversation, its customer and their other conversations; one of those opens.
    void theCustomerPanelFollowsTheConversation()
    {
        auto r = rigWithTwoChats();
        QVERIFY(r);
        CustomerPanel *customer = r->window->customerPanel();
        QVERIFY(customer && customer->isVisible());
        QTRY_VERIFY(r->window->conversationPanel()->conversationId() != 0);
        const qint64 first = r->window->conversationPanel()->conversationId();
        QTRY_COMPARE(customer->conversationId(), first);
        QTRY_COMPARE(customer->conversationView()->model()->rowCount(), 1);
        const qint64 other =
            customer->conversationView()->model()->index(0, 0).data(InboxModel::IdRole).toLongLong();
        QVERIFY(other != first);
        Q_EMIT customer->conversationRequested(other);
        QCOMPARE(r->window->conversationPanel()->conversationId(), other);
        QCOMPARE(r->window->inboxPanel()->currentConversation(), other);
        QTRY_COMPARE(customer->conversationId(), other);
        QCOMPARE(customer->conversationView()->model()->index(0, 0).data(InboxModel::IdRole).toLongLong(),
                 first);
    }

    // Settings > Appearance switches the palette at once and reports it for the settings.
    void theAppearanceIsChosenInTheSettings()
    {
        auto r = rig();
        QVERIFY(r);
        auto *menu = r->window->findChild<QMenu *>(QStringLiteral("appearanceMenu"));
        QVERIFY(menu && menu->actions().size() == 3);
        QVERIFY(menu->actions().at(0)->isChecked()); // follows the system by default
        QSignalSpy changed(r->window.get(), &MainWindow::themeChanged);
        menu->actions().at(2)->trigger();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<Theme::Mode>(), Theme::Mode::Dark);
        QTRY_VERIFY(r->window->palette().color(QPalette::Window).lightness() < 128);
        menu->actions().at(0)->trigger();
        QVERIFY(!Theme::isDark());
    }

    // The header button pops the conversation out (ConversationWindow has its own test); the main
    // window moves on, asking again raises the same window, closing the main window closes it.
    void aConversationPopsOut()
    {
        auto r = rigWithTwoChats();
        QVERIFY(r);
        QTRY_VERIFY(r->window->conversationPanel()->conversationId() != 0);
        const qint64 id = r->window->conversationPanel()->conversationId();
        r->window->setCannedResponses({{QStringLiteral("Greeting"), QStringLiteral("Hello {first_name}")}});
        QToolButton *popOut = r->window->conversationPanel()->popOutButton();
        QVERIFY(popOut && popOut->isVisible() && !popOut->icon().isNull());
        QTest::mouseClick(popOut, Qt::LeftButton);
        auto *window = r->window->findChild<ConversationWindow *>();
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->conversationId(), id);
        QVERIFY(!window->conversationPanel()->popOutButton()); // it is out already
        // The whole composer goes along, canned responses too, and follows later edits of them.
        auto *canned = window->findChild<QToolButton *>(QStringLiteral("cannedButton"));
        QVERIFY(canned && canned->isVisible());
        QCOMPARE(canned->menu()->actions().size(), 1);
        r->window->setCannedResponses(
            {{QStringLiteral("A"), QStringLiteral("a")}, {QStringLiteral("B"), {}}});
        QCOMPARE(canned->menu()->actions().size(), 2);
        r->window->inboxPanel()->moveSelection(1);
        QTRY_VERIFY(r->window->conversationPanel()->conversationId() != id);
        QCOMPARE(window->conversationPanel()->conversationId(), id);
        QCOMPARE(r->window->popOut(id), window);
        QCOMPARE(r->window->findChildren<ConversationWindow *>().size(), 1);
        QPointer<ConversationWindow> guard(window);
        r->window.reset();
        QVERIFY(!guard);
    }

    // A conversation moves to another team and gets a new label from the header; the label becomes
    // a view of its own, and Ctrl+Z takes it off again.
    void teamAndLabelsFromTheHeader()
    {
        auto r = rig();
        r->registry.add(new FakeBackend(QStringLiteral("chat")));
        Conversation conv = conversation(QStringLiteral("a"), QStringLiteral("c"), t0());
        conv.teamRemoteId = QStringLiteral("hw");
        r->store.applyBatch(
            {QStringLiteral("chat"),
             {Team{QStringLiteral("chat"), QStringLiteral("hw"), QStringLiteral("Hardware")},
              Team{QStringLiteral("chat"), QStringLiteral("sw"), QStringLiteral("Kiosks & retail")}, conv},
             {}});
        QVERIFY(showActive(*r));
        const qint64 id = r->window->inboxPanel()->currentConversation();
        const auto row = [&] { return *r->inbox.rowById(id); };
        ConversationPanel *panel = r->window->conversationPanel();
        QTRY_VERIFY(r->directory.teams(QStringLiteral("chat")).size() == 2);
        const auto details = [panel] {
            return panel->findChild<QLabel *>(QStringLiteral("conversationDetails"))->text();
        };
        QTRY_VERIFY(details().contains(QLatin1String("team Hardware")));

        QMenu *assign = panel->assignButton()->menu();
        Q_EMIT assign->aboutToShow();
        const QList<QAction *> entries = assign->actions();
        const auto move = std::find_if(entries.cbegin(), entries.cend(), [](QAction *a) {
            return a->text() == QLatin1String("Move to team Kiosks && retail");
        });
        QVERIFY(move != entries.cend()); // "&" shown as itself, not as a mnemonic underline
        (*move)->trigger();
        QTRY_COMPARE(row().teamRemoteId, QStringLiteral("sw"));

        QToolButton *labels = panel->labelsButton();
        QVERIFY(labels && labels->isVisible());
        Q_EMIT labels->menu()->aboutToShow();
        QCOMPARE(labels->menu()->actions().size(), 1);
        QCOMPARE(labels->menu()->actions().at(0)->text(), QStringLiteral("New label…"));
        labels->menu()->actions().at(0)->trigger();
        auto *dialog = r->window->findChild<QInputDialog *>(QStringLiteral("newLabelDialog"));
        QVERIFY(dialog && dialog->isVisible());
        dialog->setTextValue(QStringLiteral("  Warranty claim "));
        dialog->accept();
        QTRY_COMPARE(row().labels, QStringList{QStringLiteral("Warranty claim")});
        QTRY_VERIFY(details().contains(QLatin1String("labels: Warranty claim")));
        // The label is a view now.
        QComboBox *views = r->window->inboxPanel()->viewSelector();
        QTRY_VERIFY(views->findText(QStringLiteral("  Warranty claim")) >= 0);
        Q_EMIT labels->menu()->aboutToShow();
        QCOMPARE(labels->menu()->actions().at(0)->text(),
                 QStringLiteral("Remove label \u201cWarranty claim\u201d"));

        QTRY_VERIFY(r->window->undoAction()->isEnabled());
        QCOMPARE(r->window->undoAction()->text(), QStringLiteral("&Undo: Labels changed"));
        QApplication::setActiveWindow(r->window.get());
        r->window->inboxPanel()->view()->setFocus();
        QTest::keyClick(r->window->inboxPanel()->view(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(row().labels, QStringList());
        QTRY_COMPARE(views->findText(QStringLiteral("  Warranty claim")), -1);
    }

    // A new conversation raises a notification (with sound) and counts as unread in the title and
    // tray; with do-not-disturb on, only the count changes. Clicking it opens the conversation.
    void aNotificationIsRaised()
    {
        auto r = rig();
        r->registry.add(new FakeBackend(QStringLiteral("chat")));
        // The agent is at work in an older conversation (the first one opens by itself).
        r->store.applyBatch(
            {QStringLiteral("chat"), {conversation(QStringLiteral("old"), QStringLiteral("c"), t0())}, {}});
        r->inbox.reload();
        r->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(r->window.get()));
        QTRY_VERIFY(r->window->inboxPanel()->currentConversation() != 0);
        TrayNotifier *tray = r->window->trayNotifier();
        QVERIFY(tray);
        QSignalSpy shown(tray, &TrayNotifier::shown);
        QSignalSpy sound(tray, &TrayNotifier::soundPlayed);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        r->store.applyBatch(
            {QStringLiteral("chat"),
             {customer(QStringLiteral("c"), QStringLiteral("Grace Hopper"), Tier::Vip),
              conversation(QStringLiteral("a"), QStringLiteral("c"), now),
              inbound(QStringLiteral("m"), QStringLiteral("a"), QStringLiteral("Printer on fire"), now)},
             {}});
        QTRY_COMPARE(shown.size(), 1);
        const auto n = shown.first().first().value<NotificationController::Notification>();
        QCOMPARE(n.title, QStringLiteral("VIP · New conversation: Grace Hopper"));
        QCOMPARE(n.body, QStringLiteral("Printer on fire"));
        QCOMPARE(sound.size(), 1);
        QTRY_COMPARE(r->window->windowTitle(), QStringLiteral("(1) AgentDesk"));
        QCOMPARE(tray->toolTip(), QStringLiteral("AgentDesk — 1 unread message(s)"));

        // Do not disturb: counted, not announced.
        r->window->doNotDisturbAction()->setChecked(true);
        r->store.applyBatch(
            {QStringLiteral("chat"),
             {conversation(QStringLiteral("b"), QStringLiteral("c"), now),
              inbound(QStringLiteral("m2"), QStringLiteral("b"), QStringLiteral("hello?"), now)},
             {}});
        QTRY_COMPARE(r->window->windowTitle(), QStringLiteral("(2) AgentDesk"));
        QTest::qWait(50);
        QCOMPARE(shown.size(), 1);

        // Clicking the desktop message opens its conversation.
        Q_EMIT tray->openRequested(n.conversationId);
        QCOMPARE(r->window->conversationPanel()->conversationId(), n.conversationId);
    }

    // Ctrl+K: an action by a few letters, a conversation by its customer; F1 lists the keys.
    void theCommandPaletteAndTheShortcutsHelp()
    {
        auto r = rig();
        r->registry.add(new FakeBackend(QStringLiteral("chat")));
        Conversation done = conversation(QStringLiteral("z"), QStringLiteral("z"),
                                         QDateTime::currentDateTimeUtc().addSecs(-600));
        done.status = ConversationStatus::Resolved;
        Conversation archived = conversation(QStringLiteral("old"), QStringLiteral("z"), t0());
        archived.status = ConversationStatus::Resolved;
        r->store.applyBatch({QStringLiteral("chat"),
                             {customer(QStringLiteral("c"), QStringLiteral("Ada Lovelace")),
                              customer(QStringLiteral("z"), QStringLiteral("Zhang Wei")),
                              conversation(QStringLiteral("a"), QStringLiteral("c"), t0()), done, archived},
                             {}});
        r->inbox.reload();
        r->window->show();
        r->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(r->window.get()));
        QTRY_VERIFY(r->window->inboxPanel()->currentConversation() != 0);
        const qint64 ada = r->window->inboxPanel()->currentConversation();
        QListView *list = r->window->inboxPanel()->view();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = r->window->commandPalette();
        QVERIFY(palette);
        QTRY_VERIFY(palette->isVisible());
        QTest::keyClicks(palette->edit(), QStringLiteral("me assi"));
        QCOMPARE(palette->shownTitles().value(0), QStringLiteral("Assign to me"));
        QTest::keyClick(palette->edit(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QTRY_COMPARE(r->inbox.rowById(ada)->assigneeRemoteId, QStringLiteral("me"));

        // A conversation resolved today is found by its customer and opened, though no view shows
        // it; the one resolved long ago is archived: not offered here, but in the customer's history.
        r->window->showCommandPalette();
        QTest::keyClicks(palette->edit(), QStringLiteral("zhang"));
        QCOMPARE(palette->shownTitles(), QStringList{QStringLiteral("Open Zhang Wei — Subject of z")});
        QTest::keyClick(palette->edit(), Qt::Key_Return);
        const qint64 zhang =
            scalar(r->store, QStringLiteral("SELECT id FROM conversations WHERE remote_id = 'z'"));
        QCOMPARE(r->window->conversationPanel()->conversationId(), zhang);
        QTRY_COMPARE(r->window->customerPanel()->conversationView()->model()->rowCount(), 1);

        // The archived one opened as a search hit would: its row is read, and the header follows.
        const qint64 old =
            scalar(r->store, QStringLiteral("SELECT id FROM conversations WHERE remote_id = 'old'"));
        r->window->openConversation(old);
        QTRY_COMPARE(r->window->conversationPanel()->titleLabel()->text(), QStringLiteral("Zhang Wei"));
        QVERIFY(r->inbox.rowById(old));
        QCOMPARE(r->window->customerPanel()->nameLabel()->text(), QStringLiteral("Zhang Wei"));

        // Views too.
        r->window->showCommandPalette();
        QTest::keyClicks(palette->edit(), QStringLiteral("show unassigned"));
        QTest::keyClick(palette->edit(), Qt::Key_Return);
        QCOMPARE(r->window->inboxPanel()->viewSelector()->currentText(), QStringLiteral("Unassigned"));

        // The offscreen platform gives activation back to no one when a popup closes; a desktop does.
        QApplication::setActiveWindow(r->window.get());
        QTest::keyClick(r->window->inboxPanel()->filterEdit(), Qt::Key_F1);
        auto *help = r->window->findChild<ShortcutsDialog *>();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QStringList described;
        for (int row = 0; row < help->view()->model()->rowCount(); ++row)
            described << help->view()->model()->index(row, 1).data().toString();
        QVERIFY(described.contains(QStringLiteral("Command palette")));
        QVERIFY(described.contains(QStringLiteral("Search all conversations")));
        QVERIFY(described.contains(QStringLiteral("Send the reply or note (in the composer)")));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
