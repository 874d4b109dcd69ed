// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/CustomerConversationsModel.h"
#include "itemmodels/InboxModel.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

class tst_CustomerConversationsModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QStringList ids(const QAbstractItemModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, 0).data(InboxModel::RowRole).value<InboxRow>().remoteId;
        return out;
    }

private Q_SLOTS:
    void listsTheCustomersOtherConversationsNewestFirst()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("cc.sqlite3")));
        QVERIFY(store);
        Conversation old = conversation(QStringLiteral("old"), QStringLiteral("ada"), t0());
        old.status = ConversationStatus::Resolved;
        store->applyBatch({QStringLiteral("demo"),
                           {customer(QStringLiteral("ada"), QStringLiteral("Ada")),
                            customer(QStringLiteral("bob"), QStringLiteral("Bob")), old,
                            conversation(QStringLiteral("now"), QStringLiteral("ada"), t0().addSecs(600)),
                            conversation(QStringLiteral("mid"), QStringLiteral("ada"), t0().addSecs(300)),
                            conversation(QStringLiteral("bobs"), QStringLiteral("bob"), t0())},
                           {}});
        // The same customer id on another backend is someone else.
        store->applyBatch({QStringLiteral("rt"),
                           {conversation(QStringLiteral("elsewhere"), QStringLiteral("ada"), t0())},
                           {}});
        InboxModel inbox(store.get());
        QSignalSpy loaded(&inbox, &InboxModel::loaded);
        inbox.reload();
        QVERIFY(loaded.wait(5000));
        CustomerConversationsModel model;
        model.setSourceModel(&inbox);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        qint64 now = 0;
        for (const InboxRow &r : TestData::inbox(*store))
            if (r.remoteId == QLatin1String("now"))
                now = r.id;
        QCOMPARE(inbox.rowCount(), 4); // "old" was resolved long ago: archived, not read
        model.setConversation(now);
        QTRY_COMPARE(ids(model), (QStringList{QStringLiteral("mid"), QStringLiteral("old")}));

        // A new conversation of hers appears at the top by itself.
        store->applyBatch({QStringLiteral("demo"),
                           {conversation(QStringLiteral("new"), QStringLiteral("ada"), t0().addSecs(900))},
                           {}});
        QTRY_COMPARE(ids(model),
                     (QStringList{QStringLiteral("new"), QStringLiteral("mid"), QStringLiteral("old")}));
        model.setConversation(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CustomerConversationsModel)
#include "tst_CustomerConversationsModel.moc"
