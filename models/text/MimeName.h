// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMimeDatabase>
#include <QString>

namespace AgentDesk {

// The type a file name claims, for names that come from customers and servers. Qt 6.4's
// QMimeDatabase reads past its glob cache on a name with NUL or other control characters (found
// by fuzz_media_inspector): they are no part of any suffix, so they are taken out first.
inline QMimeType mimeTypeOfName(const QMimeDatabase &db, const QString &fileName)
{
    QString clean;
    clean.reserve(fileName.size());
    for (const QChar c : fileName)
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            clean.append(c);
    return db.mimeTypeForFile(clean, QMimeDatabase::MatchExtension);
}

} // namespace AgentDesk
