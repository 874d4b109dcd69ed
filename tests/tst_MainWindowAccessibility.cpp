// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow as a screen reader and a keyboard see it: every control has a name and a
// description, list rows read as a sentence, and Tab walks the window in the order it reads.
#include "ConversationPanel.h"
#include "CustomerPanel.h"
#include "InboxPanel.h"
#include "itemmodels/InboxModel.h"
#include "MainWindow.h"
#include "MainWindowRig.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

class tst_MainWindowAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<MainWindowRig::Rig> shownRig()
    {
        auto r = MainWindowRig::rig(m_dir.filePath(QStringLiteral("a%1.sqlite3").arg(qrand())));
        if (!r)
            return nullptr;
        r->registry.add(new FakeBackend(QStringLiteral("chat")));
        Conversation c = conversation(QStringLiteral("k"), QStringLiteral("c"), t0());
        c.subject = QStringLiteral("Helix Router issue");
        r->store.applyBatch(
            {QStringLiteral("chat"),
             {customer(QStringLiteral("c"), QStringLiteral("Priya Young"), Tier::Vip), c,
              inbound(QStringLiteral("m1"), QStringLiteral("k"), QStringLiteral("It blinks red"),
                      QDateTime::currentDateTimeUtc().addSecs(-120))},
             {}});
        if (!MainWindowRig::showActive(*r))
            return nullptr;
        return r;
    }

    static int qrand()
    {
        static int n = 0;
        return ++n;
    }

    static QString describe(QWidget *w)
    {
        return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), w->objectName());
    }

private Q_SLOTS:
    void everyControlHasANameAndADescription()
    {
        auto r = shownRig();
        QVERIFY(r);
        QTRY_VERIFY(r->window->conversationPanel()->conversationId() != 0);
        QStringList nameless, undescribed;
        for (QWidget *w : r->window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(r->window.get()) || w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
                continue;
            if (w->focusProxy() ||
                qobject_cast<QLabel *>(w)) // the proxy is the control; labels speak their text
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            QVERIFY(a);
            if (a->text(QAccessible::Name).trimmed().isEmpty())
                nameless << describe(w);
            // A tab bar is described by its tabs.
            if (qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < a->childCount(); ++i)
                    if (a->child(i)->role() == QAccessible::PageTab &&
                        a->child(i)->text(QAccessible::Description).trimmed().isEmpty())
                        undescribed << describe(w) + QStringLiteral(" tab %1").arg(i);
            } else if (a->text(QAccessible::Description).trimmed().isEmpty()) {
                undescribed << describe(w);
            }
        }
        QVERIFY2(nameless.isEmpty(),
                 qPrintable(QStringLiteral("No accessible name: ") + nameless.join(QStringLiteral(", "))));
        QVERIFY2(undescribed.isEmpty(), qPrintable(QStringLiteral("No accessible description: ") +
                                                   undescribed.join(QStringLiteral(", "))));
    }

    void anInboxRowReadsAsASentence()
    {
        auto r = shownRig();
        QVERIFY(r);
        QListView *list = r->window->inboxPanel()->view();
        QTRY_VERIFY(list->model()->rowCount() == 1);
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(list);
        QVERIFY(view);
        QAccessibleInterface *row = nullptr;
        for (int i = 0; i < view->childCount() && !row; ++i)
            if (view->child(i)->role() == QAccessible::ListItem)
                row = view->child(i);
        QVERIFY(row);
        const QString name = row->text(QAccessible::Name);
        QVERIFY2(
            name.startsWith(QLatin1String("Priya Young, VIP, Helix Router issue, 1 unread, First reply in ")),
            qPrintable(name));
        QVERIFY2(row->text(QAccessible::Description).contains(QLatin1String("It blinks red")),
                 qPrintable(row->text(QAccessible::Description)));

        // A message: who, when, what.
        auto *messages = r->window->findChild<QListView *>(QStringLiteral("messageView"));
        QTRY_COMPARE(messages->model()->rowCount(), 1);
        QAccessibleInterface *thread = QAccessible::queryAccessibleInterface(messages);
        QStringList said;
        for (int i = 0; i < thread->childCount(); ++i)
            said << thread->child(i)->text(QAccessible::Name);
        QVERIFY2(said.join(QLatin1Char('|'))
                     .contains(QRegularExpression(QStringLiteral(" at \\d+:\\d+.*: It blinks red"))),
                 qPrintable(said.join(QLatin1Char('|'))));
    }

    // Tab goes through the window as it reads: the inbox column top to bottom, then the
    // conversation, then the customer; never back up a column or up the page within one.
    void tabFollowsTheVisualOrder()
    {
        auto r = shownRig();
        QVERIFY(r);
        QTRY_VERIFY(r->window->conversationPanel()->conversationId() != 0);
        QWidget *first = r->window->inboxPanel()->viewSelector();
        first->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(first->hasFocus());
        const QList<QWidget *> columns{r->window->inboxPanel(), r->window->conversationPanel(),
                                       r->window->customerPanel()};
        const auto columnOf = [&](QWidget *w) {
            for (qsizetype c = 0; c < columns.size(); ++c)
                if (columns[c] && (columns[c] == w || columns[c]->isAncestorOf(w)))
                    return int(c);
            return -1;
        };
        QList<QWidget *> walked{first};
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (!now || now == first)
                break;
            walked << now;
        }
        QVERIFY(walked.size() > 8);
        QStringList wrong;
        for (qsizetype i = 1; i < walked.size(); ++i) {
            QWidget *a = walked[i - 1], *b = walked[i];
            const int ca = columnOf(a), cb = columnOf(b);
            if (ca < 0 || cb < 0)
                continue; // the status bar's controls come last
            const QRect ra(a->mapTo(r->window.get(), QPoint()), a->size());
            const QRect rb(b->mapTo(r->window.get(), QPoint()), b->size());
            const bool sameRow = qAbs(ra.center().y() - rb.center().y()) < qMax(ra.height(), rb.height()) / 2;
            const bool forward =
                cb > ca || (cb == ca && (rb.top() >= ra.top() - 2 || (sameRow && rb.left() > ra.left())));
            if (!forward)
                wrong << QStringLiteral("%1 -> %2").arg(describe(a), describe(b));
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("Tab goes back: ") + wrong.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(tst_MainWindowAccessibility)
#include "tst_MainWindowAccessibility.moc"
