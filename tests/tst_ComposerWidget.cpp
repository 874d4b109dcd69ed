#include "ComposerWidget.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace AgentDesk;

class tst_ComposerWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ctrlEnterSendsAndPlainEnterMakesANewLine()
    {
        ComposerWidget composer;
        composer.show();
        QSignalSpy send(&composer, &ComposerWidget::sendRequested);
        auto *edit = composer.findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Hello"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, QStringLiteral("there"));
        QCOMPARE(send.size(), 0);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(send.size(), 1);
        QCOMPARE(send.first().at(0).toString(), QStringLiteral("Hello\nthere"));
        QCOMPARE(send.first().at(1).toBool(), false);
    }

    void theNoteToggleChangesWhatIsSent()
    {
        ComposerWidget composer;
        QSignalSpy send(&composer, &ComposerWidget::sendRequested);
        auto *note = composer.findChild<QCheckBox *>(QStringLiteral("noteToggle"));
        auto *button = composer.findChild<QPushButton *>(QStringLiteral("sendButton"));
        note->setChecked(true);
        QCOMPARE(button->text(), QStringLiteral("Add note"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(send.first().at(1).toBool(), true);
    }

    // Writing a reply announces typing once; clearing it or turning it into a note stops it, and
    // a note is never announced.
    void typingIsAnnouncedForRepliesOnly()
    {
        ComposerWidget composer;
        composer.show();
        QSignalSpy typing(&composer, &ComposerWidget::typingChanged);
        auto *edit = composer.findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        auto *note = composer.findChild<QCheckBox *>(QStringLiteral("noteToggle"));
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Let me check"));
        QCOMPARE(typing.size(), 1);
        QCOMPARE(typing.last().first().toBool(), true);
        composer.clear();
        QCOMPARE(typing.size(), 2);
        QCOMPARE(typing.last().first().toBool(), false);
        QTest::keyClicks(edit, QStringLiteral("again"));
        QCOMPARE(typing.size(), 3);
        note->setChecked(true);
        QCOMPARE(typing.size(), 4);
        QCOMPARE(typing.last().first().toBool(), false);
        QTest::keyClicks(edit, QStringLiteral(" for the team"));
        QCOMPARE(typing.size(), 4);
    }

    void showsAndClearsErrors()
    {
        ComposerWidget composer;
        composer.show();
        composer.showError(QStringLiteral("Type a reply before sending."));
        auto labels = composer.findChildren<QLabel *>();
        const auto visible = std::count_if(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->isVisible() && l->text() == QLatin1String("Type a reply before sending.");
        });
        QCOMPARE(visible, 1);
        composer.clear();
        for (QLabel *l : labels)
            QVERIFY(!l->isVisible() || l->text().isEmpty());
    }
};

QTEST_MAIN(tst_ComposerWidget)
#include "tst_ComposerWidget.moc"
