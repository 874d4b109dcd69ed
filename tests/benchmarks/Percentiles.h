// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <QList>

namespace AgentDesk::Bench {

struct Percentiles
{
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

inline Percentiles percentiles(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms.isEmpty() ? 0.0 : ms[qMin(ms.size() - 1, qsizetype(q * ms.size()))];
    };
    return {at(0.50), at(0.95), at(0.99), ms.isEmpty() ? 0.0 : ms.last()};
}

} // namespace AgentDesk::Bench
