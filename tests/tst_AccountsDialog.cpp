// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Servers settings page driven as an agent would: type, test, save, see it registered.
#include "AccountsDialog.h"
#include "controllers/AccountsController.h"
#include "FakeBackend.h"
#include "services/BackendPlugin.h"
#include "services/BackendRegistry.h"
#include "settings/FileSecretStore.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"
#include "TestStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

namespace {

// Stands in for the RT factory: its backends connect at once.
class FakeFactory final : public BackendPlugin
{
public:
    QString kind() const override { return QStringLiteral("rt"); }
    Backend *create(const QString &id, const QVariantMap &settings) override
    {
        lastSettings = settings;
        return new FakeBackend(id);
    }
    QVariantMap lastSettings;
};

} // namespace

class tst_AccountsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void addsAServerAfterTestingIt()
    {
        auto store = TestData::openStore(m_dir.filePath(QStringLiteral("s.sqlite3")));
        QVERIFY(store);
        BackendRegistry registry;
        SyncEngine sync(store.get());
        QSettings ini(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        FileSecretStore secrets(m_dir.filePath(QStringLiteral("secrets.json")));
        FakeFactory factory;
        AccountsController accounts(ini, &secrets, &registry, &sync);
        accounts.addFactory(&factory);
        AccountsDialog dialog(&accounts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Where secrets go is said plainly.
        auto *where = dialog.findChild<QLabel *>(QStringLiteral("insecureSecrets"));
        QVERIFY(where);
        QVERIFY(where->text().contains(QLatin1String("unencrypted")));

        // Bad input: a clear message, nothing saved.
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Helpdesk"));
        QTest::keyClicks(dialog.urlEdit(), QStringLiteral("rt.example.com"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(dialog.resultLabel()->text().contains(QLatin1String("web address")));
        QVERIFY(accounts.accounts().isEmpty());

        dialog.urlEdit()->clear();
        QTest::keyClicks(dialog.urlEdit(), QStringLiteral("https://rt.example.com"));
        QTest::keyClicks(dialog.userEdit(), QStringLiteral("agent"));
        QTest::keyClicks(dialog.secretEdit(), QStringLiteral("s3cret"));
        QTest::keyClicks(dialog.queueEdit(), QStringLiteral("Support"));
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.resultLabel()->text().contains(QLatin1String("Connected to Helpdesk")));
        QVERIFY(registry.backends().isEmpty()); // a test registers nothing

        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.accountList()->model()->rowCount(), 1);
        QCOMPARE(dialog.accountList()->model()->index(0, 0).data().toString(), QStringLiteral("Helpdesk"));
        QVERIFY(registry.backend(QStringLiteral("rt-1")));
        QCOMPARE(factory.lastSettings.value(QStringLiteral("secret")).toString(), QStringLiteral("s3cret"));
        QCOMPARE(factory.lastSettings.value(QStringLiteral("queue")).toString(), QStringLiteral("Support"));

        // Picking it again shows what was saved, the secret included.
        dialog.accountList()->setCurrentIndex(dialog.accountList()->model()->index(0, 0));
        QCOMPARE(dialog.urlEdit()->text(), QStringLiteral("https://rt.example.com"));
        QTRY_COMPARE(dialog.secretEdit()->text(), QStringLiteral("s3cret"));
    }
};

QTEST_MAIN(tst_AccountsDialog)
#include "tst_AccountsDialog.moc"
