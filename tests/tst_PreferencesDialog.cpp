// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"
#include "settings/Preferences.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace AgentDesk;

class tst_PreferencesDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Preferences someChoices()
    {
        Preferences p;
        p.language = QStringLiteral("zh_CN");
        p.theme = QStringLiteral("dark");
        p.doNotDisturb = true;
        p.agentNames = {{QStringLiteral("rt-1"), QStringLiteral("Priya at Support")}};
        p.canned = {{QStringLiteral("Hi"), QStringLiteral("Hello {first_name}")},
                    {QStringLiteral("Bye"), QStringLiteral("Goodbye")}};
        return p;
    }

private Q_SLOTS:
    // Kept in the profile's settings and read back the same; an empty list of canned responses
    // stays empty (the starter set is for a new profile only).
    void preferencesRoundTripThroughTheSettings()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        QVERIFY(Preferences::load(settings).canned.size() > 2); // the starter set
        const Preferences p = someChoices();
        p.save(settings);
        const Preferences back = Preferences::load(settings);
        QCOMPARE(back.language, p.language);
        QCOMPARE(back.theme, p.theme);
        QCOMPARE(back.doNotDisturb, p.doNotDisturb);
        QCOMPARE(back.agentNames, p.agentNames);
        QCOMPARE(back.canned.size(), p.canned.size());
        QVERIFY(back == p);
        Preferences none = p;
        none.canned.clear();
        none.save(settings);
        QVERIFY(Preferences::load(settings).canned.isEmpty());
        settings.setValue(QStringLiteral("appearance/language"), QStringLiteral("klingon"));
        QCOMPARE(Preferences::load(settings).language, QStringLiteral("system"));
    }

    void editsAreCheckedAndApplied()
    {
        if (qEnvironmentVariableIsSet("AGENTDESK_SHOT")) { // the README's picture: a new profile's
            QSettings fresh(m_dir.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat);
            PreferencesDialog shown(
                Preferences::load(fresh),
                {{QStringLiteral("demo"), QStringLiteral("Demo"), QStringLiteral("Alex Morgan")}});
            shown.findChild<QTabWidget *>()->setCurrentIndex(2);
            shown.show();
            QVERIFY(QTest::qWaitForWindowExposed(&shown));
            shown.grab().save(qEnvironmentVariable("AGENTDESK_SHOT"));
        }
        PreferencesDialog dialog(
            someChoices(),
            {{QStringLiteral("demo"), QStringLiteral("Demo"), QStringLiteral("Alex Morgan")},
             {QStringLiteral("rt-1"), QStringLiteral("Request Tracker"), QStringLiteral("agent")}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("zh_CN"));
        QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("简体中文")); // in its own words
        // The name the server has for the agent shows where they set none.
        QCOMPARE(dialog.nameEdit(QStringLiteral("demo"))->placeholderText(), QStringLiteral("Alex Morgan"));
        QVERIFY(dialog.nameEdit(QStringLiteral("demo"))->text().isEmpty());
        QCOMPARE(dialog.nameEdit(QStringLiteral("rt-1"))->text(), QStringLiteral("Priya at Support"));
        dialog.nameEdit(QStringLiteral("demo"))->setText(QStringLiteral("  Sam  "));

        // A new canned response with no text cannot be kept: said, nothing applied.
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        dialog.addCanned();
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("cannedTitle"));
        auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("cannedBody"));
        QVERIFY(title->hasFocus());
        QTest::keyClicks(title, QStringLiteral("Warranty"));
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.problemLabel()->isVisible());
        QVERIFY2(dialog.problemLabel()->text().contains(QLatin1String("Warranty")),
                 qPrintable(dialog.problemLabel()->text()));
        QCOMPARE(applied.size(), 0);
        body->setPlainText(QStringLiteral("Your unit is covered until {expiry}."));
        dialog.moveCanned(-1); // above "Bye"
        QVERIFY(dialog.apply());
        QVERIFY(!dialog.problemLabel()->isVisible());
        QCOMPARE(applied.size(), 1);
        const auto p = applied.first().first().value<Preferences>();
        QCOMPARE(p.agentNames.value(QStringLiteral("demo")), QStringLiteral("Sam"));
        QCOMPARE(p.agentNames.value(QStringLiteral("rt-1")), QStringLiteral("Priya at Support"));
        QCOMPARE(p.canned.size(), 3);
        QCOMPARE(p.canned[1].title, QStringLiteral("Warranty"));
        QCOMPARE(p.canned[1].body, QStringLiteral("Your unit is covered until {expiry}."));
        QCOMPARE(p.canned[2].title, QStringLiteral("Bye"));
        QVERIFY(p.doNotDisturb);
        QCOMPARE(p.theme, QStringLiteral("dark"));

        // Removing the selected one.
        dialog.cannedView()->setCurrentIndex(dialog.cannedView()->model()->index(0, 0));
        QCOMPARE(title->text(), QStringLiteral("Hi"));
        dialog.removeCanned();
        QCOMPARE(dialog.preferences().canned.size(), 2);
        QCOMPARE(dialog.preferences().canned.first().title, QStringLiteral("Warranty"));
    }
};

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_PreferencesDialog.moc"
