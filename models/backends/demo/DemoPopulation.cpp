// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPopulation.h"

#include <QRandomGenerator>

namespace AgentDesk {

using namespace Domain;

namespace {

const char *const firstNames[] = {"Olivia", "Liam",  "Emma",   "Noah",  "Ava",   "Lucas",
                                  "Mia",    "Ethan", "Sofia",  "Mason", "Chloe", "Daniel",
                                  "Grace",  "Henry", "Isla",   "Jack",  "Priya", "Arjun",
                                  "Fatima", "Omar",  "Hannah", "Mateo", "Elena", "Samuel"};
const char *const lastNames[] = {"Smith",  "Johnson",  "Williams", "Brown", "Garcia", "Miller", "Davis",
                                 "Wilson", "Taylor",   "Clark",    "Lewis", "Walker", "Young",  "Patel",
                                 "Nguyen", "Kowalski", "Schmidt",  "Rossi", "Okafor", "Haddad"};
// Chinese names as UTF-8: surname + given name.
const char *const cnSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄",
                                  "赵", "吴", "周", "徐", "孙", "马", "朱"};
const char *const cnGiven[] = {"伟", "芳", "娜",   "秀英", "敏",   "静",   "丽",   "强",
                               "磊", "军", "洋",   "勇",   "艳",   "杰",   "娟",   "涛",
                               "明", "超", "秀兰", "霞",   "晓东", "海燕", "建华", "志强"};

struct ProductLine
{
    const char *model;
    const char *code;
};
const ProductLine productLines[] = {
    {"Orion NAS 4-bay", "ORN4"}, {"Orion NAS 8-bay", "ORN8"},  {"Helix Router AX3000", "HLX3"},
    {"Pulse UPS 1500", "PUL15"}, {"Vista Kiosk K2", "VSK2"},   {"Lumen Printer P400", "LMP4"},
    {"Atlas Server R2", "ATR2"}, {"Beacon Camera C8", "BCC8"},
};

template<typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&array)[N])
{
    return array[rng.bounded(int(N))];
}

Tier pickTier(QRandomGenerator &rng)
{
    const int roll = rng.bounded(100);
    if (roll < 6)
        return Tier::Vip;
    if (roll < 22)
        return Tier::Gold;
    if (roll < 50)
        return Tier::Silver;
    return Tier::Standard;
}

} // namespace

DemoPopulation::DemoPopulation(quint32 seed, int customerCount)
{
    QRandomGenerator rng(seed);
    const QString backend = QLatin1String(backendId);
    for (int i = 0; i < customerCount; ++i) {
        Customer c;
        c.backendId = backend;
        c.remoteId = QStringLiteral("cust-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        const bool chinese = rng.bounded(100) < 35;
        if (chinese) {
            c.name = QString::fromUtf8(pick(rng, cnSurnames)) + QString::fromUtf8(pick(rng, cnGiven));
            c.language = QStringLiteral("zh-CN");
        } else {
            c.name = QString::fromUtf8(pick(rng, firstNames)) + QLatin1Char(' ') +
                     QString::fromUtf8(pick(rng, lastNames));
            c.language = QStringLiteral("en");
        }
        c.tier = pickTier(rng);
        c.siteId = QStringLiteral("SITE-%1").arg(10000 + rng.bounded(89999));
        c.verified = rng.bounded(100) < 70;
        const int products = 1 + rng.bounded(c.tier >= Tier::Gold ? 4 : 2);
        for (int p = 0; p < products; ++p) {
            const ProductLine &line = pick(rng, productLines);
            Product product;
            product.model = QString::fromLatin1(line.model);
            product.serialNumber =
                QStringLiteral("SN-%1-%2").arg(QLatin1String(line.code)).arg(rng.bounded(100000, 999999));
            product.siteId = c.siteId;
            product.installedOn = QDate(2021, 1, 1).addDays(rng.bounded(1400));
            product.warrantyUntil = product.installedOn.addYears(c.tier >= Tier::Gold ? 5 : 3);
            c.products.append(product);
        }
        const QString handleBase = chinese ? QStringLiteral("wx_%1").arg(rng.bounded(1000000, 9999999))
                                           : c.name.toLower().replace(QLatin1Char(' '), QLatin1Char('.'));
        if (chinese) {
            c.handles.append({Channel::WeChat, handleBase});
            c.handles.append({Channel::Social, QStringLiteral("@weibo_%1").arg(rng.bounded(10000, 99999))});
        } else {
            c.handles.append({Channel::Email, handleBase + QStringLiteral("@example.com")});
            c.handles.append(
                {Channel::WhatsApp, QStringLiteral("+44 7700 %1").arg(rng.bounded(100000, 999999))});
        }
        c.handles.append({Channel::WebChat, c.remoteId});
        c.handles.append(
            {Channel::Phone,
             QStringLiteral("+%1 555 %2").arg(chinese ? 86 : 44).arg(rng.bounded(1000000, 9999999))});
        m_index.insert(c.remoteId, int(m_customers.size()));
        m_customers.append(c);
    }

    m_teams = {{backend, QStringLiteral("team-storage"), QStringLiteral("Storage")},
               {backend, QStringLiteral("team-network"), QStringLiteral("Networking")},
               {backend, QStringLiteral("team-kiosk"), QStringLiteral("Kiosks & retail")}};
    const char *const agentNames[] = {"Alex Morgan", "Wei Zhang", "Sara Lindqvist",
                                      "Tom Becker",  "刘洋",      "Nadia Rahman"};
    for (int i = 0; i < int(std::size(agentNames)); ++i)
        m_agents.append({backend, QStringLiteral("agent-%1").arg(i + 1), QString::fromUtf8(agentNames[i]),
                         m_teams[i % m_teams.size()].remoteId,
                         i == 0 ? Presence::Available : Presence(1 + rng.bounded(3))});
}

const Customer *DemoPopulation::customer(const QString &remoteId) const
{
    const int at = m_index.value(remoteId, -1);
    return at < 0 ? nullptr : &m_customers[at];
}

} // namespace AgentDesk
