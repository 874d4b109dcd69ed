// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <tuple>

namespace AgentDesk::TestData {

// Calls call(callback) and spins the event loop until the callback ran (or 30 s passed); returns
// what the callback was given. For the asynchronous, callback-style APIs of clients and services.
template<typename... Args, typename Call>
std::tuple<std::decay_t<Args>...> wait(Call call, int timeoutMs = 30000)
{
    std::tuple<std::decay_t<Args>...> out;
    bool done = false;
    call([&](Args... args) {
        out = std::make_tuple(args...);
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("no answer within %d ms", timeoutMs);
    return out;
}

// The environment the real app runs in under the tests: offscreen, FFmpeg media, no session bus
// (so secrets go to the file fallback, and no desktop is asked for anything).
inline QProcessEnvironment appEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_MEDIA_BACKEND"), QStringLiteral("ffmpeg"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return env;
}

// A small file in dir for upload tests; its path, or empty when it could not be written.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return f.fileName();
}

} // namespace AgentDesk::TestData
