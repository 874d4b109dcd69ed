// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComposerWidget.h"
#include "controllers/ConversationController.h"
#include "ConversationPanel.h"
#include "ConversationWindow.h"
#include "CustomerPanel.h"
#include "FakeBackend.h"
#include "itemmodels/CustomerModel.h"
#include "itemmodels/InboxModel.h"
#include "itemmodels/MessageModel.h"
#include "itemmodels/SearchModel.h"
#include "services/BackendRegistry.h"
#include "store/Store.h"
#include "TestStore.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

class tst_ConversationWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    // A conversation in its own window: its own models, its customer beside it, titled after
    // them; a reply typed there is sent, and a draft left there is kept when it closes.
    void worksAConversationOnItsOwn()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("w.sqlite3")));
        QVERIFY(store);
        store->applyBatch({QStringLiteral("chat"),
                           {customer(QStringLiteral("c"), QStringLiteral("Ada Lovelace"), Tier::Vip),
                            conversation(QStringLiteral("a"), QStringLiteral("c"), t0()),
                            inbound(QStringLiteral("m"), QStringLiteral("a"), QStringLiteral("hello"), t0())},
                           {}});
        BackendRegistry registry;
        registry.add(new FakeBackend(QStringLiteral("chat")));
        InboxModel inbox(store.get());
        QSignalSpy loaded(&inbox, &InboxModel::loaded);
        inbox.reload();
        QVERIFY(loaded.wait(5000));
        const qint64 id = inbox.rowAt(0).id;
        ConversationController controller(store.get());
        controller.setRegistry(&registry);
        MessageModel *messages = nullptr;
        const auto models = [&](QObject *owner) {
            messages = new MessageModel(store.get(), owner);
            return ConversationModels{messages, nullptr, new SearchModel(store.get(), owner),
                                      new CustomerModel(store.get(), owner)};
        };
        auto *window =
            new ConversationWindow(id, models, &inbox, &controller, &registry, nullptr, nullptr, nullptr);
        QPointer<ConversationWindow> guard(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->windowTitle(), QStringLiteral("Ada Lovelace: Subject of a — AgentDesk"));
        QCOMPARE(window->conversationPanel()->conversationId(), id);
        QVERIFY(messages && messages->parent() == window); // the window's own
        QTRY_COMPARE(messages->rowCount(), 1);
        QTRY_COMPARE(window->customerPanel()->nameLabel()->text(), QStringLiteral("Ada Lovelace"));

        auto *edit = window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("from the second screen"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(
            scalar(*store, QStringLiteral("SELECT count(*) FROM outbox WHERE conversation_id = %1 AND "
                                          "payload LIKE '%second screen%'")
                               .arg(id)),
            1);

        QTest::keyClicks(edit, QStringLiteral("half a thought"));
        window->close(); // deletes itself
        QTRY_VERIFY(!guard);
        QString draft;
        controller.fetchDraft(id, this, [&](const QString &text) { draft = text; });
        QTRY_COMPARE(draft, QStringLiteral("half a thought"));
    }
};

QTEST_MAIN(tst_ConversationWindow)
#include "tst_ConversationWindow.moc"
