// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxPanel.h"
#include "itemmodels/DirectoryModel.h"
#include "itemmodels/InboxFilterModel.h"
#include "itemmodels/InboxModel.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QLineEdit>
#include <QListView>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

// The inbox panel over a real store: views, saved filters and moving through the list.
class tst_InboxPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Rig
    {
        std::unique_ptr<Store> store;
        std::unique_ptr<InboxModel> inbox;
        InboxFilterModel filter;
        std::unique_ptr<DirectoryModel> directory;
        std::unique_ptr<InboxPanel> panel;
    };

    std::unique_ptr<Rig> rig(const QList<InboxView> &saved = {})
    {
        auto r = std::make_unique<Rig>();
        r->store = openStore(
            m_dir.filePath(QStringLiteral("p%1.sqlite3").arg(QRandomGenerator::global()->generate())));
        if (!r->store)
            return nullptr;
        r->inbox = std::make_unique<InboxModel>(r->store.get());
        r->directory = std::make_unique<DirectoryModel>(r->store.get());
        r->filter.setSourceModel(r->inbox.get());
        r->filter.setSelfAgents({{QStringLiteral("demo"), QStringLiteral("me")}});
        Conversation mine = conversation(QStringLiteral("c1"), QStringLiteral("u1"), t0(), Channel::WeChat);
        mine.assigneeRemoteId = QStringLiteral("me");
        mine.teamRemoteId = QStringLiteral("t1");
        mine.subject = QStringLiteral("mine");
        Conversation free = conversation(QStringLiteral("c2"), QStringLiteral("u2"), t0(), Channel::Email);
        free.subject = QStringLiteral("free");
        Conversation done = conversation(QStringLiteral("c3"), QStringLiteral("u2"), t0(), Channel::Email);
        done.subject = QStringLiteral("done");
        done.status = ConversationStatus::Resolved;
        r->store->applyBatch({QStringLiteral("demo"),
                              {customer(QStringLiteral("u1"), QStringLiteral("Vera Vip"), Tier::Vip),
                               customer(QStringLiteral("u2"), QStringLiteral("Sam Standard")),
                               Team{QStringLiteral("demo"), QStringLiteral("t1"), QStringLiteral("Storage")},
                               mine, free, done},
                              {}});
        r->panel = std::make_unique<InboxPanel>(&r->filter, r->directory.get(), saved);
        r->inbox->reload();
        r->directory->reload();
        r->panel->resize(380, 600);
        r->panel->show();
        if (!QTest::qWaitForWindowExposed(r->panel.get()))
            return nullptr;
        return r;
    }

    static QStringList shown(const QAbstractItemModel &m)
    {
        QStringList out;
        for (int row = 0; row < m.rowCount(); ++row)
            out << m.index(row, 0).data(InboxModel::SubjectRole).toString();
        return out;
    }

    static int indexOf(QComboBox *box, const QString &text)
    {
        for (int i = 0; i < box->count(); ++i)
            if (box->itemText(i).trimmed() == text)
                return i;
        return -1;
    }

private Q_SLOTS:
    void switchingViewsWithTheKeyboard()
    {
        auto r = rig();
        QVERIFY(r);
        QTRY_COMPARE(r->filter.rowCount(), 2);
        QComboBox *views = r->panel->viewSelector();
        QCOMPARE(views->currentText(), QStringLiteral("All open"));
        // The top of the queue opens by itself: the VIP.
        QTRY_COMPARE(r->panel->view()->currentIndex().data(InboxModel::SubjectRole).toString(),
                     QStringLiteral("mine"));
        views->setFocus();
        QTest::keyClick(views, Qt::Key_Home); // Mine
        QCOMPARE(views->currentText(), QStringLiteral("Mine"));
        QCOMPARE(shown(r->filter), QStringList{QStringLiteral("mine")});
        QTest::keyClick(views, Qt::Key_Down); // Unassigned
        QCOMPARE(shown(r->filter), QStringList{QStringLiteral("free")});
        views->setCurrentIndex(indexOf(views, QStringLiteral("Resolved")));
        QTRY_COMPARE(shown(r->filter), QStringList{QStringLiteral("done")}); // archived: read for the view
        views->setCurrentIndex(indexOf(views, QStringLiteral("Email")));
        QCOMPARE(shown(r->filter), QStringList{QStringLiteral("free")});
        // Team views come from the directory, once it has loaded.
        QTRY_VERIFY(indexOf(views, QStringLiteral("Storage")) >= 0);
        QCOMPARE(views->currentText().trimmed(), QStringLiteral("Email")); // kept across the rebuild
        views->setCurrentIndex(indexOf(views, QStringLiteral("Storage")));
        QCOMPARE(shown(r->filter), QStringList{QStringLiteral("mine")});
        // Headers are not views.
        const int header = indexOf(views, QStringLiteral("Channels"));
        QVERIFY(header >= 0);
        QVERIFY(!views->itemData(header).isValid());
    }

    // Loaded before the panel exists (the app reads the inbox while building the window): the top
    // conversation still opens, and whoever connected after construction hears of it.
    void anInboxLoadedEarlyOpensItsTop()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("early.sqlite3")));
        QVERIFY(store);
        store->applyBatch(
            {QStringLiteral("demo"), {conversation(QStringLiteral("c1"), QStringLiteral("u1"), t0())}, {}});
        InboxModel inbox(store.get());
        InboxFilterModel filter;
        filter.setSourceModel(&inbox);
        DirectoryModel directory(store.get());
        QSignalSpy loaded(&inbox, &InboxModel::loaded);
        inbox.reload();
        QVERIFY(loaded.wait(5000));
        InboxPanel panel(&filter, &directory, {});
        QSignalSpy selected(&panel, &InboxPanel::conversationSelected);
        QTRY_COMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().toLongLong(), inbox.rowAt(0).id);
    }

    void movingThroughTheInboxWithoutTheMouse()
    {
        auto r = rig();
        QVERIFY(r);
        QTRY_COMPARE(r->filter.rowCount(), 2);
        QSignalSpy selected(r->panel.get(), &InboxPanel::conversationSelected);
        QTRY_VERIFY(r->panel->currentConversation() != 0);
        const qint64 top = r->panel->currentConversation();
        r->panel->moveSelection(1);
        QVERIFY(r->panel->currentConversation() != top);
        r->panel->moveSelection(5); // stays on the last row
        QCOMPARE(r->panel->view()->currentIndex().row(), 1);
        r->panel->moveSelection(-1);
        QCOMPARE(r->panel->currentConversation(), top);
        QCOMPARE(selected.last().first().toLongLong(), top);
        // Selecting one the current view hides says so.
        r->panel->viewSelector()->setCurrentIndex(
            indexOf(r->panel->viewSelector(), QStringLiteral("Resolved")));
        QVERIFY(!r->panel->selectConversation(top));
    }

    void aFilterIsSavedAsAView()
    {
        auto r = rig();
        QVERIFY(r);
        QTRY_COMPARE(r->filter.rowCount(), 2);
        QSignalSpy saved(r->panel.get(), &InboxPanel::savedViewsChanged);
        QComboBox *views = r->panel->viewSelector();
        views->setCurrentIndex(indexOf(views, QStringLiteral("Unassigned")));
        QTest::keyClicks(r->panel->filterEdit(), QStringLiteral("sam"));
        QCOMPARE(shown(r->filter), QStringList{QStringLiteral("free")});
        r->panel->saveCurrentView(QStringLiteral("Sam's open chats"));
        QCOMPARE(saved.size(), 1);
        const auto views1 = saved.last().first().value<QList<InboxView>>();
        QCOMPARE(views1.size(), 1);
        QCOMPARE(views1[0].assignee, InboxView::Assignee::Unassigned);
        QCOMPARE(views1[0].text, QStringLiteral("sam"));
        // The saved view is shown, and the quick filter is free again.
        QCOMPARE(views->currentText().trimmed(), QStringLiteral("Sam's open chats"));
        QVERIFY(r->panel->filterEdit()->text().isEmpty());
        QCOMPARE(shown(r->filter), QStringList{QStringLiteral("free")});

        // A new panel (the next start) offers it again.
        auto again = rig(views1);
        QVERIFY(again);
        QComboBox *views2 = again->panel->viewSelector();
        const int entry = indexOf(views2, QStringLiteral("Sam's open chats"));
        QVERIFY(entry > indexOf(views2, QStringLiteral("Saved")));
        views2->setCurrentIndex(entry);
        QTRY_COMPARE(shown(again->filter), QStringList{QStringLiteral("free")});
        again->panel->deleteSavedView(QStringLiteral("Sam's open chats"));
        QCOMPARE(indexOf(views2, QStringLiteral("Sam's open chats")), -1);
        QCOMPARE(views2->currentText(), QStringLiteral("All open"));
    }

    // A subject from a hostile server: the tooltip shows it as written. As markup it would load an
    // image of /dev/zero (which once ran the app out of memory) or of a file on disk.
    void aHostileSubjectIsShownAsTextInTheTooltip()
    {
        auto r = rig();
        QVERIFY(r);
        const QString hostile =
            QStringLiteral("<img src=\"/dev/zero\"><img src=\"file:///etc/passwd\"> <b>urgent</b>");
        Conversation c =
            conversation(QStringLiteral("evil"), QStringLiteral("u2"), t0().addSecs(60), Channel::Email);
        c.subject = hostile;
        r->store->applyBatch({QStringLiteral("demo"), {c}, {}});
        QListView *view = r->panel->view();
        QModelIndex at;
        QTRY_VERIFY([&] {
            for (int row = 0; row < view->model()->rowCount(); ++row)
                if (view->model()->index(row, 0).data(InboxModel::SubjectRole).toString() == hostile)
                    at = view->model()->index(row, 0);
            return at.isValid();
        }());
        const QString tip = at.data(Qt::ToolTipRole).toString();
        QVERIFY(!tip.contains(QLatin1String("<img")));
        QVERIFY(tip.contains(QLatin1String("&lt;img src=&quot;/dev/zero&quot;&gt;")));
        // Hovering shows it, at once and as text.
        view->scrollTo(at);
        const QRect rect = view->visualRect(at);
        QHelpEvent help(QEvent::ToolTip, rect.center(), view->viewport()->mapToGlobal(rect.center()));
        QElapsedTimer timer;
        timer.start();
        QCoreApplication::sendEvent(view->viewport(), &help);
        QVERIFY(timer.elapsed() < 1000);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), tip);
        QToolTip::hideText();
    }
};

QTEST_MAIN(tst_InboxPanel)
#include "tst_InboxPanel.moc"
