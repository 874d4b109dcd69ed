// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace AgentDesk {

class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_code(code)
    {}
    int code() const { return m_code; }
    QString message() const { return QString::fromStdString(what()); }

private:
    int m_code;
};

// A prepared statement. Owned by the database's cache; reset after every use.
class SqliteStatement final
{
public:
    explicit SqliteStatement(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    {}
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    SqliteStatement &bind(int index, const QString &value);   // null QString binds NULL
    SqliteStatement &bind(int index, const QDateTime &value); // ms since epoch; invalid binds NULL
    SqliteStatement &bindNull(int index);

    bool step(); // true while a row is available; throws SqliteError on failure
    void exec(); // step to completion
    // Steps once and resets: true when the statement produced a row (an upsert's RETURNING).
    bool stepAndReset();
    void reset();

    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    QString text(int column) const;
    QDateTime dateTime(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt;
    // UTF-8 of bound strings, alive until reset so SQLite need not copy them (SQLITE_STATIC).
    QList<QByteArray> m_text;
};

// Thin RAII wrapper over libsqlite3: used from exactly one thread (the store's).
class SqliteDatabase final
{
public:
    SqliteDatabase() = default;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;
    ~SqliteDatabase();

    // Opens (or creates when create is true) the file. Throws SqliteError.
    void open(const QString &path, bool create);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    // Gives back the page cache's memory not in use right now (it fills again as needed).
    void releaseMemory();

    void exec(const char *sql);
    void exec(const QString &sql) { exec(sql.toUtf8().constData()); }
    // Cached prepared statement, reset and with bindings cleared.
    SqliteStatement &statement(const char *sql);
    qint64 scalar(const char *sql); // sql must be a literal: its address keys the cache
    // For SQL built at run time: prepared, run and finalised, never cached (a temporary's address
    // may be reused by another text, which must not find this statement).
    qint64 scalar(const QByteArray &sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString errorMessage() const;
    sqlite3 *handle() const { return m_db; }

private:
    void check(int rc, const char *what) const;

    sqlite3 *m_db = nullptr;
    QHash<const char *, SqliteStatement *> m_statements; // keyed by the literal's address
};

// BEGIN IMMEDIATE ... COMMIT; rolls back unless committed.
class SqliteTransaction final
{
public:
    // Deferred takes a write lock only on the files it writes: a connection that reads an attached
    // database must not hold that file's writer off (IMMEDIATE locks every attached file).
    enum Mode
    {
        Immediate,
        Deferred
    };
    explicit SqliteTransaction(SqliteDatabase &db, Mode mode = Immediate);
    ~SqliteTransaction();
    void commit();

private:
    SqliteDatabase &m_db;
    bool m_done = false;
};

} // namespace AgentDesk
