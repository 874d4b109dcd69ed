// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerPanel.h"
#include "itemmodels/CustomerModel.h"
#include "itemmodels/InboxModel.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

class tst_CustomerPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void showsTheCustomerOfTheOpenConversation()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("p.sqlite3")));
        QVERIFY(store);
        Customer ada = customer(QStringLiteral("ada"), QStringLiteral("Ada Lovelace"), Tier::Vip);
        ada.handles.append({Channel::WeChat, QStringLiteral("wx_ada")});
        ada.products.append(
            {QStringLiteral("Pulse UPS"), QStringLiteral("UPS-1"), {}, {}, QDate(2020, 1, 1)});
        Customer bob = customer(QStringLiteral("bob"), QStringLiteral("Bob"));
        bob.verified = false;
        bob.products.clear();
        Conversation resolved = conversation(QStringLiteral("old"), QStringLiteral("ada"), t0());
        resolved.status = ConversationStatus::Resolved;
        store->applyBatch({QStringLiteral("demo"),
                           {ada, bob, resolved,
                            conversation(QStringLiteral("now"), QStringLiteral("ada"), t0().addSecs(60)),
                            conversation(QStringLiteral("bobs"), QStringLiteral("bob"), t0())},
                           {}});
        InboxModel inbox(store.get());
        CustomerModel model(store.get());
        QSignalSpy loaded(&inbox, &InboxModel::loaded);
        inbox.reload();
        QVERIFY(loaded.wait(5000));
        qint64 now = 0, old = 0, bobs = 0;
        for (const InboxRow &r : TestData::inbox(*store))
            (r.remoteId == QLatin1String("now")   ? now
             : r.remoteId == QLatin1String("old") ? old
                                                  : bobs) = r.id;

        CustomerPanel panel(&model, &inbox, nullptr);
        panel.resize(320, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.nameLabel()->text(), QStringLiteral("No customer"));
        panel.showConversation(now);
        QTRY_COMPARE(panel.nameLabel()->text(), QStringLiteral("Ada Lovelace"));
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(panel.identityLabel()->text().contains(QStringLiteral("verified · site SITE-ada")));
        QVERIFY(panel.identityLabel()->text().startsWith(QLatin1String("VIP")));
        QVERIFY(panel.channelsLabel()->text().contains(QLatin1String("wx_ada")));
        QCOMPARE(panel.productView()->model()->rowCount(), 2);
        QVERIFY(panel.productView()->isVisible());
        QListView *others = panel.conversationView();
        QCOMPARE(others->model()->rowCount(), 1);

        // The serial the customer reads out is checked against their products.
        QTest::keyClicks(panel.checkEdit(), QStringLiteral("ups 1"));
        QTest::keyClick(panel.checkEdit(), Qt::Key_Return);
        QVERIFY(panel.checkResult()->isVisible());
        QVERIFY(panel.checkResult()->text().contains(QLatin1String("Pulse UPS")));
        QTest::keyClick(panel.checkEdit(), Qt::Key_X);
        QVERIFY(!panel.checkResult()->isVisible()); // a changed entry is not yet checked
        QTest::keyClick(panel.checkEdit(), Qt::Key_Return);
        QVERIFY(panel.checkResult()->text().contains(QLatin1String("No product")));

        // Activating another conversation (Enter, or a double click) asks to open it.
        QSignalSpy requested(&panel, &CustomerPanel::conversationRequested);
        others->setFocus();
        others->setCurrentIndex(others->model()->index(0, 0));
        QTest::keyClick(others, Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toLongLong(), old);

        // Another customer: unverified, no products, no other conversations.
        panel.showConversation(bobs);
        QTRY_COMPARE(panel.nameLabel()->text(), QStringLiteral("Bob"));
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(panel.identityLabel()->text().contains(QLatin1String("not verified")));
        QVERIFY(panel.checkEdit()->text().isEmpty());
        QVERIFY(!panel.productView()->isVisible());
        QCOMPARE(others->model()->rowCount(), 0);
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("othersTitle"))->text(),
                 QStringLiteral("No other conversations"));
    }
};

QTEST_MAIN(tst_CustomerPanel)
#include "tst_CustomerPanel.moc"
