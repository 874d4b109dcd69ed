#pragma once

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

} // namespace AgentDesk::TestData
