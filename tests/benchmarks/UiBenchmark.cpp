// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// agentdesk-uibench: the agent's window on a large generated store.
//
//   QT_QPA_PLATFORM=offscreen agentdesk-uibench [--conversations 100000] [--rate 1000] [--seconds 10]
//                                               [--long 10000] [--opens 30]
//
// Builds the real MainWindow over a store of generated conversations plus one conversation of
// --long messages, then measures:
//   - a backend event (a customer message) to its inbox row: submitted to the sync engine at
//     --rate events/s; "model" is the row updated in the inbox model, "visible" the end of the
//     inbox's next paint after that;
//   - opening the long conversation: from openConversation() to the end of the first paint of
//     the message view showing it, alternating with a short conversation;
//   - the quick filter, typed a key at a time in every built-in view: the longest stretch the GUI
//     thread was busy (how late a 1 ms timer ticked) from the key until the list is painted and,
//     in Resolved, the archive's first page is in; and the
//     proportional memory (PSS) before and after Resolved is opened and paged through.
// --store PATH uses a store made by `agentdesk --generate N` instead of generating one (its
// inbox has no long conversation: that part is skipped).
// Start-up time and idle memory are measured on the real binary: agentdesk --measure-startup.
// UIBENCH_SLOW=1 also lists every event handler of 5 ms or more, by receiver class and event type
// (the store thread's tasks show as "QObject 43").
#include "controllers/ConversationController.h"
#include "controllers/PresenceController.h"
#include "ConversationPanel.h"
#include "InboxPanel.h"
#include "itemmodels/CustomerModel.h"
#include "itemmodels/DirectoryModel.h"
#include "itemmodels/InboxFilterModel.h"
#include "itemmodels/InboxModel.h"
#include "itemmodels/MessageModel.h"
#include "itemmodels/SearchModel.h"
#include "MainWindow.h"
#include "Percentiles.h"
#include "services/BackendRegistry.h"
#include "store/SearchIndex.h"
#include "store/Store.h"
#include "store/StoreDatabase.h"
#include "StoreGenerator.h"
#include "sync/SyncEngine.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

using namespace AgentDesk;
using namespace AgentDesk::Domain;

namespace {

// Sees every event after its receiver handled it: the end of a paint is when pixels are ready.
class BenchApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    std::function<void(QObject *)> afterPaint;

    QHash<QString, QList<double>> slow; // event handlers of 5 ms and more, by receiver and type
    const bool trackSlow = qEnvironmentVariableIsSet("UIBENCH_SLOW");
    bool notify(QObject *receiver, QEvent *event) override
    {
        const bool paint = event->type() == QEvent::Paint;
        if (!trackSlow) {
            const bool result = QApplication::notify(receiver, event);
            if (paint && afterPaint)
                afterPaint(receiver);
            return result;
        }
        // Read before the handler: it may delete the receiver.
        const QString what = QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char(' ') +
                             QString::number(event->type());
        QElapsedTimer t;
        t.start();
        const bool result = QApplication::notify(receiver, event);
        const double ms = t.nsecsElapsed() / 1e6;
        if (ms >= 5)
            slow[what].append(ms);
        if (paint && afterPaint)
            afterPaint(receiver);
        return result;
    }
};

using Bench::Percentiles;
using Bench::percentiles;

// Proportional set size: shared pages counted by the share this process has of them.
double pssMiB()
{
    QFile f(QStringLiteral("/proc/self/smaps_rollup"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

void print(const char *what, const QList<double> &ms)
{
    const Percentiles p = percentiles(ms);
    std::printf("%-28s: n=%lld p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms\n", what,
                static_cast<long long>(ms.size()), p.p50, p.p95, p.p99, p.max);
}

// Runs the event loop until done() or the timeout; false on timeout.
bool spin(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"), QStringLiteral("n"),
                                                 QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("events per second"),
                                        QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("seconds of events"),
                                           QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption longOption(QStringLiteral("long"), QStringLiteral("messages in the long one"),
                                        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption opensOption(QStringLiteral("opens"), QStringLiteral("times it is opened"),
                                         QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("a generated store to use"),
                                         QStringLiteral("path"));
    parser.addOptions({conversationsOption, rateOption, secondsOption, longOption, opensOption, storeOption});
    parser.process(app);
    const int conversations = parser.value(conversationsOption).toInt();
    const int rate = parser.value(rateOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int longCount = parser.value(longOption).toInt();
    const int opens = parser.value(opensOption).toInt();
    if (conversations <= 0 || rate <= 0 || seconds <= 0 || longCount <= 0 || opens <= 0) {
        std::fprintf(stderr, "agentdesk-uibench: counts must be positive\n");
        return 2;
    }

    // The data, written before anything is timed.
    QTemporaryDir tmp;
    const QString path = parser.isSet(storeOption) ? parser.value(storeOption)
                                                   : tmp.filePath(QStringLiteral("ui-bench.sqlite3"));
    if (!parser.isSet(storeOption)) {
        StoreDatabase db;
        QString error;
        if (!db.open(path, &error)) {
            std::fprintf(stderr, "agentdesk-uibench: %s\n", qPrintable(error));
            return 1;
        }
        StoreGenerator generator(conversations, 7);
        generator.generate(db, 10);
        EventBatch batch{QStringLiteral("demo"), {}, {}};
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
        Conversation c;
        c.remoteId = QStringLiteral("long");
        c.customerRemoteId = QStringLiteral("long-customer");
        c.subject = QStringLiteral("A case with a long history");
        c.createdAt = c.updatedAt = start;
        batch.events.append(c);
        for (int i = 0; i < longCount; ++i) {
            Message m;
            m.remoteId = QStringLiteral("long-%1").arg(i);
            m.conversationRemoteId = c.remoteId;
            m.direction = i % 2 ? Direction::Outbound : Direction::Inbound;
            m.authorName = i % 2 ? QStringLiteral("Alex Morgan") : QStringLiteral("Customer");
            m.text = QStringLiteral("Message %1 of the long case: the unit rebooted again after the "
                                    "firmware update, see https://example.com/kb/%1")
                         .arg(i);
            m.sentAt = start.addSecs(i * 60);
            m.delivery = DeliveryState::Delivered;
            batch.events.append(m);
        }
        db.applyBatch(batch);
        Conversation s = c;
        s.remoteId = QStringLiteral("short");
        EventBatch shortBatch{QStringLiteral("demo"), {s}, {}};
        for (int i = 0; i < 3; ++i) {
            Message m;
            m.remoteId = QStringLiteral("short-%1").arg(i);
            m.conversationRemoteId = s.remoteId;
            m.text = QStringLiteral("Short %1").arg(i);
            m.sentAt = start.addSecs(i);
            shortBatch.events.append(m);
        }
        db.applyBatch(shortBatch);
        // Indexed for search as `agentdesk --generate` leaves it: the app does not rebuild it.
        SearchIndex index;
        if (!index.open(path, &error)) {
            std::fprintf(stderr, "agentdesk-uibench: %s\n", qPrintable(error));
            return 1;
        }
        while (index.catchUp() > 0) {
        }
    }

    Store store;
    bool opened = false;
    QObject::connect(&store, &Store::opened, &app, [&](bool ok, const QString &error) {
        opened = true;
        if (!ok)
            std::fprintf(stderr, "agentdesk-uibench: %s\n", qPrintable(error));
    });
    store.open(path);
    BackendRegistry registry;
    SyncEngine sync(&store);
    InboxModel inbox(&store);
    InboxFilterModel filter;
    filter.setSourceModel(&inbox);
    MessageModel messages(&store);
    ConversationController controller(&store);
    PresenceController presence(&registry);
    DirectoryModel directory(&store);
    SearchModel search(&store);
    SearchModel find(&store);
    CustomerModel customer(&store);
    MainWindow::Parts parts;
    parts.inbox = &inbox;
    parts.inboxFilter = &filter;
    parts.messages = &messages;
    parts.controller = &controller;
    parts.registry = &registry;
    parts.presence = &presence;
    parts.directory = &directory;
    parts.search = &search;
    parts.find = &find;
    parts.customer = &customer;
    MainWindow window(parts);
    window.resize(1440, 900);
    window.show();
    inbox.reload();
    directory.reload();
    if (!spin([&] { return opened && inbox.isLoaded(); }, 120000)) {
        std::fprintf(stderr, "agentdesk-uibench: the inbox did not load\n");
        return 1;
    }
    std::printf("data                        : %d conversations of 10 messages, one of %d; %lld active in "
                "memory\n",
                conversations, longCount, static_cast<long long>(inbox.rowCount()));
    std::printf("idle PSS after the first paint: %.1f MiB\n", pssMiB());

    // The quick filter in every built-in view, a key at a time: a word, erased, then Chinese (an
    // input method commits it at once), cleared.
    {
        InboxPanel *panel = window.inboxPanel();
        QLineEdit *edit = panel->filterEdit();
        QElapsedTimer keyClock;
        keyClock.start();
        const QList<InboxView> views = InboxView::builtIn();
        const double before = pssMiB();
        panel->showView(4); // Resolved, then paged through as an agent scrolling it would
        spin([&] { return !inbox.isArchiveLoading(); }, 30000);
        for (int page = 0; page < 10; ++page) {
            panel->view()->scrollToBottom();
            spin([] { return false; }, 50);
            spin([&] { return !inbox.isArchiveLoading(); }, 30000);
        }
        std::printf(
            "Resolved opened, scrolled 10 times to its end: %d archived rows read, PSS %.1f -> %.1f MiB\n",
            inbox.archivedRowCount(), before, pssMiB());
        const int only = qEnvironmentVariableIntValue("UIBENCH_VIEW") - 1; // for profiling one view
        for (int v = 0; v < views.size(); ++v) {
            if (only >= 0 && v != only)
                continue;
            panel->showView(v);
            spin([&] { return !inbox.isArchiveLoading(); }, 30000);
            spin([] { return false; }, 200);
            QList<double> keys, pages;
            // The longest stretch the GUI thread was busy after the key: how late a 1 ms timer ticked.
            QElapsedTimer tick;
            double longest = 0;
            QTimer probe;
            probe.setTimerType(Qt::PreciseTimer);
            probe.setInterval(1);
            QObject::connect(&probe, &QTimer::timeout, [&] {
                longest = std::max(longest, tick.nsecsElapsed() / 1e6 - 1.0);
                tick.restart();
            });
            const auto key = [&](const std::function<void()> &type) {
                longest = 0;
                tick.start();
                probe.start();
                const qint64 typedAt = keyClock.nsecsElapsed();
                QTimer::singleShot(0, &app, type); // as a key press comes: an event of its own
                spin([] { return false; }, 1);
                spin([&] { return !inbox.isArchiveLoading(); }, 30000);
                if (inbox.archiveFilter()) // the archive's matches in: read on the store's read connection
                    pages.append((keyClock.nsecsElapsed() - typedAt) / 1e6);
                spin([] { return false; }, 30);
                spin([] { return false; }, 30); // the page's rows laid out and painted
                probe.stop();
                keys.append(std::max(0.0, longest));
            };
            for (const QChar c : QStringLiteral("router"))
                key([&, c] { edit->insert(QString(c)); });
            for (int i = 0; i < 6; ++i)
                key([&] { edit->backspace(); });
            key([&] { edit->insert(QStringLiteral("路由器")); });
            key([&] { edit->clear(); });
            print(qPrintable(QStringLiteral("quick filter key, %1").arg(views[v].name)), keys);
            if (!pages.isEmpty())
                print("  key to archive page in", pages);
            if (qEnvironmentVariableIsSet("UIBENCH_KEYS")) {
                for (const double ms : std::as_const(keys))
                    std::printf(" %.1f", ms);
                std::printf(" ms\n");
            }
        }
        std::printf("PSS after the quick filter in every view: %.1f MiB\n", pssMiB());
        panel->showView(2); // All open
        spin([] { return false; }, 100);
    }

    // 1. Opening the long conversation, to its first paint.
    qint64 longId = 0, shortId = 0;
    for (int r = 0; r < inbox.rowCount(); ++r) {
        const InboxRow &row = inbox.rowAt(r);
        if (row.remoteId == QLatin1String("long"))
            longId = row.id;
        else if (row.remoteId == QLatin1String("short"))
            shortId = row.id;
    }
    if (!longId)
        std::printf("no long conversation in this store: its part is skipped\n");
    QListView *messageView = window.conversationPanel()->messageView();
    QElapsedTimer clock;
    clock.start();
    QList<double> openMs;
    qint64 openedAt = 0;
    bool painted = false;
    app.afterPaint = [&](QObject *receiver) {
        if (receiver == messageView->viewport() && messages.conversationId() == longId &&
            messages.rowCount() > 0 && !painted) {
            painted = true;
            openMs.append((clock.nsecsElapsed() - openedAt) / 1e6);
        }
    };
    for (int i = 0; longId && i < opens; ++i) {
        window.openConversation(shortId);
        spin([&] { return messages.conversationId() == shortId && messages.rowCount() > 0; }, 10000);
        spin([] { return false; }, 20); // settled
        painted = false;
        openedAt = clock.nsecsElapsed();
        window.openConversation(longId);
        if (!spin([&] { return painted; }, 10000)) {
            std::fprintf(stderr, "agentdesk-uibench: the long conversation was not painted\n");
            return 1;
        }
    }
    if (longId)
        print("open long conversation, paint", openMs);

    // Then idle for 5 s at the bottom of the long conversation, as an agent reading it: how many
    // messages the view pulled in by itself (one page is right), and the longest stretch the GUI
    // thread was busy (how late a 1 ms timer's tick came).
    if (longId) {
        QElapsedTimer idle, tick;
        idle.start();
        tick.start();
        qint64 longest = 0;
        QTimer probe;
        probe.setInterval(1);
        QObject::connect(&probe, &QTimer::timeout, [&] { longest = std::max(longest, tick.restart()); });
        probe.start();
        spin([&] { return idle.elapsed() >= 5000; }, 6000);
        std::printf("idle 5 s after opening the long conversation: %d of %d messages loaded, longest "
                    "GUI-thread stretch %lld ms\n",
                    messages.rowCount(), longCount, static_cast<long long>(longest));
    }

    // 2. Customer messages at a steady rate, to their inbox rows.
    QList<InboxRow> open;
    for (int r = 0; r < inbox.rowCount(); ++r)
        if (inbox.rowAt(r).status == ConversationStatus::Open &&
            inbox.rowAt(r).remoteId.startsWith(QLatin1String("gen-")))
            open.append(inbox.rowAt(r));
    window.openConversation(shortId);
    QHash<QString, QList<qint64>> pending; // conversation remote id -> submit times (ns)
    QList<qint64> awaitingPaint;
    QList<double> modelMs, visibleMs;
    QObject::connect(&inbox, &InboxModel::rowUpdated, &app, [&](const InboxRow &, const InboxRow &after) {
        const auto it = pending.find(after.remoteId);
        if (it == pending.end())
            return;
        const qint64 now = clock.nsecsElapsed();
        for (const qint64 at : std::as_const(*it)) {
            modelMs.append((now - at) / 1e6);
            awaitingPaint.append(at);
        }
        pending.erase(it);
    });
    QWidget *inboxViewport = window.inboxPanel()->view()->viewport();
    app.afterPaint = [&](QObject *receiver) {
        if (receiver != inboxViewport || awaitingPaint.isEmpty())
            return;
        const qint64 now = clock.nsecsElapsed();
        for (const qint64 at : std::as_const(awaitingPaint))
            visibleMs.append((now - at) / 1e6);
        awaitingPaint.clear();
    };
    const int total = rate * seconds;
    int sent = 0;
    QRandomGenerator rng(11);
    const qint64 began = clock.nsecsElapsed();
    QTimer pump;
    pump.setTimerType(Qt::PreciseTimer);
    pump.setInterval(1);
    QObject::connect(&pump, &QTimer::timeout, &app, [&] {
        const qint64 due = qMin<qint64>(total, (clock.nsecsElapsed() - began) * rate / 1000000000);
        for (; sent < due; ++sent) {
            const InboxRow &row = open[rng.bounded(int(open.size()))];
            Message m;
            m.remoteId = QStringLiteral("live-%1-%2").arg(began).arg(sent); // new in a reused store
            m.conversationRemoteId = row.remoteId;
            m.direction = Direction::Inbound;
            m.authorName = row.customerName;
            m.text = QStringLiteral("Still waiting, the light is blinking again (%1)").arg(sent);
            m.sentAt = QDateTime::currentDateTimeUtc();
            m.delivery = DeliveryState::Delivered;
            pending[row.remoteId].append(clock.nsecsElapsed());
            sync.submit(EventBatch{QStringLiteral("demo"), {m}, {}});
        }
        if (sent >= total)
            pump.stop();
    });
    pump.start();
    spin([&] { return sent >= total && pending.isEmpty() && awaitingPaint.isEmpty(); },
         seconds * 1000 + 30000);
    const double achieved = sent / ((clock.nsecsElapsed() - began) / 1e9);
    std::printf("events                      : %d sent, %.0f/s achieved\n", sent, achieved);
    print("event to inbox model row", modelMs);
    print("event to row painted", visibleMs);
    for (auto it = app.slow.cbegin(); it != app.slow.cend(); ++it)
        print(qPrintable(QStringLiteral("slow: ") + it.key()), it.value());
    if (!pending.isEmpty())
        std::printf("events not seen in the inbox: %lld\n", static_cast<long long>(pending.size()));
    return pending.isEmpty() && (!openMs.isEmpty() || !longId) ? 0 : 1;
}
