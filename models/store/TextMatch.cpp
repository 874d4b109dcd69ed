// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextMatch.h"

#include "SqliteDatabase.h"

#include <cstring>
#include <sqlite3.h>

namespace AgentDesk::TextMatch {

namespace {

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool isAscii(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

// An ASCII needle (lower case) in UTF-8 bytes: a byte under 0x80 is always a whole character, so
// comparing bytes finds exactly the ASCII matches.
bool containsAscii(const char *haystack, int bytes, const QByteArray &needle)
{
    const int n = int(needle.size());
    if (n == 0)
        return true;
    const char first = needle[0];
    const char firstUpper = first >= 'a' && first <= 'z' ? char(first - 'a' + 'A') : first;
    for (int i = 0; i + n <= bytes; ++i) {
        if (haystack[i] != first && haystack[i] != firstUpper)
            continue;
        int k = 1;
        while (k < n && asciiLower(haystack[i + k]) == needle[k])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

// The needle of one statement's run, prepared once (SQLite keeps it with the argument).
struct Needle
{
    QString text;
    QByteArray ascii; // lower case; empty when the needle is not ASCII
};

void freeNeedle(void *p)
{
    delete static_cast<Needle *>(p);
}

const Needle *needleOf(sqlite3_context *ctx, sqlite3_value *value)
{
    if (auto *cached = static_cast<Needle *>(sqlite3_get_auxdata(ctx, 0)))
        return cached;
    auto *needle = new Needle;
    needle->text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(value)),
                                     sqlite3_value_bytes(value));
    if (isAscii(needle->text))
        needle->ascii = needle->text.toLatin1().toLower();
    sqlite3_set_auxdata(ctx, 0, needle, freeNeedle);
    return static_cast<const Needle *>(sqlite3_get_auxdata(ctx, 0)); // null if SQLite dropped it
}

void containsFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc < 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 1);
        return;
    }
    const Needle *needle = needleOf(ctx, argv[0]);
    if (!needle) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    for (int i = 1; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        if (contains(text, sqlite3_value_bytes(argv[i]), needle->text, needle->ascii)) {
            sqlite3_result_int(ctx, 1);
            return;
        }
    }
    sqlite3_result_int(ctx, 0);
}

void hasLabelFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    Q_UNUSED(argc)
    if (sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 1);
        return;
    }
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    const QString labels = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])),
                                             sqlite3_value_bytes(argv[0]));
    const QString label = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(argv[1])),
                                            sqlite3_value_bytes(argv[1]));
    const QStringList all = labels.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    sqlite3_result_int(ctx, all.contains(label, Qt::CaseInsensitive) ? 1 : 0);
}

} // namespace

bool contains(const char *haystack, int bytes, const QString &needle, const QByteArray &asciiNeedle)
{
    if (needle.isEmpty())
        return true;
    if (!asciiNeedle.isEmpty())
        return containsAscii(haystack, bytes, asciiNeedle);
    return QString::fromUtf8(haystack, bytes).contains(needle, Qt::CaseInsensitive);
}

void registerFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY;
    for (const auto &[name, argc, fn] : {std::tuple{"agentdesk_contains", -1, &containsFunction},
                                         {"agentdesk_has_label", 2, &hasLabelFunction}}) {
        const int rc =
            sqlite3_create_function_v2(db, name, argc, flags, nullptr, fn, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            throw SqliteError(rc, QString::fromUtf8(sqlite3_errmsg(db)));
    }
}

} // namespace AgentDesk::TextMatch
