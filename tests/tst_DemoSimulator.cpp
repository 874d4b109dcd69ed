// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoMedia.h"
#include "DemoPhrases.h"
#include "DemoPopulation.h"
#include "DemoSimulator.h"
#include "sync/EventValidator.h"

#include <QSet>
#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;

namespace {

const QDateTime start(QDate(2026, 5, 4), QTime(8, 0), Qt::UTC);

// An hour of traffic stepped once a second.
QList<BackendEvent> anHour(DemoSimulator &sim)
{
    QList<BackendEvent> all = sim.backlog(start, 20);
    for (int s = 0; s < 3600; ++s)
        all += sim.step(start.addSecs(s), 1000, 6.0);
    return all;
}

template<typename T>
int count(const QList<BackendEvent> &events)
{
    return int(std::count_if(events.cbegin(), events.cend(),
                             [](const BackendEvent &e) { return std::holds_alternative<T>(e); }));
}

} // namespace

class tst_DemoSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isDeterministicForASeed()
    {
        const DemoPopulation population(3);
        DemoSimulator a(population, 3);
        DemoSimulator b(population, 3);
        const auto ea = anHour(a);
        QCOMPARE(ea, anHour(b));
        DemoSimulator c(population, 4);
        QVERIFY(ea != anHour(c));
    }

    void producesRealisticTraffic()
    {
        const DemoPopulation population(1);
        DemoSimulator sim(population, 1);
        const auto events = anHour(sim);
        for (const BackendEvent &e : events)
            QVERIFY2(EventValidator::validate(e).isEmpty(), qPrintable(EventValidator::validate(e)));
        // About 6 new chats a minute over an hour, plus the backlog.
        const int conversations = count<Conversation>(events);
        QVERIFY2(conversations > 250 && conversations < 500, qPrintable(QString::number(conversations)));
        QVERIFY(count<Message>(events) > conversations);
        QVERIFY(count<Alert>(events) > 0);
        QVERIFY(count<PresenceChange>(events) > 0);
        QSet<Channel> channels;
        QSet<QString> ids;
        int impatient = 0;
        for (const BackendEvent &e : events) {
            if (const auto *c = std::get_if<Conversation>(&e)) {
                channels.insert(c->channel);
                QVERIFY2(!ids.contains(c->remoteId), "conversation ids are unique");
                ids.insert(c->remoteId);
                QVERIFY(c->createdAt.isValid());
            } else if (const auto *m = std::get_if<Message>(&e)) {
                if (m->text.contains(QLatin1String("anyone there")) ||
                    m->text.contains(QStringLiteral("有人在吗")))
                    ++impatient;
            }
        }
        QVERIFY(channels.size() >= 5);
        QVERIFY(impatient > 0);
    }

    // What customers send and what products report fits the product: a router's customer never
    // sends a NAS's error screen, a router never reports a failing disk.
    void mediaAndAlertsFitTheProduct()
    {
        const DemoPopulation population(2);
        DemoSimulator sim(population, 2);
        const auto events = anHour(sim);
        QHash<QString, QString> subjectOf; // conversation -> subject (it names the product)
        int checked = 0, alerts = 0;
        for (const BackendEvent &e : events) {
            if (const auto *c = std::get_if<Conversation>(&e))
                subjectOf.insert(c->remoteId, c->subject);
            if (const auto *m = std::get_if<Message>(&e)) {
                for (const Attachment &a : m->attachments) {
                    const QString subject = subjectOf.value(m->conversationRemoteId);
                    for (const DemoMedia::Sample &s : DemoMedia::samples())
                        if (a.remoteRef.endsWith(s.resource) && s.fits != QLatin1String("*")) {
                            QVERIFY2(subject.contains(s.fits) ||
                                         (s.fits == QLatin1String("storage") &&
                                          (subject.contains(QLatin1String("NAS")) ||
                                           subject.contains(QLatin1String("Server")))),
                                     qPrintable(s.resource + QStringLiteral(" in ") + subject));
                            ++checked;
                        }
                }
            }
            if (const auto *alert = std::get_if<Alert>(&e)) {
                ++alerts;
                if (!alert->title.contains(QLatin1String("NAS")) &&
                    !alert->title.contains(QLatin1String("Server")))
                    QVERIFY2(!alert->title.contains(QLatin1String("Disk")) &&
                                 !alert->title.contains(QLatin1String("RAID")),
                             qPrintable(alert->title));
                if (alert->title.contains(QLatin1String("Router")))
                    QVERIFY2(!alert->title.contains(QLatin1String("Battery")), qPrintable(alert->title));
            }
        }
        QVERIFY(checked > 0);
        QVERIFY(alerts > 0);
        // Asked for a photo, a router's customer says why there is none rather than promising one.
        Product router;
        router.model = QStringLiteral("Helix Router AX3000");
        QVERIFY(DemoMedia::fitting(DemoMedia::Kind::Picture, router).isEmpty());
        Customer c;
        c.name = QStringLiteral("Sam Lee");
        QRandomGenerator rng(1);
        QVERIFY(!DemoPhrases::answer(rng, c, router, QStringLiteral("Could you send a photo?"))
                     .contains(QLatin1String("taking a photo")));
    }

    void customersAnswerWhatTheAgentAsked()
    {
        const DemoPopulation population(1);
        DemoSimulator sim(population, 1);
        const Customer &customer = population.customers().first();
        const QString conversation = QStringLiteral("dc-1.") + customer.remoteId;
        const auto events =
            sim.answer(conversation, QStringLiteral("Could you confirm the serial number?"), start);
        QCOMPARE(events.size(), 1);
        const auto &m = std::get<Message>(events.first());
        QCOMPARE(m.direction, Direction::Inbound);
        QVERIFY2(m.text.contains(customer.products.first().serialNumber), qPrintable(m.text));
        QVERIFY(sim.answer(QStringLiteral("dc-9.unknown"), QStringLiteral("hi"), start).isEmpty());
    }

    void resumesFromItsCursorWithoutReusingIds()
    {
        const DemoPopulation population(2);
        DemoSimulator first(population, 2);
        const auto before = anHour(first);
        QSet<QString> ids;
        for (const BackendEvent &e : before)
            if (const auto *m = std::get_if<Message>(&e))
                ids.insert(m->remoteId);
        DemoSimulator resumed(population, 2);
        QVERIFY(resumed.restore(first.cursor()));
        for (int s = 0; s < 600; ++s)
            for (const BackendEvent &e : resumed.step(start.addSecs(4000 + s), 1000, 6.0))
                if (const auto *m = std::get_if<Message>(&e))
                    QVERIFY2(!ids.contains(m->remoteId), qPrintable(m->remoteId));
        QVERIFY(!resumed.restore(QStringLiteral("garbage")));
        QVERIFY(!resumed.restore(QStringLiteral("demo1;99;1;1;1"))); // another seed's cursor
    }
};

QTEST_GUILESS_MAIN(tst_DemoSimulator)
#include "tst_DemoSimulator.moc"
