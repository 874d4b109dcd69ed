// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/CustomerModel.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

class tst_CustomerModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Store> m_store;

    static Customer ada()
    {
        Customer c = customer(QStringLiteral("c1"), QStringLiteral("Ada Lovelace"), Tier::Vip);
        c.products = {
            {QStringLiteral("Orion NAS 4-bay"), QStringLiteral("SN-4821-77"), QStringLiteral("SH-01"),
             QDate(2024, 3, 1), QDate(2027, 3, 1)},
            {QStringLiteral("Pulse UPS 1500"), QStringLiteral("UPS-9"), QString(), {}, QDate(2025, 1, 1)}};
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_store = openStore(m_dir.filePath(QStringLiteral("c%1.sqlite3").arg(++m_n)));
        QVERIFY(m_store);
    }

    void showsTheCustomerAndFollowsChanges()
    {
        m_store->applyBatch({QStringLiteral("demo"), {ada()}, {}});
        CustomerModel model(m_store.get());
        model.setToday(QDate(2026, 11, 23));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CustomerModel::loaded);
        model.setCustomer(QStringLiteral("demo"), QStringLiteral("c1"));
        QVERIFY(loaded.wait(5000));
        QVERIFY(model.isKnown());
        QCOMPARE(model.customer().name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(model.customer().tier, Tier::Vip);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex nas = model.index(0);
        QCOMPARE(nas.data(CustomerModel::SerialRole).toString(), QStringLiteral("SN-4821-77"));
        QVERIFY(nas.data(CustomerModel::UnderWarrantyRole).toBool());
        QVERIFY(
            nas.data().toString().startsWith(QStringLiteral("Orion NAS 4-bay\nSN-4821-77 · warranty until")));
        QVERIFY(!model.index(1).data(CustomerModel::UnderWarrantyRole).toBool());
        QVERIFY(model.index(1).data().toString().contains(QLatin1String("warranty ended")));

        // A new product reported by the backend shows without reopening.
        Customer more = ada();
        more.products.append({QStringLiteral("Helix router"), QStringLiteral("HX-1"), {}, {}, {}});
        more.updatedAt = QDateTime::currentDateTimeUtc();
        m_store->applyBatch({QStringLiteral("demo"), {more}, {}});
        QTRY_COMPARE(model.rowCount(), 3);

        // Someone the store has no record of.
        model.setCustomer(QStringLiteral("demo"), QStringLiteral("nobody"));
        QVERIFY(loaded.wait(5000));
        QVERIFY(!model.isKnown());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.customer().remoteId, QStringLiteral("nobody"));
    }

    void checksAnIdentifierTheCustomerGives()
    {
        m_store->applyBatch({QStringLiteral("demo"), {ada()}, {}});
        CustomerModel model(m_store.get());
        QSignalSpy loaded(&model, &CustomerModel::loaded);
        QVERIFY(!model.checkIdentity(QStringLiteral("SN-4821-77")).matched); // nobody chosen yet
        model.setCustomer(QStringLiteral("demo"), QStringLiteral("c1"));
        QVERIFY(loaded.wait(5000));
        const auto serial = model.checkIdentity(QStringLiteral(" sn 482177 "));
        QVERIFY(serial.matched);
        QVERIFY(serial.what.contains(QLatin1String("Orion NAS 4-bay")));
        QVERIFY(model.checkIdentity(QStringLiteral("site-c1")).matched); // the customer's site
        QVERIFY(model.checkIdentity(QStringLiteral("SH-01")).matched);   // a product's site
        const auto wrong = model.checkIdentity(QStringLiteral("SN-0000"));
        QVERIFY(!wrong.matched);
        QVERIFY(wrong.what.contains(QLatin1String("SN-0000")));
        QVERIFY(!model.checkIdentity(QStringLiteral(" - ")).matched);
    }
};

QTEST_GUILESS_MAIN(tst_CustomerModel)
#include "tst_CustomerModel.moc"
