// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SearchIndex.h"
#include "store/StoreDatabase.h"
#include "StoreGenerator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

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
        StoreGenerator generator(7);
        int lastProgress = 0;
        const qint64 written = generator.generate(db, 2500, 10, [&](int done) { lastProgress = done; });
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
        StoreGenerator a(3), b(3);
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
};

QTEST_GUILESS_MAIN(tst_StoreGenerator)
#include "tst_StoreGenerator.moc"
