// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// tst_MainWindow's fixture: the real window over a real store and registry, with fake backends
// whose capabilities a test sets.
#include "controllers/ConversationController.h"
#include "controllers/NotificationController.h"
#include "controllers/PresenceController.h"
#include "FakeBackend.h"
#include "InboxPanel.h"
#include "itemmodels/CustomerModel.h"
#include "itemmodels/DirectoryModel.h"
#include "itemmodels/InboxFilterModel.h"
#include "itemmodels/InboxModel.h"
#include "itemmodels/MessageModel.h"
#include "itemmodels/SearchModel.h"
#include "MainWindow.h"
#include "media/MediaController.h"
#include "services/BackendRegistry.h"
#include "store/Store.h"
#include "TestStore.h"

#include <memory>
#include <QSignalSpy>
#include <QTest>

namespace AgentDesk::MainWindowRig {

using namespace AgentDesk::TestData;

struct Rig
{
    Store store;
    BackendRegistry registry;
    InboxModel inbox{&store};
    InboxFilterModel filter;
    MessageModel messages{&store};
    ConversationController controller{&store};
    PresenceController presence{&registry};
    DirectoryModel directory{&store};
    SearchModel search{&store};
    SearchModel find{&store};
    NotificationController notifications{&inbox, &registry};
    CustomerModel customer{&store};
    std::unique_ptr<MediaController> media;
    std::unique_ptr<MainWindow> window;
};

inline MainWindow::Parts parts(Rig &r)
{
    MainWindow::Parts p;
    p.inbox = &r.inbox;
    p.inboxFilter = &r.filter;
    p.messages = &r.messages;
    p.controller = &r.controller;
    p.registry = &r.registry;
    p.presence = &r.presence;
    p.directory = &r.directory;
    p.search = &r.search;
    p.find = &r.find;
    p.notifications = &r.notifications;
    p.customer = &r.customer;
    p.media = r.media.get();
    p.conversationModels = [store = &r.store](QObject *owner) {
        return ConversationModels{new MessageModel(store, owner), nullptr, new SearchModel(store, owner),
                                  new CustomerModel(store, owner)};
    };
    return p;
}

inline std::unique_ptr<Rig> rig(const QString &storePath)
{
    auto r = std::make_unique<Rig>();
    QSignalSpy opened(&r->store, &Store::opened);
    r->store.open(storePath);
    if (!opened.wait(5000))
        return nullptr;
    r->filter.setSourceModel(&r->inbox);
    r->media =
        std::make_unique<MediaController>(&r->store, &r->registry, storePath + QStringLiteral(".media"));
    r->window = std::make_unique<MainWindow>(parts(*r));
    return r;
}

// The window shown over two conversations of one chat backend.
inline std::unique_ptr<Rig> rigWithTwoChats(const QString &storePath)
{
    auto r = rig(storePath);
    if (!r)
        return nullptr;
    r->registry.add(new FakeBackend(QStringLiteral("chat")));
    r->store.applyBatch({QStringLiteral("chat"),
                         {conversation(QStringLiteral("a"), QStringLiteral("c"), t0()),
                          conversation(QStringLiteral("b"), QStringLiteral("c"), t0().addSecs(60))},
                         {}});
    r->inbox.reload();
    r->window->show();
    if (!QTest::qWaitForWindowExposed(r->window.get()) ||
        !QTest::qWaitFor([&] { return r->filter.rowCount() == 2; }))
        return nullptr;
    return r;
}

// Loads the store's data, shows the window active and waits for the top conversation to open.
inline bool showActive(Rig &r)
{
    r.inbox.reload();
    r.directory.reload();
    r.window->show();
    r.window->activateWindow();
    return QTest::qWaitForWindowActive(r.window.get()) &&
           QTest::qWaitFor([&] { return r.window->inboxPanel()->currentConversation() != 0; });
}

} // namespace AgentDesk::MainWindowRig
