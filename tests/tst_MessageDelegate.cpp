// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controllers/ConversationController.h"
#include "itemmodels/MessageModel.h"
#include "MessageDelegate.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

// Bubbles in a real list view over a real store: day headers, links and the retry of a failed reply.
class tst_MessageDelegate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void dayLabels()
    {
        const QDate today(2026, 11, 23);
        QCOMPARE(MessageDelegate::dayLabel(today, today), QStringLiteral("Today"));
        QCOMPARE(MessageDelegate::dayLabel(today.addDays(-1), today), QStringLiteral("Yesterday"));
        QVERIFY(MessageDelegate::dayLabel(QDate(2026, 3, 2), today).contains(QLatin1String("March")));
        QVERIFY(!MessageDelegate::dayLabel(QDate(2026, 3, 2), today).contains(QLatin1String("2026")));
        QVERIFY(MessageDelegate::dayLabel(QDate(2025, 3, 2), today).contains(QLatin1String("2025")));
    }

    void headersLinksAndRetry()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("d.sqlite3")));
        QVERIFY(store);
        const QDateTime day1 = QDateTime(QDate(2026, 3, 2), QTime(10, 0)).toUTC();
        store->applyBatch(
            {QStringLiteral("demo"),
             {conversation(QStringLiteral("k"), QStringLiteral("c"), day1),
              inbound(QStringLiteral("a"), QStringLiteral("k"), QStringLiteral("first"), day1),
              inbound(QStringLiteral("b"), QStringLiteral("k"), QStringLiteral("same day"), day1.addSecs(60)),
              inbound(QStringLiteral("c"), QStringLiteral("k"), QStringLiteral("see https://example.com/x"),
                      day1.addDays(1))},
             {}});
        const qint64 conv = inbox(*store).value(0).id;
        ConversationController controller(store.get());
        QSignalSpy queued(&controller, &ConversationController::queued);
        controller.sendReply(conv, QStringLiteral("my answer"));
        QTRY_COMPARE(queued.size(), 1);
        const auto item = queued.first().first().value<OutboxItem>();
        store->markSending(item.id);
        store->markFailed(item.id, QStringLiteral("refused"), {});

        MessageModel model(store.get());
        QListView view;
        auto *delegate = new MessageDelegate(&view);
        view.setItemDelegate(delegate);
        view.setModel(&model);
        view.resize(600, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&model, &MessageModel::loaded);
        model.setConversation(conv);
        QVERIFY(loaded.wait(5000));
        QTRY_COMPARE(model.rowCount(), 4);
        QTRY_COMPARE(model.index(3).data(MessageModel::DeliveryRole).toInt(), int(DeliveryState::Failed));

        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        const auto layoutOf = [&](int row) {
            option.rect = view.visualRect(model.index(row));
            return delegate->layout(option, model.index(row));
        };
        QVERIFY(!layoutOf(0).day.isEmpty());  // first of 2 March
        QVERIFY(layoutOf(1).day.isEmpty());   // same day
        QVERIFY(!layoutOf(2).day.isEmpty());  // 3 March
        QVERIFY(layoutOf(0).retry.isEmpty()); // inbound: nothing to retry
        const MessageDelegate::Layout failed = layoutOf(3);
        QVERIFY(!failed.retry.isEmpty());

        // Clicking "Retry" asks for it; clicking a link opens it.
        QSignalSpy retry(delegate, &MessageDelegate::retryRequested);
        connect(delegate, &MessageDelegate::retryRequested, &controller,
                &ConversationController::retryMessage);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, failed.retry.center());
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.first().first().toLongLong(), item.messageId);
        QTRY_COMPARE(model.index(3).data(MessageModel::DeliveryRole).toInt(), int(DeliveryState::Queued));

        QSignalSpy link(delegate, &MessageDelegate::linkActivated);
        const MessageDelegate::Layout withLink = layoutOf(2);
        const int x = QFontMetrics(view.font()).horizontalAdvance(QStringLiteral("see https://ex"));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                          withLink.text.topLeft() + QPoint(x, QFontMetrics(view.font()).height() / 2));
        QCOMPARE(link.size(), 1);
        QCOMPARE(link.first().first().toUrl(), QUrl(QStringLiteral("https://example.com/x")));
        // A click on plain text selects, nothing opens.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, withLink.text.topLeft() + QPoint(2, 2));
        QCOMPARE(link.size(), 1);
    }

    // A status change of the ticket is a line of the timeline in the middle, not a customer's bubble.
    void aSystemEventIsATimelineLine()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("s.sqlite3")));
        QVERIFY(store);
        Message changed = inbound(QStringLiteral("s"), QStringLiteral("k"),
                                  QStringLiteral("Status changed from new to open"), t0().addSecs(60));
        changed.direction = Direction::System;
        changed.authorName = QStringLiteral("RT_System");
        store->applyBatch(
            {QStringLiteral("rt"),
             {conversation(QStringLiteral("k"), QStringLiteral("c"), t0()),
              inbound(QStringLiteral("a"), QStringLiteral("k"), QStringLiteral("hello"), t0()), changed},
             {}});
        MessageModel model(store.get());
        QListView view;
        auto *delegate = new MessageDelegate(&view);
        view.setItemDelegate(delegate);
        view.setModel(&model);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.setConversation(inbox(*store).value(0).id);
        QTRY_COMPARE(model.rowCount(), 2);
        if (qEnvironmentVariableIsSet("AGENTDESK_SHOT"))
            view.grab().save(qEnvironmentVariable("AGENTDESK_SHOT"));
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.rect = view.visualRect(model.index(1));
        const MessageDelegate::Layout line = delegate->layout(option, model.index(1));
        QVERIFY(qAbs(line.bubble.center().x() - view.viewport()->width() / 2) <= 1);
        QVERIFY(line.meta.isEmpty()); // no author: it is no one's message
        const auto m = model.index(1).data(MessageModel::MessageRole).value<Message>();
        QVERIFY(
            MessageDelegate::systemText(m).startsWith(QStringLiteral("Status changed from new to open · ")));
        QVERIFY(!MessageDelegate::systemText(m).contains(QLatin1String("RT_System")));
        option.rect = view.visualRect(model.index(0));
        QVERIFY(delegate->layout(option, model.index(0)).bubble.left() < line.bubble.left());
    }
};

QTEST_MAIN(tst_MessageDelegate)
#include "tst_MessageDelegate.moc"
