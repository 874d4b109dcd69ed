// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/ServiceRequestModel.h"
#include "store/Store.h"
#include "TestStore.h"
#include "text/HtmlText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::TestData;

class tst_ServiceRequestModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    // A request being created, then confirmed, then reported by its backend: the row says which.
    void followsARequestFromQueuedToReported()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("s.sqlite3")));
        QVERIFY(store);
        store->applyBatch(
            {QStringLiteral("demo"),
             {customer(QStringLiteral("c1"), QStringLiteral("Ada")),
              conversation(QStringLiteral("k1"), QStringLiteral("c1"), t0()),
              inbound(QStringLiteral("m1"), QStringLiteral("k1"), QStringLiteral("red light"), t0())},
             {}});
        const qint64 conv = inbox(*store).first().id;
        ServiceRequestModel model(store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ServiceRequestModel::loaded);
        model.setConversation(conv);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 0);

        std::optional<OutboxItem> queued;
        store->enqueue({.idempotencyKey = QStringLiteral("sr"),
                        .conversationId = conv,
                        .kind = OutboxKind::CreateServiceRequest,
                        .targetBackendId = QStringLiteral("rt"),
                        .fields = {{QStringLiteral("subject"), QStringLiteral("NAS red light")}}},
                       this, [&](const OutboxItem &item, const QString &) { queued = item; });
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Creating SR: NAS red light…"));
        QVERIFY(model.index(0).data(ServiceRequestModel::PendingRole).toBool());

        store->markFailed(queued->id, QStringLiteral("RT refused: no such queue"), {});
        QTRY_VERIFY(model.index(0).data(ServiceRequestModel::FailedRole).toBool());
        QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(),
                 HtmlText::toolTip(QStringLiteral("RT refused: no such queue")));

        store->retryOutbox(queued->id);
        store->markSending(queued->id);
        store->markSent(queued->id, QStringLiteral("12"));
        QTRY_COMPARE(model.index(0).data().toString(), QStringLiteral("SR #12 · NAS red light"));

        ServiceRequest reported;
        reported.remoteId = QStringLiteral("12");
        reported.subject = QStringLiteral("NAS red light");
        reported.status = QStringLiteral("open");
        store->applyBatch({QStringLiteral("rt"), {reported}, {}});
        QTRY_COMPARE(model.index(0).data().toString(), QStringLiteral("SR #12 · NAS red light · open"));
        QCOMPARE(model.index(0).data(ServiceRequestModel::BackendRole).toString(), QStringLiteral("rt"));
        QCOMPARE(model.rowCount(), 1);

        model.setConversation(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ServiceRequestModel)
#include "tst_ServiceRequestModel.moc"
