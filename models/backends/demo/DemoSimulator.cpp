// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSimulator.h"

#include "DemoMedia.h"

#include "DemoPhrases.h"

#include <QStringList>

namespace AgentDesk {

using namespace Domain;

namespace {

QString teamFor(const Product &product)
{
    if (product.model.contains(QLatin1String("Kiosk")) || product.model.contains(QLatin1String("Printer")))
        return QStringLiteral("team-kiosk");
    if (product.model.contains(QLatin1String("Router")) || product.model.contains(QLatin1String("Camera")))
        return QStringLiteral("team-network");
    return QStringLiteral("team-storage");
}

} // namespace

DemoSimulator::DemoSimulator(const DemoPopulation &population, quint32 seed)
    : m_population(population)
    , m_seed(seed)
    , m_rng(seed)
{}

QString DemoSimulator::cursor() const
{
    return QStringLiteral("demo1;%1;%2;%3;%4")
        .arg(m_seed)
        .arg(m_nextConversation)
        .arg(m_nextMessage)
        .arg(m_nextAlert);
}

bool DemoSimulator::restore(const QString &cursor)
{
    const QStringList parts = cursor.split(QLatin1Char(';'));
    if (parts.size() != 5 || parts[0] != QLatin1String("demo1"))
        return false;
    bool ok[4] = {};
    const quint32 seed = parts[1].toUInt(&ok[0]);
    const qint64 conversation = parts[2].toLongLong(&ok[1]);
    const qint64 message = parts[3].toLongLong(&ok[2]);
    const qint64 alert = parts[4].toLongLong(&ok[3]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || seed != m_seed || conversation < 1 || message < 1 ||
        alert < 1)
        return false;
    m_nextConversation = conversation;
    m_nextMessage = message;
    m_nextAlert = alert;
    // Resume deterministically, but not with the very numbers the first run used.
    m_rng.seed(m_seed ^ quint32(conversation * 2654435761u) ^ quint32(message));
    m_live.clear();
    return true;
}

QString DemoSimulator::customerOf(const QString &conversationRemoteId)
{
    return conversationRemoteId.section(QLatin1Char('.'), 1);
}

QList<BackendEvent> DemoSimulator::directory() const
{
    QList<BackendEvent> events;
    for (const Team &t : m_population.teams())
        events.append(t);
    for (const Agent &a : m_population.agents())
        events.append(a);
    for (const Customer &c : m_population.customers())
        events.append(c);
    return events;
}

const Customer &DemoSimulator::randomCustomer()
{
    const auto &all = m_population.customers();
    return all[m_rng.bounded(int(all.size()))];
}

Channel DemoSimulator::channelFor(const Customer &customer)
{
    // Mostly messaging channels the customer has; now and then a call or a kiosk video session.
    const int roll = m_rng.bounded(100);
    if (roll < 6)
        return Channel::Phone;
    if (roll < 9)
        for (const Product &p : customer.products)
            if (p.model.contains(QLatin1String("Kiosk")))
                return Channel::KioskVideo;
    QList<Channel> options;
    for (const ChannelHandle &h : customer.handles)
        if (h.channel != Channel::Phone)
            options.append(h.channel);
    return options.isEmpty() ? Channel::WebChat : options[m_rng.bounded(int(options.size()))];
}

QString DemoSimulator::nextMessageId()
{
    return QStringLiteral("dm-%1").arg(m_nextMessage++);
}

Conversation DemoSimulator::newConversation(const Customer &customer, const QDateTime &createdAt,
                                            Channel channel)
{
    Conversation c;
    c.remoteId = QStringLiteral("dc-%1.%2").arg(m_nextConversation++).arg(customer.remoteId);
    c.customerRemoteId = customer.remoteId;
    c.channel = channel;
    c.status = ConversationStatus::Open;
    c.priority = customer.tier == Tier::Vip ? Priority::High : Priority::Normal;
    const int assign = m_rng.bounded(100);
    if (assign < 30)
        c.assigneeRemoteId = QLatin1String(DemoPopulation::selfAgentId);
    else if (assign < 50)
        c.assigneeRemoteId =
            m_population.agents()[1 + m_rng.bounded(int(m_population.agents().size()) - 1)].remoteId;
    c.createdAt = createdAt;
    c.updatedAt = createdAt;
    // No due date of its own: the SLA clock comes from the customer's tier and the priority.
    return c;
}

Message DemoSimulator::message(const QString &conversationRemoteId, Direction direction,
                               const QString &author, const QString &text, const QDateTime &at)
{
    Message m;
    m.remoteId = nextMessageId();
    m.conversationRemoteId = conversationRemoteId;
    m.direction = direction;
    m.authorName = author;
    m.text = text;
    m.sentAt = at;
    m.delivery = DeliveryState::Delivered;
    return m;
}

void DemoSimulator::maybeAttach(Message &m, const Product &product, int percent, const QString &agentText)
{
    const QString asked = agentText.toLower();
    const auto asks = [&asked](std::initializer_list<const char16_t *> words) {
        for (const char16_t *w : words)
            if (asked.contains(QStringView(w)))
                return true;
        return false;
    };
    std::optional<DemoMedia::Kind> wanted;
    if (asks({u"photo", u"picture", u"screenshot", u"照片", u"图片", u"截图"}))
        wanted = DemoMedia::Kind::Picture;
    else if (asks({u"video", u"视频"}))
        wanted = DemoMedia::Kind::Video;
    else if (asks({u"voice", u"recording", u"sound", u"语音", u"录音"}))
        wanted = DemoMedia::Kind::Voice;
    const bool attach = wanted.has_value() || m_rng.bounded(100) < percent;
    if (!attach)
        return;
    // Only what fits the product: a router's customer never sends a NAS's error screen.
    const QList<const DemoMedia::Sample *> choices = DemoMedia::fitting(wanted, product);
    if (!choices.isEmpty())
        m.attachments << DemoMedia::attachment(*choices[m_rng.bounded(int(choices.size()))]);
}

QList<BackendEvent> DemoSimulator::backlog(const QDateTime &now, int conversations)
{
    QList<BackendEvent> events;
    const QString self = m_population.agents().first().name;
    for (int i = 0; i < conversations; ++i) {
        const Customer &customer = randomCustomer();
        const int productIndex = m_rng.bounded(int(customer.products.size()));
        const Product &product = customer.products[productIndex];
        // Open work is recent (some SLAs fine, some close, some breached); closed work is older.
        const int roll = m_rng.bounded(100);
        const ConversationStatus status = roll < 25   ? ConversationStatus::Resolved
                                          : roll < 40 ? ConversationStatus::Pending
                                                      : ConversationStatus::Open;
        const int ageMinutes =
            status == ConversationStatus::Open ? 2 + m_rng.bounded(50) : 30 + m_rng.bounded(6 * 60);
        QDateTime at = now.addSecs(-60 * ageMinutes);
        Conversation conv = newConversation(customer, at, channelFor(customer));
        conv.subject = DemoPhrases::subject(customer, product);
        conv.teamRemoteId = teamFor(product);
        conv.status = status;
        events.append(conv);
        const int messages = 1 + m_rng.bounded(6);
        const int step = qMax(10, ageMinutes * 60 / (messages + 1));
        bool inbound = true;
        for (int k = 0; k < messages; ++k) {
            const QString text = inbound ? (k == 0 ? DemoPhrases::opening(m_rng, customer, product)
                                                   : DemoPhrases::answer(m_rng, customer, product, QString()))
                                         : DemoPhrases::agentReply(m_rng, customer, product);
            Message m = message(conv.remoteId, inbound ? Direction::Inbound : Direction::Outbound,
                                inbound ? customer.name : self, text, at);
            if (inbound)
                maybeAttach(m, product, 12);
            events.append(m);
            at = at.addSecs(step / 2 + m_rng.bounded(step / 2 + 1));
            inbound = !inbound;
        }
        if (conv.status == ConversationStatus::Open && !inbound)
            m_live.append({conv.remoteId, customer.remoteId, productIndex, at, true, 0});
    }
    return events;
}

QList<BackendEvent> DemoSimulator::step(const QDateTime &now, int tickMs, double chatsPerMinute)
{
    QList<BackendEvent> events;
    const double perTick = chatsPerMinute * tickMs / 60000.0;
    if (m_rng.generateDouble() < perTick) {
        const Customer &customer = randomCustomer();
        const int productIndex = m_rng.bounded(int(customer.products.size()));
        const Product &product = customer.products[productIndex];
        Conversation conv = newConversation(customer, now, channelFor(customer));
        conv.subject = DemoPhrases::subject(customer, product);
        conv.teamRemoteId = teamFor(product);
        events.append(conv);
        Message opening = message(conv.remoteId, Direction::Inbound, customer.name,
                                  DemoPhrases::opening(m_rng, customer, product), now);
        maybeAttach(opening, product, 25);
        events.append(opening);
        m_live.append({conv.remoteId, customer.remoteId, productIndex, now, true, 0});
        if (m_live.size() > 200)
            m_live.removeFirst();
    }
    // Customers still waiting get impatient; others sometimes add details.
    for (Live &live : m_live) {
        const Customer *customer = m_population.customer(live.customerId);
        if (!customer)
            continue;
        const qint64 waitedMs = live.lastInbound.msecsTo(now);
        if (live.waiting && live.nudges < 2 && waitedMs > 90000 && m_rng.bounded(100) < 4) {
            events.append(message(live.remoteId, Direction::Inbound, customer->name,
                                  DemoPhrases::impatient(m_rng, *customer), now));
            live.lastInbound = now;
            ++live.nudges;
        } else if (waitedMs > 20000 && m_rng.bounded(1000) < 3) {
            Message more =
                message(live.remoteId, Direction::Inbound, customer->name,
                        DemoPhrases::followUp(m_rng, *customer, customer->products[live.product]), now);
            maybeAttach(more, customer->products[live.product], 30);
            events.append(more);
            live.lastInbound = now;
            live.waiting = true;
        }
    }
    if (m_rng.bounded(1000) < 4 * tickMs / 1000) {
        const Customer &customer = randomCustomer();
        const Product &product = customer.products[m_rng.bounded(int(customer.products.size()))];
        Alert alert;
        alert.remoteId = QStringLiteral("da-%1").arg(m_nextAlert++);
        alert.customerRemoteId = customer.remoteId;
        alert.productSerial = product.serialNumber;
        alert.severity = AlertSeverity(1 + m_rng.bounded(2));
        alert.title = DemoPhrases::alertTitle(m_rng, product);
        alert.body = QStringLiteral("%1 (%2) at %3 reported: %4")
                         .arg(product.model, product.serialNumber, customer.siteId, alert.title);
        alert.raisedAt = now;
        events.append(alert);
        // Proactive alerts are worked in the inbox like any contact.
        Conversation conv = newConversation(customer, now, Channel::Alert);
        conv.subject = alert.title;
        conv.teamRemoteId = teamFor(product);
        conv.priority = alert.severity == AlertSeverity::Critical ? Priority::Urgent : Priority::High;
        events.append(conv);
        events.append(
            message(conv.remoteId, Direction::Inbound, QStringLiteral("Product telemetry"), alert.body, now));
    }
    if (m_rng.bounded(1000) < 10) {
        const auto &agents = m_population.agents();
        const Agent &a = agents[1 + m_rng.bounded(int(agents.size()) - 1)];
        events.append(PresenceChange{a.remoteId, Presence(1 + m_rng.bounded(3))});
    }
    return events;
}

QList<BackendEvent> DemoSimulator::answer(const QString &conversationRemoteId, const QString &agentText,
                                          const QDateTime &now)
{
    const Customer *customer = m_population.customer(customerOf(conversationRemoteId));
    if (!customer)
        return {};
    int product = 0;
    Live *live = nullptr;
    for (Live &l : m_live)
        if (l.remoteId == conversationRemoteId)
            live = &l;
    if (live) {
        product = live->product;
        live->lastInbound = now;
        live->waiting = true;
        live->nudges = 0;
    } else {
        m_live.append({conversationRemoteId, customer->remoteId, product, now, true, 0});
    }
    Message reply =
        message(conversationRemoteId, Direction::Inbound, customer->name,
                DemoPhrases::answer(m_rng, *customer, customer->products[product], agentText), now);
    maybeAttach(reply, customer->products[product], 10, agentText);
    return {reply};
}

void DemoSimulator::agentReplied(const QString &conversationRemoteId)
{
    for (Live &l : m_live)
        if (l.remoteId == conversationRemoteId)
            l.waiting = false;
}

int DemoSimulator::waitingConversations() const
{
    int n = 0;
    for (const Live &l : m_live)
        n += l.waiting ? 1 : 0;
    return n;
}

} // namespace AgentDesk
