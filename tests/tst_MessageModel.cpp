// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/MessageModel.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

class tst_MessageModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_conversation = 0;

private Q_SLOTS:
    void init()
    {
        m_store =
            openStore(m_dir.filePath(QStringLiteral("m%1.sqlite3").arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(m_store);
        EventBatch b{
            QStringLiteral("demo"), {conversation(QStringLiteral("k"), QStringLiteral("c"), t0())}, {}};
        for (int i = 0; i < 25; ++i)
            b.events.append(inbound(QStringLiteral("m%1").arg(i), QStringLiteral("k"),
                                    QStringLiteral("n%1").arg(i), t0().addSecs(i * 10)));
        m_store->applyBatch(b);
        m_conversation = inbox(*m_store).value(0).id;
        QVERIFY(m_conversation);
    }

    void pagesOlderMessagesOnDemand()
    {
        MessageModel model(m_store.get());
        // The tester calls canFetchMore()/fetchMore() as views do: they must never load a page.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        QSignalSpy loaded(&model, &MessageModel::loaded);
        model.setConversation(m_conversation);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0).data(MessageModel::TextRole).toString(), QStringLiteral("n15"));
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QTest::qWait(100);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.hasOlder());
        model.loadOlder();
        QTRY_COMPARE(model.rowCount(), 20);
        QCOMPARE(model.index(0).data(MessageModel::TextRole).toString(), QStringLiteral("n5"));
        model.loadOlder();
        QTRY_COMPARE(model.rowCount(), 25);
        QTRY_VERIFY(!model.hasOlder());
        QCOMPARE(model.index(24).data(MessageModel::TextRole).toString(), QStringLiteral("n24"));
    }

    // A search hit opens in its conversation with 20 messages above it and everything after it.
    void opensAtAMessageWithItsContext()
    {
        // 25 messages; n2 has only two above it, n22 has twenty.
        const auto idOf = [&](const QString &text) {
            return scalar(*m_store, QStringLiteral("SELECT id FROM messages WHERE body = '%1'").arg(text));
        };
        MessageModel model(m_store.get());
        model.setPageSize(3);
        QSignalSpy loaded(&model, &MessageModel::loaded);
        model.setConversation(m_conversation, idOf(QStringLiteral("n22")));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 23); // n2 .. n24
        QCOMPARE(model.index(0).data(MessageModel::TextRole).toString(), QStringLiteral("n2"));
        QCOMPARE(model.rowOf(idOf(QStringLiteral("n22"))), 20);
        QVERIFY(model.hasOlder());
        model.loadOlder();
        QTRY_COMPARE(model.rowCount(), 25);
        QVERIFY(!model.hasOlder());

        model.setConversation(m_conversation, idOf(QStringLiteral("n2")));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(!model.hasOlder());
        // A message of another conversation (or one gone) opens the newest page as usual.
        model.setConversation(m_conversation, 999999);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2).data(MessageModel::TextRole).toString(), QStringLiteral("n24"));
    }

    void followsNewMessagesAndDeliveryStates()
    {
        MessageModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &MessageModel::loaded);
        model.setConversation(m_conversation);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 25);
        bool queued = false;
        m_store->enqueue(
            {QStringLiteral("key"), m_conversation, OutboxKind::Reply, QStringLiteral("my reply")}, this,
            [&](const OutboxItem &item, const QString &) {
                queued = true;
                m_store->markSending(item.id);
                m_store->markSent(item.id, QStringLiteral("srv"));
            });
        QTRY_COMPARE(model.rowCount(), 26);
        QCOMPARE(model.index(25).data(MessageModel::TextRole).toString(), QStringLiteral("my reply"));
        QCOMPARE(model.index(25).data(MessageModel::DirectionRole).toInt(), int(Direction::Outbound));
        QTRY_COMPARE(model.index(25).data(MessageModel::DeliveryRole).toInt(), int(DeliveryState::Sent));
        m_store->applyBatch(
            {QStringLiteral("demo"),
             {MessageStateChange{
                 QStringLiteral("k"), QStringLiteral("srv"), {}, DeliveryState::Delivered, {}}},
             {}});
        QTRY_COMPARE(model.index(25).data(MessageModel::DeliveryRole).toInt(), int(DeliveryState::Delivered));
        QCOMPARE(model.rowCount(), 26);
    }

    void switchingConversationsDropsLateAnswers()
    {
        MessageModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(m_conversation);
        model.setConversation(0); // before the first answer arrives
        QTest::qWait(100);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_MessageModel)
#include "tst_MessageModel.moc"
