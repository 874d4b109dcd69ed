// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSchema.h"

#include "text/Translate.h"

#include "SqliteDatabase.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSchema, "agentdesk.store.schema")

namespace AgentDesk {

namespace {

// Version 1: the domain. Every synced row names its backend and its id there, so several
// backends live side by side; timestamps are ms since the epoch, UTC.
const char *const migration1 = R"sql(
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    backend TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    name TEXT NOT NULL,
    tier INTEGER NOT NULL DEFAULT 0,
    site_id TEXT,
    verified INTEGER NOT NULL DEFAULT 0,
    language TEXT,
    handles TEXT,
    updated_at INTEGER,
    UNIQUE (backend, remote_id)
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    serial TEXT,
    site_id TEXT,
    installed_on TEXT,
    warranty_until TEXT
);
CREATE INDEX products_customer ON products(customer_id);
CREATE INDEX products_serial ON products(serial);
CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    backend TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (backend, remote_id)
);
CREATE TABLE agents (
    id INTEGER PRIMARY KEY,
    backend TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    name TEXT NOT NULL,
    team_remote_id TEXT,
    presence INTEGER NOT NULL DEFAULT 0,
    UNIQUE (backend, remote_id)
);
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    backend TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    customer_remote_id TEXT,
    channel INTEGER NOT NULL,
    status INTEGER NOT NULL DEFAULT 0,
    priority INTEGER NOT NULL DEFAULT 1,
    assignee TEXT,
    team TEXT,
    subject TEXT,
    sla_due_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    last_message_at INTEGER,
    last_preview TEXT,
    last_direction INTEGER,
    waiting_since INTEGER,
    unread_count INTEGER NOT NULL DEFAULT 0,
    message_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (backend, remote_id)
);
CREATE INDEX conversations_customer ON conversations(backend, customer_remote_id);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    backend TEXT NOT NULL,
    remote_id TEXT,
    client_key TEXT,
    direction INTEGER NOT NULL,
    author TEXT,
    body TEXT NOT NULL,
    internal_note INTEGER NOT NULL DEFAULT 0,
    sent_at INTEGER NOT NULL,
    delivery INTEGER NOT NULL,
    error TEXT
);
CREATE UNIQUE INDEX messages_remote ON messages(backend, remote_id) WHERE remote_id IS NOT NULL;
CREATE UNIQUE INDEX messages_client_key ON messages(backend, client_key) WHERE client_key IS NOT NULL;
CREATE INDEX messages_conversation ON messages(conversation_id, sent_at, id);
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    remote_ref TEXT,
    file_name TEXT NOT NULL,
    mime_type TEXT,
    size INTEGER NOT NULL DEFAULT 0,
    local_path TEXT
);
CREATE INDEX attachments_message ON attachments(message_id);
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    backend TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    customer_remote_id TEXT,
    product_serial TEXT,
    severity INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT,
    raised_at INTEGER NOT NULL,
    acknowledged INTEGER NOT NULL DEFAULT 0,
    UNIQUE (backend, remote_id)
);
)sql";

// Version 2: full-text search. Contentless FTS5 tables: the store feeds them text segmented so
// that Chinese, Japanese and Korean are searchable per character (unicode61 alone would make a
// whole CJK run one token). Rows that exist before this step are indexed by the store when it next
// opens (StoreDatabase::backfillSearchIndex), because segmentation lives in C++; the table below
// records up to which id that is still to do. columnsize=0: hits are ordered by recency, never
// ranked, so FTS5 need not keep a size record per message (7% of ingest).
const char *const migration2 = R"sql(
CREATE VIRTUAL TABLE message_fts USING fts5(body, content='', columnsize=0, tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE customer_fts USING fts5(name, identity, tokenize='unicode61 remove_diacritics 2');
CREATE TABLE search_index_backfill (name TEXT PRIMARY KEY, up_to INTEGER NOT NULL);
INSERT INTO search_index_backfill VALUES
    ('messages', (SELECT coalesce(max(id), 0) FROM messages)),
    ('customers', (SELECT coalesce(max(id), 0) FROM customers));
)sql";

// Version 3: the durable outbox and per-backend sync cursors.
const char *const migration3 = R"sql(
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    backend TEXT NOT NULL,
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,
    message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    kind INTEGER NOT NULL,
    payload TEXT NOT NULL,
    state INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    remote_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
CREATE INDEX outbox_message ON outbox(message_id);
CREATE TABLE sync_cursors (
    backend TEXT PRIMARY KEY,
    cursor TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
)sql";

// Version 4: service requests (tickets), linked to the conversation they were created from. A
// request this app creates is stored at once under its outbox key and gets its remote id when the
// backend confirms it.
const char *const migration4 = R"sql(
CREATE TABLE service_requests (
    id INTEGER PRIMARY KEY,
    backend TEXT NOT NULL,
    remote_id TEXT,
    client_key TEXT,
    origin_conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    conversation_remote_id TEXT,
    subject TEXT NOT NULL,
    queue TEXT,
    status TEXT,
    owner TEXT,
    requestor TEXT,
    priority INTEGER NOT NULL DEFAULT 0,
    custom_fields TEXT,
    etag TEXT,
    created_at INTEGER,
    updated_at INTEGER,
    due_at INTEGER
);
CREATE UNIQUE INDEX service_requests_remote ON service_requests(backend, remote_id) WHERE remote_id IS NOT NULL;
CREATE UNIQUE INDEX service_requests_client_key ON service_requests(backend, client_key) WHERE client_key IS NOT NULL;
CREATE INDEX service_requests_origin ON service_requests(origin_conversation_id);
CREATE INDEX service_requests_thread ON service_requests(backend, conversation_remote_id);
-- Conversation edits still in the outbox keep their local value against backend reports.
CREATE INDEX outbox_conversation ON outbox(conversation_id, kind, state);
)sql";

// Version 5: the customer is typing (a chat state), since when; cleared by their next message.
const char *const migration5 = R"sql(
ALTER TABLE conversations ADD COLUMN customer_typing_at INTEGER;
)sql";

// Version 6: the agent's unsent draft per conversation, kept across restarts.
const char *const migration6 = R"sql(
CREATE TABLE drafts (
    conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
)sql";

// Version 7: a snoozed conversation comes back by itself at this time (ms UTC); null: not snoozed.
const char *const migration7 = R"sql(
ALTER TABLE conversations ADD COLUMN snoozed_until INTEGER;
CREATE INDEX conversations_snoozed ON conversations(snoozed_until) WHERE snoozed_until IS NOT NULL;
)sql";

// Version 8: the agent's labels on a conversation, one per line (an AgentDesk attribute: no
// backend reports labels, so events never overwrite them).
const char *const migration8 = R"sql(
ALTER TABLE conversations ADD COLUMN labels TEXT;
)sql";

// Version 9: messages waiting to be indexed for search. The app indexes new messages a moment
// after they are stored, in batches, so an event's transaction never pays for FTS5's merges.
const char *const migration9 = R"sql(
CREATE TABLE message_fts_pending (message_id INTEGER PRIMARY KEY);
)sql";

// Version 10: message search moves to its own file (SearchIndex), written on its own thread in
// parallel with the store: SQLite has one writer per file. The store lists which messages changed
// (added, edited, deleted), as id ranges in commit order; the index records how far it has read,
// and this store's identity, so an index of another store (or of an older copy) is rebuilt.
const char *const migration10 = R"sql(
DROP TABLE message_fts;
DROP TABLE message_fts_pending;
DELETE FROM search_index_backfill WHERE name = 'messages';
CREATE TABLE search_queue (seq INTEGER PRIMARY KEY AUTOINCREMENT, first_id INTEGER NOT NULL, last_id INTEGER NOT NULL);
CREATE TABLE search_identity (value INTEGER NOT NULL);
INSERT INTO search_identity VALUES (random());
)sql";

// Version 11: exactly-once sending. `attempts` counts the times an item was handed to its backend
// (over 0: an attempt may have reached the server); `failures` counts the item's own retryable
// failures, which set its backoff (a lost connection is none); `send_mark` is what the backend
// noted before the first attempt, so that a retry can tell what an interrupted attempt did.
const char *const migration11 = R"sql(
ALTER TABLE outbox ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN send_mark TEXT;
UPDATE outbox SET failures = attempts;
)sql";

// Version 12: when the agents first answered, so the SLA clock tells a first response from the
// next one (SlaPolicy).
const char *const migration12 = R"sql(
ALTER TABLE conversations ADD COLUMN first_reply_at INTEGER;
UPDATE conversations SET first_reply_at = (SELECT min(m.sent_at) FROM messages m
  WHERE m.conversation_id = conversations.id AND m.direction = 1 AND m.internal_note = 0);
)sql";

// Version 13: conversations by status and last activity, the order archived ones are paged in and
// the cut-off between active and archived ones (InboxScope): the inbox's start reads the active
// ones through it instead of scanning every conversation. The expression is the one the queries
// use (StoreReader), character for character, or SQLite does not match it.
const char *const migration13 = R"sql(
CREATE INDEX conversations_activity ON conversations(status, coalesce(last_message_at, created_at, 0));
)sql";

// Version 14: every column the inbox reads of a conversation not resolved, in one small index. The
// open conversations of a centre of years are a few thousand among a million, a tenth of them
// opened long ago and spread over the whole table: read through conversations_activity, each is a
// page of its own (thousands of random reads in a cold start); through this one, a few hundred
// pages in a row. StoreReader's query names the same condition, literally.
const char *const migration14 = R"sql(
CREATE INDEX conversations_unresolved ON conversations(status, backend, remote_id, channel, priority,
  assignee, team, subject, customer_remote_id, sla_due_at, created_at, last_message_at, waiting_since,
  last_preview, last_direction, unread_count, message_count, customer_typing_at, snoozed_until, labels,
  first_reply_at) WHERE status <> 3;
)sql";

const char *const migrations[] = {migration1,  migration2,  migration3,  migration4, migration5,
                                  migration6,  migration7,  migration8,  migration9, migration10,
                                  migration11, migration12, migration13, migration14};

QString tr(const char *text)
{
    return translateIn("AgentDesk::StoreSchema", text);
}

} // namespace

int StoreSchema::latestVersion()
{
    return int(std::size(migrations));
}

int StoreSchema::versionOf(SqliteDatabase &db)
{
    const qint64 appId = db.scalar("PRAGMA application_id");
    const qint64 version = db.scalar("PRAGMA user_version");
    const qint64 tables = db.scalar("SELECT count(*) FROM sqlite_schema");
    if (appId == 0 && version == 0 && tables == 0)
        return 0; // a new, empty file
    if (appId != applicationId)
        return -1;
    return int(version);
}

QString StoreSchema::migrate(SqliteDatabase &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    int version = 0;
    try {
        version = versionOf(db);
    } catch (const SqliteError &e) {
        // "file is not a database" surfaces on the first read, not at open.
        return tr("The file is not an AgentDesk store or is damaged: %1").arg(e.message());
    }
    if (version < 0)
        return tr("The file is an SQLite database of another application; AgentDesk will not change it.");
    if (version > latestVersion())
        return tr("The store was written by a newer AgentDesk (schema %1; this version reads up to %2). "
                  "Update AgentDesk or choose another profile.")
            .arg(version)
            .arg(latestVersion());
    for (int next = version + 1; next <= targetVersion; ++next) {
        try {
            SqliteTransaction transaction(db);
            db.exec(migrations[next - 1]);
            db.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
            db.exec(QStringLiteral("PRAGMA user_version = %1").arg(next));
            transaction.commit();
            qCInfo(lcSchema) << "store migrated to schema" << next;
        } catch (const SqliteError &e) {
            return tr("Could not upgrade the store to schema %1: %2").arg(next).arg(e.message());
        }
    }
    return {};
}

} // namespace AgentDesk
