// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaInspector.h"
#include "MediaSamples.h"

#include <QTest>

using namespace AgentDesk;
using Kind = MediaInspector::Kind;

class tst_MediaInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A name with NUL characters, as fuzz_media_inspector found: Qt 6.4's mime database read past
    // its cache on it (a crash under AddressSanitizer). The control characters are no suffix.
    void aNameWithNulCharactersIsJudgedSafely()
    {
        const QString name = QString(68, QChar(0)) + QStringLiteral(".d\\p");
        const auto verdict = MediaInspector::inspect(QByteArray("S1"), QString(), name);
        QCOMPARE(verdict.kind, MediaInspector::Kind::Document);
        QCOMPARE(MediaInspector::inspect(QByteArray("hello"), QString(), QStringLiteral("a\u0000b.exe")).kind,
                 MediaInspector::Kind::Blocked);
    }

    void theContentDecides_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("problem");
        QTest::newRow("png") << MediaSamples::png({8, 8}) << u"image/png"_qs << u"a.png"_qs
                             << int(Kind::Image) << false;
        QTest::newRow("jpeg, no type given")
            << MediaSamples::jpeg({8, 8}) << QString() << u"photo"_qs << int(Kind::Image) << false;
        QTest::newRow("mp3") << MediaSamples::mp3() << u"audio/mpeg"_qs << u"voice.mp3"_qs << int(Kind::Audio)
                             << false;
        QTest::newRow("mp4") << MediaSamples::mp4() << u"video/mp4"_qs << u"disk.mp4"_qs << int(Kind::Video)
                             << false;
        QTest::newRow("pdf") << MediaSamples::pdf() << u"application/pdf"_qs << u"invoice.pdf"_qs
                             << int(Kind::Document) << false;
        // Lying types: the content wins and the lie is said.
        QTest::newRow("pdf called a picture")
            << MediaSamples::pdf() << u"image/jpeg"_qs << u"photo.jpg"_qs << int(Kind::Document) << true;
        QTest::newRow("picture called a video")
            << MediaSamples::png({8, 8}) << u"video/mp4"_qs << u"clip.mp4"_qs << int(Kind::Image) << true;
        QTest::newRow("wrong name only")
            << MediaSamples::png({8, 8}) << QString() << u"song.mp3"_qs << int(Kind::Image) << true;
        // Programs and scripts, however they are dressed.
        QTest::newRow("elf called a picture")
            << MediaSamples::elf() << u"image/png"_qs << u"screen.png"_qs << int(Kind::Blocked) << true;
        QTest::newRow("exe called a pdf") << MediaSamples::windowsExe() << u"application/pdf"_qs
                                          << u"invoice.pdf"_qs << int(Kind::Blocked) << true;
        QTest::newRow("script called text") << QByteArray("#!/bin/sh\nrm -rf ~\n") << u"text/plain"_qs
                                            << u"notes.txt"_qs << int(Kind::Blocked) << true;
        QTest::newRow("text called exe")
            << QByteArray("hello") << u"text/plain"_qs << u"setup.exe"_qs << int(Kind::Blocked) << true;
        QTest::newRow("double extension") << MediaSamples::pdf() << u"application/pdf"_qs
                                          << u"invoice.pdf.bat"_qs << int(Kind::Blocked) << true;
        QTest::newRow("empty") << QByteArray() << u"image/png"_qs << u"a.png"_qs << int(Kind::Document)
                               << true;
    }

    void theContentDecides()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, declared);
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(bool, problem);
        const MediaInspector::Verdict v = MediaInspector::inspect(bytes, declared, name);
        QCOMPARE(int(v.kind), kind);
        QCOMPARE(!v.problem.isEmpty(), problem);
        QCOMPARE(v.openable(), kind != int(Kind::Blocked));
    }

    void aClaimedProgramIsKnownBeforeItsContent()
    {
        QVERIFY(MediaInspector::claimsProgram(u"application/x-msdownload"_qs, u"update"_qs));
        QVERIFY(MediaInspector::claimsProgram(u"image/png"_qs, u"photo.png.scr"_qs));
        QVERIFY(MediaInspector::claimsProgram({}, u"run.sh"_qs));
        QVERIFY(!MediaInspector::claimsProgram(u"image/png"_qs, u"photo.png"_qs));
        QVERIFY(!MediaInspector::claimsProgram({}, u"voice message.ogg"_qs));
    }

    void namesAreMadeSafe_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << u"photo 1.jpg"_qs << u"photo 1.jpg"_qs;
        QTest::newRow("unix traversal") << u"../../etc/passwd"_qs << u"passwd"_qs;
        QTest::newRow("windows traversal") << u"..\\..\\Windows\\System32\\evil.dll"_qs << u"evil.dll"_qs;
        QTest::newRow("absolute") << u"/root/.ssh/authorized_keys"_qs << u"authorized_keys"_qs;
        QTest::newRow("dots only") << u".."_qs << u"attachment"_qs;
        QTest::newRow("empty") << QString() << u"attachment"_qs;
        QTest::newRow("hidden") << u".bashrc"_qs << u"bashrc"_qs;
        QTest::newRow("trailing dot and space") << u"report.pdf. "_qs << u"report.pdf"_qs;
        QTest::newRow("right-to-left override")
            << QStringLiteral("invoice\u202Efdp.exe") << u"invoicefdp.exe"_qs;
        QTest::newRow("control characters") << QStringLiteral("a\nb\tc\x01.png") << u"abc.png"_qs;
        QTest::newRow("reserved characters") << u"a<b>:c|d?.txt"_qs << u"a_b__c_d_.txt"_qs;
        QTest::newRow("chinese") << u"故障照片.jpg"_qs << u"故障照片.jpg"_qs;
    }

    void namesAreMadeSafe()
    {
        QFETCH(QString, name);
        QFETCH(QString, safe);
        QCOMPARE(MediaInspector::safeFileName(name), safe);
    }

    void longNamesKeepTheirExtension()
    {
        const QString safe = MediaInspector::safeFileName(QString(300, QLatin1Char('x')) + u".png"_qs);
        QCOMPARE(safe.size(), MediaInspector::maxNameLength);
        QVERIFY(safe.endsWith(u".png"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_MediaInspector)
#include "tst_MediaInspector.moc"
