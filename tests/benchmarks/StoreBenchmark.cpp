// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// agentdesk-bench: store ingest and full-text search on generated data.
//
//   agentdesk-bench [--conversations 100000] [--messages 10] [--queries 300] [--batch 1000] [--dir DIR]
//   agentdesk-bench --store PATH [--queries 300]      search only, on a store made by agentdesk --generate
//
// Prints one line per figure. Ingest goes through the Store the app uses (idempotent upserts and
// summaries on the store thread, the search index on its own thread) and is timed until every
// message is stored and searchable; it is compared with a raw sqlite3 bulk insert of the same rows
// into the same tables on one thread. Search goes through SearchIndex::searchMessages and is
// compared with a LIKE scan of the same data.
#include "Percentiles.h"
#include "store/SearchIndex.h"
#include "store/SearchText.h"
#include "store/SqliteDatabase.h"
#include "store/Store.h"
#include "store/StoreDatabase.h"
#include "store/StoreSchema.h"
#include "StoreGenerator.h"

#include <algorithm>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace AgentDesk;

namespace {

using Bench::Percentiles;
using Bench::percentiles;

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

struct Ingest
{
    double stored = 0;     // messages/s committed to the store
    double searchable = 0; // messages/s committed and indexed for search
};

// Through the app's Store: batches are posted as the sync engine posts them; a search for a word
// no message has, posted last, answers once the index has read everything stored before it.
Ingest storeInsert(const QString &path, const EventBatch &directory, const QList<EventBatch> &batches,
                   qint64 messages)
{
    Store store;
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&store, &Store::opened, &loop, [&](bool opened, const QString &error) {
        ok = opened;
        if (!opened)
            std::fprintf(stderr, "agentdesk-bench: %s\n", qPrintable(error));
        loop.quit();
    });
    store.open(path);
    loop.exec();
    if (!ok)
        return {};
    store.applyBatch(directory);
    store.search(QStringLiteral("zzzz"), 1, &loop, [&](QList<SearchHit>) { loop.quit(); });
    loop.exec(); // the index has read the directory: only messages are timed
    Ingest result;
    QElapsedTimer timer;
    timer.start();
    for (const EventBatch &batch : batches)
        store.applyBatch(batch);
    store.read<int>(
        &loop, [](StoreDatabase &) { return 0; },
        [&](int) { result.stored = messages / (timer.nsecsElapsed() / 1e9); });
    store.search(QStringLiteral("zzzz"), 1, &loop, [&](QList<SearchHit>) {
        result.searchable = messages / (timer.nsecsElapsed() / 1e9);
        loop.quit();
    });
    loop.exec();
    return result;
}

// The same rows as the store writes, by hand: no upsert, no idempotency, no summaries.
double rawInsert(const QString &path, const QList<EventBatch> &batches, qint64 messages)
{
    SqliteDatabase db;
    db.open(path, true);
    StoreSchema::migrate(db);
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA cache_size = -65536");
    // The same search table as SearchIndex keeps, in a file of its own, written in the same
    // transaction.
    const QString indexPath = SearchIndex::pathFor(path);
    db.statement("ATTACH DATABASE ?1 AS search").bind(1, indexPath).exec();
    db.exec("PRAGMA search.journal_mode = WAL");
    db.exec("PRAGMA search.synchronous = NORMAL");
    db.exec("CREATE VIRTUAL TABLE search.message_fts USING fts5(body, columnsize=0, "
            "tokenize='unicode61 remove_diacritics 2')");
    QElapsedTimer timer;
    timer.start();
    for (const EventBatch &batch : batches) {
        SqliteTransaction t(db);
        qint64 conversationId = 0;
        for (const BackendEvent &e : batch.events) {
            if (const auto *c = std::get_if<Conversation>(&e)) {
                db.statement(
                      "INSERT INTO conversations (backend, remote_id, customer_remote_id, channel, status, "
                      "subject, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)")
                    .bind(1, batch.backendId)
                    .bind(2, c->remoteId)
                    .bind(3, c->customerRemoteId)
                    .bind(4, int(c->channel))
                    .bind(5, int(c->status))
                    .bind(6, c->subject)
                    .bind(7, c->createdAt)
                    .exec();
                conversationId = db.lastInsertRowId();
            } else if (const auto *m = std::get_if<Message>(&e)) {
                db.statement(
                      "INSERT INTO messages (conversation_id, backend, remote_id, direction, author, body, "
                      "sent_at, delivery) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .bind(1, conversationId)
                    .bind(2, batch.backendId)
                    .bind(3, m->remoteId)
                    .bind(4, int(m->direction))
                    .bind(5, m->authorName)
                    .bind(6, m->text)
                    .bind(7, m->sentAt)
                    .bind(8, int(m->delivery))
                    .exec();
                db.statement("INSERT INTO search.message_fts (rowid, body) VALUES (?1, ?2)")
                    .bind(1, db.lastInsertRowId())
                    .bind(2, SearchText::forIndex(m->text))
                    .exec();
            }
        }
        t.commit();
    }
    return messages / (timer.nsecsElapsed() / 1e9);
}

// The store and its search index, for searching outside the app; false (and why, on stderr) when not.
bool openForSearch(const QString &path, StoreDatabase &store, SearchIndex &index)
{
    QString error;
    if (store.open(path, &error) && index.open(path, &error))
        return true;
    std::fprintf(stderr, "agentdesk-bench: %s\n", qPrintable(error));
    return false;
}

// Search as the agent types it, on the store at path: every prefix of each query, one letter
// first; the index's own query (FTS5 alone, rowids only) and a LIKE scan of every message beside it.
int searchOnly(const QString &path, int queries)
{
    StoreDatabase store;
    SearchIndex index;
    if (!openForSearch(path, store, index))
        return 1;
    QElapsedTimer timer;
    timer.start();
    qint64 read = 0;
    while (const int n = index.catchUp()) // an index of an earlier version is rebuilt first
        read += n;
    if (read)
        std::printf("index caught up : %lld messages in %.1f s\n", static_cast<long long>(read),
                    timer.nsecsElapsed() / 1e9);
    index.close(); // the first query on a new connection, as at the app's start
    QString error;
    if (!index.open(path, &error)) {
        std::fprintf(stderr, "agentdesk-bench: %s\n", qPrintable(error));
        return 1;
    }
    timer.restart();
    index.searchMessages(QStringLiteral("w"), 50);
    std::printf("first query     : %.2f ms (a new connection)\n", timer.nsecsElapsed() / 1e6);
    const QStringList words{QStringLiteral("router"),  QStringLiteral("serial"),   QStringLiteral("firmware"),
                            QStringLiteral("battery"), QStringLiteral("SN-ORN4"),  QStringLiteral("重启"),
                            QStringLiteral("序列号"),  QStringLiteral("warranty"), QStringLiteral("clicking"),
                            QStringLiteral("power")};
    QList<double> ftsMs, shortMs, rawMs, likeMs;
    QRandomGenerator rng(5);
    for (int i = 0; i < queries; ++i) {
        const QString word = words[rng.bounded(int(words.size()))];
        for (int n = 1; n <= word.size(); ++n) {
            const QString typed = word.left(n);
            timer.restart();
            index.searchMessages(typed, 50);
            const double ms = timer.nsecsElapsed() / 1e6;
            ftsMs.append(ms);
            if (n <= 2)
                shortMs.append(ms);
            if (i < 20) { // the index alone, no join and no excerpt
                const QString match = SearchText::matchExpression(typed);
                timer.restart();
                SqliteStatement &raw = index.database().statement(
                    "SELECT rowid FROM message_fts WHERE message_fts MATCH ?1 ORDER BY rowid DESC LIMIT 50");
                raw.bind(1, match);
                while (raw.step()) {
                }
                raw.reset();
                rawMs.append(timer.nsecsElapsed() / 1e6);
            }
        }
    }
    for (int i = 0; i < 3; ++i) { // every message read: what search costs without an index
        timer.restart();
        SqliteStatement &like = store.sqlite().statement("SELECT count(*) FROM messages WHERE body LIKE ?1");
        like.bind(1, QLatin1Char('%') + words[i] + QLatin1Char('%'));
        like.step();
        like.reset();
        likeMs.append(timer.nsecsElapsed() / 1e6);
    }
    const auto line = [](const char *what, const QList<double> &ms) {
        const Percentiles p = percentiles(ms);
        std::printf("%-16s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%lld queries)\n", what, p.p50,
                    p.p95, p.p99, p.max, static_cast<long long>(ms.size()));
    };
    std::printf("messages        : %lld\n", static_cast<long long>(store.reader().messageCount()));
    line("search as typed", ftsMs);
    line("1-2 letters", shortMs);
    line("FTS5 alone", rawMs);
    line("LIKE full scan", likeMs);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AgentDesk store benchmark"));
    parser.addHelpOption();
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
                                                 QStringLiteral("Conversations."), QStringLiteral("n"),
                                                 QStringLiteral("100000"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("Messages per conversation."), QStringLiteral("n"),
                                            QStringLiteral("10"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("Search queries."),
                                           QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Conversations per transaction."),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where to write the stores."),
                                       QStringLiteral("dir"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("Search this store only."),
                                         QStringLiteral("path"));
    parser.addOptions(
        {conversationsOption, messagesOption, queriesOption, batchOption, dirOption, storeOption});
    parser.process(app);
    if (parser.isSet(storeOption))
        return searchOnly(parser.value(storeOption), parser.value(queriesOption).toInt());
    const int conversations = parser.value(conversationsOption).toInt();
    const int perConversation = parser.value(messagesOption).toInt();
    const int queries = parser.value(queriesOption).toInt();
    const int step = parser.value(batchOption).toInt();
    QTemporaryDir tmp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : tmp.path();
    if (conversations <= 0 || perConversation <= 0 || queries <= 0 || step <= 0) {
        std::fprintf(stderr, "agentdesk-bench: counts must be positive\n");
        return 2;
    }

    // Generate every event first, so only storing is timed.
    StoreGenerator generator(conversations, 7);
    QList<EventBatch> batches;
    for (int first = 0; first < conversations; first += step)
        batches.append(generator.batch(first, qMin(step, conversations - first), perConversation));
    const qint64 messages = qint64(conversations) * perConversation;
    std::printf("data            : %d conversations, %lld messages\n", conversations,
                static_cast<long long>(messages));

    const QString storePath = dir + QStringLiteral("/bench-store.sqlite3");
    const QString rawPath = dir + QStringLiteral("/bench-raw.sqlite3");
    for (const QString &path : {storePath, rawPath})
        for (const QString &file : {path, SearchIndex::pathFor(path)})
            QFile::remove(file);
    const Ingest ingest = storeInsert(storePath, generator.directory(), batches, messages);
    if (ingest.searchable <= 0)
        return 1;
    const double rawRate = rawInsert(rawPath, batches, messages);
    std::printf("ingest (store)  : %.0f messages/s stored and searchable (stored: %.0f messages/s)\n",
                ingest.searchable, ingest.stored);
    std::printf("ingest (raw)    : %.0f messages/s, store/raw = %.2f\n", rawRate,
                ingest.searchable / rawRate);
    std::printf("store size      : %.1f MiB + %.1f MiB search index (raw %.1f + %.1f MiB)\n",
                fileSize(storePath) / 1048576.0, fileSize(SearchIndex::pathFor(storePath)) / 1048576.0,
                fileSize(rawPath) / 1048576.0, fileSize(SearchIndex::pathFor(rawPath)) / 1048576.0);

    StoreDatabase store;
    SearchIndex index;
    if (!openForSearch(storePath, store, index))
        return 1;
    QElapsedTimer timer;

    // Queries an agent would type: words, prefixes, serial fragments, Chinese.
    const QStringList vocabulary{
        QStringLiteral("red light"),     QStringLiteral("firmware"),     QStringLiteral("clicking"),
        QStringLiteral("warranty"),      QStringLiteral("reboot"),       QStringLiteral("certif"),
        QStringLiteral("battery"),       QStringLiteral("VLAN"),         QStringLiteral("E-042"),
        QStringLiteral("Orion NAS"),     QStringLiteral("grey stripes"), QStringLiteral("SN-ORN4"),
        QStringLiteral("重启"),          QStringLiteral("序列号"),       QStringLiteral("固件"),
        QStringLiteral("touch screen"),  QStringLiteral("power cut"),    QStringLiteral("slow"),
        QStringLiteral("RAID degraded"), QStringLiteral("feed freezes")};
    QRandomGenerator rng(99);
    QList<double> ftsMs, likeMs;
    qint64 hits = 0;
    for (int i = 0; i < queries; ++i) {
        const QString q = vocabulary[rng.bounded(int(vocabulary.size()))];
        timer.restart();
        hits += index.searchMessages(q, 50).size();
        ftsMs.append(timer.nsecsElapsed() / 1e6);
    }
    for (int i = 0; i < qMin(queries, 60); ++i) {
        const QString q = vocabulary[rng.bounded(int(vocabulary.size()))];
        timer.restart();
        SqliteStatement &like =
            store.sqlite().statement("SELECT id FROM messages WHERE body LIKE ?1 ORDER BY id DESC LIMIT 50");
        like.bind(1, QLatin1Char('%') + q + QLatin1Char('%'));
        while (like.step()) {
        }
        like.reset();
        likeMs.append(timer.nsecsElapsed() / 1e6);
    }
    const Percentiles fts = percentiles(ftsMs);
    const Percentiles like = percentiles(likeMs);
    std::printf(
        "search (FTS5)   : p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d queries, %lld hits)\n",
        fts.p50, fts.p95, fts.p99, fts.max, queries, static_cast<long long>(hits));
    std::printf("search (LIKE)   : p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d queries)\n",
                like.p50, like.p95, like.p99, like.max, int(likeMs.size()));

    timer.restart();
    const auto rows = store.reader().inboxRows();
    std::printf("inbox rows load : %.1f ms for %lld conversations\n", timer.nsecsElapsed() / 1e6,
                static_cast<long long>(rows.size()));
    return rows.size() == conversations ? 0 : 1;
}
