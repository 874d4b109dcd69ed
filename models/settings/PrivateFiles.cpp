// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace AgentDesk::PrivateFiles {

namespace {
constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
} // namespace

bool makeDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, ownerOnlyDir);
}

bool restrict(const QString &path, bool create)
{
    QFile f(path);
    if (!f.exists()) {
        if (!create)
            return true;
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return false;
    }
    return f.setPermissions(ownerOnlyFile);
}

bool restrictDatabase(const QString &path, bool create)
{
    if (path == QLatin1String(":memory:"))
        return true;
    bool ok = restrict(path, create);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        ok = restrict(path + QLatin1String(suffix)) && ok;
    return ok;
}

} // namespace AgentDesk::PrivateFiles
