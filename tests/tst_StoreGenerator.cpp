// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SearchIndex.h"
#include "store/StoreDatabase.h"
#include "StoreGenerator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;

class tst_StoreGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsAStoreWithSearchableConversations()
    {
        QTemporaryDir dir;
        StoreDatabase db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("g.sqlite3")), &error));
        StoreGenerator generator(2500, 7);
        int lastProgress = 0;
        const qint64 written = generator.generate(db, 10, [&](int done) { lastProgress = done; });
        QCOMPARE(written, 25000);
        QCOMPARE(lastProgress, 2500);
        QCOMPARE(db.reader().conversationCount(), 2500);
        QCOMPARE(db.reader().messageCount(), 25000);
        SearchIndex index;
        QVERIFY2(index.open(db.path(), &error), qPrintable(error));
        QVERIFY(!index.searchMessages(QStringLiteral("serial"), 20).isEmpty());
        QVERIFY(!index.searchMessages(QStringLiteral("序列号"), 20).isEmpty());
        const auto rows = db.reader().inboxRows();
        QCOMPARE(rows.first().messageCount, 10);
    }

    void isDeterministic()
    {
        StoreGenerator a(50, 3), b(50, 3);
        const auto ea = a.batch(0, 50, 10);
        const auto eb = b.batch(0, 50, 10);
        QCOMPARE(ea.events.size(), 550);
        // Same texts and ids (creation times are relative to "now", so compare messages' text).
        for (qsizetype i = 0; i < ea.events.size(); ++i)
            if (const auto *m = std::get_if<Message>(&ea.events[i])) {
                QCOMPARE(m->text, std::get<Message>(eb.events[i]).text);
                QCOMPARE(m->remoteId, std::get<Message>(eb.events[i]).remoteId);
            }
    }

    // A real centre's history: nothing in the future, a recent backlog, about 10k active
    // conversations whatever the size (the generator made 212k of 300k active).
    void datesConversationsAsARealCentre()
    {
        const int total = 60000; // 41.7 days
        StoreGenerator generator(total, 5);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime week = now.addDays(-7);
        QDateTime oldest = now;
        QDateTime newest;
        int active = 0;
        int openOld = 0;
        int openRecent = 0;
        int recent = 0;
        for (int first = 0; first < total; first += 5000) {
            const EventBatch b = generator.batch(first, 5000, 2);
            for (const BackendEvent &e : b.events) {
                if (const auto *m = std::get_if<Message>(&e)) {
                    QVERIFY2(m->sentAt <= now.addSecs(1), qPrintable(m->sentAt.toString(Qt::ISODate)));
                    newest = qMax(newest, m->sentAt);
                }
                const auto *c = std::get_if<Conversation>(&e);
                if (!c)
                    continue;
                oldest = qMin(oldest, c->createdAt);
                const bool open = c->status != ConversationStatus::Resolved;
                if (open || c->createdAt >= week)
                    ++active;
                if (c->createdAt >= now.addDays(-1)) {
                    ++recent;
                    openRecent += open;
                } else if (c->createdAt < now.addDays(-3)) {
                    openOld += open;
                }
            }
        }
        QVERIFY(newest > now.addSecs(-3600));
        QCOMPARE(qRound(oldest.secsTo(now) / 86400.0), 42);
        QVERIFY2(active > 9500 && active < 11500, qPrintable(QString::number(active)));
        QVERIFY2(openRecent > recent * 4 / 10 && openRecent < recent * 6 / 10,
                 qPrintable(QString::number(openRecent)));
        QVERIFY2(openOld < total / 200, qPrintable(QString::number(openOld)));
    }
};

QTEST_GUILESS_MAIN(tst_StoreGenerator)
#include "tst_StoreGenerator.moc"
