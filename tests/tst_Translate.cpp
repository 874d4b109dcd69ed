// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The zh_CN translation reaches the strings of classes without Q_OBJECT, whose file-local tr()
// helpers once looked them up under a context lupdate never used: they showed in English only.
#include "media/MediaInspector.h"
#include "ScramSha1.h"
#include "sync/EventValidator.h"
#include "TestStore.h"
#include "text/Translate.h"

#include <QTest>
#include <QTranslator>

using namespace AgentDesk;

class tst_Translate : public QObject
{
    Q_OBJECT

    QTranslator m_zh;

    static bool hasHan(const QString &s)
    {
        for (const QChar c : s)
            if (c.script() == QChar::Script_Han)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_zh.load(QStringLiteral(AGENTDESK_QM_DIR "/agentdesk_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_zh);
    }

    // A member function's string (lupdate: "AgentDesk::ScramSha1").
    void aClassesOwnStringsAreTranslated()
    {
        ScramSha1 scram(QStringLiteral("u"), QStringLiteral("p"), "abc");
        QString error;
        scram.clientFinal("r=abcdef,s=QSXCR+Q6sek8bf92,i=1000000", &error);
        QVERIFY2(hasHan(error), qPrintable(error));
    }

    // A free function's string in the same file (lupdate: "AgentDesk").
    void aFreeFunctionsStringsAreTranslated()
    {
        Customer nameless = TestData::customer(QStringLiteral("c"), QString());
        const QString reason = EventValidator::validate(nameless);
        QVERIFY2(hasHan(reason), qPrintable(reason));
        const auto verdict =
            MediaInspector::inspect(QByteArray("\x7f"
                                               "ELF\x02\x01\x01",
                                               7),
                                    QStringLiteral("image/jpeg"), QStringLiteral("photo.jpg"));
        QVERIFY2(hasHan(verdict.problem), qPrintable(verdict.problem));
    }

    void untranslatedTextStaysAsWritten()
    {
        QCOMPARE(translateIn("AgentDesk::Nowhere", "Not in any catalogue"),
                 QStringLiteral("Not in any catalogue"));
    }
};

QTEST_GUILESS_MAIN(tst_Translate)
#include "tst_Translate.moc"
