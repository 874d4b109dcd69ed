// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxDelegate.h"
#include "itemmodels/InboxModel.h"

#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;

class tst_InboxDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsDurationsShortly_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(42) << QStringLiteral("42 s");
        QTest::newRow("minutes") << qint64(4 * 60 + 5) << QStringLiteral("4 min");
        QTest::newRow("hours") << qint64(2 * 3600 + 5 * 60) << QStringLiteral("2 h 5 min");
        QTest::newRow("days") << qint64(3 * 86400 + 10) << QStringLiteral("3 d");
        QTest::newRow("overdue") << qint64(-90) << QStringLiteral("-1 min");
    }

    void formatsDurationsShortly()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(InboxDelegate::shortDuration(seconds), text);
    }

    void namesTheAssignee()
    {
        InboxDelegate delegate;
        InboxRow row;
        row.backendId = QStringLiteral("demo");
        QCOMPARE(delegate.assigneeText(row), QString());
        row.assigneeRemoteId = QStringLiteral("agent-7");
        QCOMPARE(delegate.assigneeText(row), QStringLiteral("agent-7")); // no directory: the id
    }

    void paintsEveryKindOfRow()
    {
        QStandardItemModel model;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int c = 0; c <= int(Channel::Alert); ++c) {
            InboxRow row;
            row.id = c + 1;
            row.channel = Channel(c);
            row.customerName = c % 2 ? QStringLiteral("陈杰")
                                     : QStringLiteral("A very long customer name that must be elided");
            row.tier = Tier(c % 4);
            row.slaDueAt = c % 3 == 0 ? now.addSecs(-600) : now.addSecs(300 * c);
            row.lastPreview = QStringLiteral("My NAS shows a red light");
            row.unreadCount = c * 20;
            row.lastDirection = c % 2 ? Direction::Outbound : Direction::Inbound;
            row.assigneeRemoteId = c % 2 ? QStringLiteral("agent-with-a-long-name") : QString();
            auto *item = new QStandardItem;
            item->setData(QVariant::fromValue(row), InboxModel::RowRole);
            model.appendRow(item);
        }
        QListView view;
        InboxDelegate delegate;
        view.setModel(&model);
        view.setItemDelegate(&delegate);
        view.resize(360, 800);
        QImage image(360, 800, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.font = view.font();
        int y = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QSize size = delegate.sizeHint(option, model.index(r, 0));
            QVERIFY(size.height() > option.fontMetrics.height() * 2);
            option.rect = QRect(0, y, 360, size.height());
            delegate.paint(&painter, option, model.index(r, 0));
            y += size.height();
        }
        painter.end();
        // Something was drawn: the badges and text leave many non-white pixels.
        int ink = 0;
        for (int py = 0; py < y; py += 2)
            for (int px = 0; px < 360; px += 2)
                ink += image.pixel(px, py) != qRgb(255, 255, 255);
        QVERIFY(ink > 1000);
    }
};

QTEST_MAIN(tst_InboxDelegate)
#include "tst_InboxDelegate.moc"
