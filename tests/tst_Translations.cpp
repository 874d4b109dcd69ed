// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app in Chinese, as an agent who reads no English sees it: the language switched live from
// the settings, then every visible text of the window, its menus, the command palette and the
// dialogs walked and checked against the catalogue; and every string the code marks for
// translation is one the catalogue has (lupdate found it).
#include "AccountsDialog.h"
#include "Application.h"
#include "CommandPalette.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "settings/Preferences.h"
#include "ShortcutsDialog.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace AgentDesk;

namespace {

QString plain(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    text = text.section(QLatin1Char('\t'), 0, 0);                // an action's shortcut
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))); // 设置(&S)
    text.replace(QLatin1String("&&"), QLatin1String("\x01")).remove(QLatin1Char('&'));
    return text.replace(QLatin1Char('\x01'), QLatin1Char('&')).trimmed();
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_profile;
    QList<std::pair<QString, QRegularExpression>> m_english; // sources the catalogue translates
    QSet<QString> m_sources;

    // The catalogue: each source that has a translation of its own, as a pattern (%1 stands for
    // anything); sources of no more than punctuation and placeholders say nothing either way.
    void readCatalogue()
    {
        QFile ts(QStringLiteral(TEST_SOURCE_DIR "/../translations/agentdesk_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation") ||
                     xml.name() == QLatin1String("numerusform")) {
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                m_sources.insert(source);
                const QString bare = plain(source);
                QString letters = bare;
                letters.remove(QRegularExpression(QStringLiteral("%[0-9n]")));
                if (translation.trimmed().isEmpty() || translation == source ||
                    letters.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 3)
                    continue;
                QString pattern = QRegularExpression::escape(bare);
                pattern.replace(QRegularExpression(QStringLiteral("%[0-9n]")), QStringLiteral(".+"));
                m_english.append(
                    {source, QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"))});
            }
        }
        // Qt's own buttons (qtbase's catalogue).
        for (const char *qt : {"OK", "Cancel", "Apply", "Close", "Save", "Yes", "No", "Help"})
            m_english.append(
                {QLatin1String(qt), QRegularExpression(QStringLiteral("^%1$").arg(QLatin1String(qt)))});
    }

    // What a person sees in window (texts, placeholders, tooltips, items, tabs), visible ones only.
    static QStringList visibleTexts(QWidget *window)
    {
        QStringList out;
        const auto add = [&out](const QString &t) {
            const QString p = plain(t);
            if (!p.isEmpty())
                for (const QString &part : p.split(QRegularExpression(QStringLiteral(" · |\\n|\\x{2028}"))))
                    if (!part.trimmed().isEmpty())
                        out << part.trimmed();
        };
        QList<QWidget *> widgets = window->findChildren<QWidget *>();
        widgets.prepend(window);
        for (QWidget *w : std::as_const(widgets)) {
            if (w != window && !w->isVisibleTo(window))
                continue;
            add(w->toolTip());
            add(w->accessibleName());
            if (w->isWindow())
                add(w->windowTitle());
            if (auto *l = qobject_cast<QLabel *>(w))
                add(l->text());
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                add(b->text());
            else if (auto *e = qobject_cast<QLineEdit *>(w))
                add(e->placeholderText());
            else if (auto *c = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < c->count(); ++i)
                    add(c->itemText(i));
            } else if (auto *t = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < t->count(); ++i)
                    add(t->tabText(i));
            } else if (auto *g = qobject_cast<QGroupBox *>(w))
                add(g->title());
        }
        return out;
    }

    static void menuTexts(QMenu *menu, QStringList &out)
    {
        Q_EMIT menu->aboutToShow(); // menus filled as they open
        out << plain(menu->title());
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (a->menu())
                menuTexts(a->menu(), out);
            else
                out << plain(a->text());
        }
    }

    // The strings still in English, with the source each one is.
    QStringList stillEnglish(const QStringList &texts) const
    {
        QStringList found;
        for (const QString &t : texts)
            for (const auto &[source, pattern] : m_english)
                if (pattern.match(t).hasMatch()) {
                    found << QStringLiteral("\"%1\" (source \"%2\")").arg(t, source);
                    break;
                }
        found.removeDuplicates();
        return found;
    }

    static QStringList literalsIn(const QString &code)
    {
        // tr("…"), translate("ctx", "…"), QT_TRANSLATE_NOOP("ctx", "…"), translateIn("ctx", "…"),
        // with adjacent literals joined as the compiler joins them.
        static const QString lit = QStringLiteral("((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)[,)]");
        static const QRegularExpression plainCall(QStringLiteral("\\b(?:tr|QT_TR_NOOP)\\s*\\(\\s*") + lit);
        static const QRegularExpression contextCall(
            QStringLiteral("\\b(?:translate|translateIn|QT_TRANSLATE_NOOP)\\s*\\(\\s*\"[^\"]*\"\\s*,\\s*") +
            lit);
        static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        QStringList out;
        QStringList calls;
        for (const QRegularExpression *re : {&plainCall, &contextCall})
            for (auto m = re->globalMatch(code); m.hasNext();)
                calls << m.next().captured(1);
        for (const QString &call : std::as_const(calls)) {
            QString joined;
            for (auto l = literal.globalMatch(call); l.hasNext();)
                joined += l.next().captured(1);
            joined.replace(QLatin1String("\\n"), QLatin1String("\n"))
                .replace(QLatin1String("\\\""), QLatin1String("\""));
            joined.replace(QLatin1String("\\\\"), QLatin1String("\\"));
            static const QRegularExpression unicode(QStringLiteral("\\\\u([0-9a-fA-F]{4})"));
            for (auto u = unicode.match(joined); u.hasMatch(); u = unicode.match(joined))
                joined.replace(u.capturedStart(), u.capturedLength(),
                               QChar(u.captured(1).toUShort(nullptr, 16)));
            out << joined;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { readCatalogue(); }

    void everyMarkedStringIsInTheCatalogue()
    {
        QStringList missing;
        for (const char *dir : {"/../app", "/../widgets", "/../models"}) {
            QDirIterator it(QStringLiteral(TEST_SOURCE_DIR) + QLatin1String(dir),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                for (const QString &s : literalsIn(QString::fromUtf8(f.readAll())))
                    if (!s.isEmpty() && !m_sources.contains(s))
                        missing << QStringLiteral("%1: \"%2\"").arg(QFileInfo(f.fileName()).fileName(), s);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void theWindowSwitchesLanguageLiveAndSpeaksChinese()
    {
        AppOptions o;
        o.profileDir = m_profile.path();
        o.demoRate = 0;
        o.demoBacklog = 8;
        Application app(o);
        QSignalSpy ready(&app, &Application::ready);
        app.start(true);
        QVERIFY(ready.wait(15000));
        QVERIFY(QTest::qWaitForWindowExposed(app.mainWindow()));
        QCOMPARE(app.mainWindow()->menuBar()->actions().value(1)->text(), QStringLiteral("&Settings"));

        QSignalSpy changed(&app, &Application::languageChanged);
        Preferences p;
        p.language = QStringLiteral("zh_CN");
        app.applyPreferences(p);
        QTRY_COMPARE(changed.size(), 1);
        MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(window->conversationPanel() != nullptr);
        QCOMPARE(plain(window->menuBar()->actions().value(1)->text()), QStringLiteral("设置"));

        QStringList texts = visibleTexts(window);
        for (QAction *a : window->menuBar()->actions())
            if (a->menu())
                menuTexts(a->menu(), texts);
        QVERIFY(texts.size() > 40);
        QStringList english = stillEnglish(texts);

        window->showCommandPalette();
        CommandPalette *palette = window->commandPalette();
        QVERIFY(palette);
        for (int i = 0; i < palette->shownTitles().size(); ++i)
            texts << palette->shownTitles()[i];
        english << stillEnglish(palette->shownTitles());
        palette->hide();

        window->showShortcuts();
        auto *shortcuts = window->findChild<ShortcutsDialog *>();
        QVERIFY(shortcuts);
        QStringList described;
        for (int row = 0; row < shortcuts->view()->model()->rowCount(); ++row)
            described << shortcuts->view()->model()->index(row, 1).data().toString();
        english << stillEnglish(described + visibleTexts(shortcuts));
        shortcuts->close();

        app.showPreferences();
        auto *preferences = window->findChild<PreferencesDialog *>();
        QVERIFY(preferences);
        QVERIFY(QTest::qWaitForWindowExposed(preferences));
        english << stillEnglish(visibleTexts(preferences));
        preferences->reject();

        window->showAccounts();
        auto *accounts = window->findChild<AccountsDialog *>();
        QVERIFY(accounts);
        QVERIFY(QTest::qWaitForWindowExposed(accounts));
        english << stillEnglish(visibleTexts(accounts));
        accounts->close();
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(),
                 qPrintable(QStringLiteral("Still in English:\n") + english.join(QLatin1Char('\n'))));

        // And back, live again.
        p.language = QStringLiteral("en");
        app.applyPreferences(p);
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(app.mainWindow()->menuBar()->actions().value(1)->text(), QStringLiteral("&Settings"));

        // From Preferences: Apply switches and keeps the dialog open, in the new language; OK
        // switches and closes it.
        app.showPreferences();
        auto *dialog = app.mainWindow()->findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("zh_CN")));
        QVERIFY(dialog->apply());
        QTRY_COMPARE(changed.size(), 3);
        dialog = app.mainWindow()->findChild<PreferencesDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("首选项"));
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("en")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(changed.size(), 4);
        const auto *after = app.mainWindow()->findChild<PreferencesDialog *>();
        QVERIFY(!after || !after->isVisible());
        QCOMPARE(app.mainWindow()->menuBar()->actions().value(1)->text(), QStringLiteral("&Settings"));
        Translations::apply(QStringLiteral("system"));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
