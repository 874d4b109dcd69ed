// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/EventValidator.h"
#include "TestStore.h"

#include <QTest>

using namespace AgentDesk;
using namespace AgentDesk::Domain;
using namespace AgentDesk::TestData;

class tst_EventValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWellFormedEvents()
    {
        QVERIFY(EventValidator::validate(customer(QStringLiteral("c"), QStringLiteral("Ada"))).isEmpty());
        QVERIFY(
            EventValidator::validate(conversation(QStringLiteral("k"), QStringLiteral("c"), t0())).isEmpty());
        QVERIFY(EventValidator::validate(
                    inbound(QStringLiteral("m"), QStringLiteral("k"), QStringLiteral("hi"), t0()))
                    .isEmpty());
        QVERIFY(EventValidator::validate(PresenceChange{QStringLiteral("a"), Presence::Busy}).isEmpty());
    }

    void rejectsMalformedEvents_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("customer without id") << 0 << QStringLiteral("without an id");
        QTest::newRow("customer without name") << 1 << QStringLiteral("no name");
        QTest::newRow("tier out of range") << 2 << QStringLiteral("unknown Tier");
        QTest::newRow("conversation without time") << 3 << QStringLiteral("no creation time");
        QTest::newRow("channel out of range") << 4 << QStringLiteral("unknown Channel");
        QTest::newRow("message without id") << 5 << QStringLiteral("message without an id");
        QTest::newRow("message too long") << 6 << QStringLiteral("longer than");
        QTest::newRow("message without conversation") << 7 << QStringLiteral("without an id");
        QTest::newRow("receipt without id") << 8 << QStringLiteral("without a message id");
        QTest::newRow("huge field") << 9 << QStringLiteral("longer than 4096");
        QTest::newRow("attachment without name") << 10 << QStringLiteral("attachment");
    }

    void rejectsMalformedEvents()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        BackendEvent e;
        Customer c = customer(QStringLiteral("c"), QStringLiteral("Ada"));
        Conversation k = conversation(QStringLiteral("k"), QStringLiteral("c"), t0());
        Message m = inbound(QStringLiteral("m"), QStringLiteral("k"), QStringLiteral("hi"), t0());
        switch (which) {
        case 0:
            c.remoteId.clear();
            e = c;
            break;
        case 1:
            c.name = QStringLiteral("  ");
            e = c;
            break;
        case 2:
            c.tier = Tier(42);
            e = c;
            break;
        case 3:
            k.createdAt = {};
            e = k;
            break;
        case 4:
            k.channel = Channel(-3);
            e = k;
            break;
        case 5:
            m.remoteId.clear();
            e = m;
            break;
        case 6:
            m.text = QString(EventValidator::maxTextLength + 1, QLatin1Char('x'));
            e = m;
            break;
        case 7:
            m.conversationRemoteId.clear();
            e = m;
            break;
        case 8:
            e = MessageStateChange{};
            break;
        case 9:
            k.subject = QString(5000, QLatin1Char('s'));
            e = k;
            break;
        case 10:
            m.attachments = {Attachment{QStringLiteral("r"), QString(), QStringLiteral("image/png"), 10, {}}};
            e = m;
            break;
        }
        const QString error = EventValidator::validate(e);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_EventValidator)
#include "tst_EventValidator.moc"
