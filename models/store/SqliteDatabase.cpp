// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteDatabase.h"

#include <sqlite3.h>

namespace AgentDesk {

namespace {
QString sqliteMessage(sqlite3 *db, int rc)
{
    if (db)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return QString::fromUtf8(sqlite3_errstr(rc));
}
} // namespace

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    m_text.append(value.toUtf8());
    const QByteArray &utf8 = m_text.constLast();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QDateTime &value)
{
    if (value.isValid())
        sqlite3_bind_int64(m_stmt, index, value.toMSecsSinceEpoch());
    else
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3 *db = sqlite3_db_handle(m_stmt);
    const QString message = sqliteMessage(db, rc);
    sqlite3_reset(m_stmt);
    throw SqliteError(rc, message);
}

void SqliteStatement::exec()
{
    while (step()) {
    }
    reset();
}

bool SqliteStatement::stepAndReset()
{
    const bool row = step();
    reset();
    return row;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_text.clear();
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QDateTime SqliteStatement::dateTime(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(int64(column), Qt::UTC);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

void SqliteDatabase::open(const QString &path, bool create)
{
    // Before the library initialises: no allocation statistics. Keeping them takes a process-wide
    // mutex on every allocation, which the store's and the search index's threads then contend for.
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
    close();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = sqliteMessage(m_db, rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw SqliteError(rc, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
}

void SqliteDatabase::close()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    if (m_db) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

void SqliteDatabase::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = error ? QString::fromUtf8(error) : sqliteMessage(m_db, rc);
        sqlite3_free(error);
        throw SqliteError(rc, message);
    }
}

SqliteStatement &SqliteDatabase::statement(const char *sql)
{
    if (SqliteStatement *cached = m_statements.value(sql)) {
        cached->reset();
        return *cached;
    }
    sqlite3_stmt *stmt = nullptr;
    check(sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr), sql);
    auto *statement = new SqliteStatement(stmt);
    m_statements.insert(sql, statement);
    return *statement;
}

qint64 SqliteDatabase::scalar(const char *sql)
{
    SqliteStatement &stmt = statement(sql);
    const qint64 value = stmt.step() ? stmt.int64(0) : 0;
    stmt.reset();
    return value;
}

qint64 SqliteDatabase::scalar(const QByteArray &sql)
{
    sqlite3_stmt *raw = nullptr;
    check(sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &raw, nullptr), sql.constData());
    SqliteStatement stmt(raw); // finalises it
    return stmt.step() ? stmt.int64(0) : 0;
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteDatabase::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

void SqliteDatabase::check(int rc, const char *what) const
{
    if (rc != SQLITE_OK)
        throw SqliteError(rc, sqliteMessage(m_db, rc) + QStringLiteral(" (") +
                                  QString::fromUtf8(what).simplified().left(120) + QLatin1Char(')'));
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db, Mode mode)
    : m_db(db)
{
    m_db.exec(mode == Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const SqliteError &) {
            // The transaction may already be gone after an I/O error; nothing more to undo.
        }
    }
}

void SqliteTransaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

void SqliteDatabase::releaseMemory()
{
    if (m_db)
        sqlite3_db_release_memory(m_db);
}

} // namespace AgentDesk
