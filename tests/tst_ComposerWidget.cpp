// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComposerWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

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

    // Files go with a reply: each checked against the backend's limit as it is added, with the
    // reason when it cannot go; dropped files and a pasted screenshot are added too.
    void filesAreAddedCheckedAndTakenOff()
    {
        QTemporaryDir dir;
        const auto make = [&dir](const QString &name, int size) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(QByteArray(size, 'x'));
            return f.fileName();
        };
        const QString small = make(QStringLiteral("log.txt"), 500);
        const QString big = make(QStringLiteral("dump.bin"), 5000);
        ComposerWidget composer;
        composer.show();
        auto *error = composer.findChild<QLabel *>();
        auto *attach = composer.findChild<QToolButton *>(QStringLiteral("attachButton"));
        composer.setFileLimit(0, QStringLiteral("Helpdesk"));
        QVERIFY(!attach->isEnabled());
        composer.addFiles({small});
        QTRY_VERIFY(error->text().contains(QStringLiteral("does not take files")));
        QVERIFY(composer.files().isEmpty());

        composer.setFileLimit(1000, QStringLiteral("Demo"));
        QVERIFY(attach->isEnabled());
        QSignalSpy changed(&composer, &ComposerWidget::filesChanged);
        composer.addFiles({small, big, dir.filePath(QStringLiteral("gone.png")), dir.path()});
        QTRY_COMPARE(composer.files(), QStringList{small});
        QVERIFY2(error->text().contains(QStringLiteral("dump.bin")) &&
                     error->text().contains(QStringLiteral("Demo")),
                 qPrintable(error->text()));
        QVERIFY(error->text().contains(QStringLiteral("gone.png cannot be read")));
        composer.addFiles({small}); // once is enough
        QTest::qWait(50);
        QTRY_COMPARE(composer.files().size(), 1);

        // Checked by content as they are added: a script or a program renamed as a picture or a
        // document is refused with the reason, before it can go anywhere.
        QFile script(dir.filePath(QStringLiteral("invoice.jpg")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nrm -rf ~\n");
        script.close();
        QFile program(dir.filePath(QStringLiteral("manual.pdf")));
        QVERIFY(program.open(QIODevice::WriteOnly));
        program.write(QByteArray("\x7f"
                                 "ELF\x02\x01\x01",
                                 7) +
                      QByteArray(200, '\0'));
        program.close();
        composer.addFiles({script.fileName(), program.fileName()});
        QTRY_VERIFY(error->text().contains(QLatin1String("invoice.jpg is a program or script")));
        QVERIFY2(error->text().contains(QLatin1String("manual.pdf is a program or script")),
                 qPrintable(error->text()));
        QCOMPARE(composer.files(), QStringList{small});

        // Dropped on the text.
        auto *edit = composer.findChild<QPlainTextEdit *>();
        const QString other = make(QStringLiteral("photo.jpg"), 800);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(other)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(edit->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(edit->viewport(), &drop);
        QTRY_COMPARE(composer.files(), (QStringList{small, other}));
        QVERIFY(edit->toPlainText().isEmpty()); // a file, not its address as text

        // A note cannot carry them; a reply does, and sending takes them off.
        auto *toggle = composer.findChild<QCheckBox *>();
        toggle->setChecked(true);
        QSignalSpy send(&composer, &ComposerWidget::sendRequested);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(send.size(), 0);
        QVERIFY(error->text().contains(QStringLiteral("not with internal notes")));
        toggle->setChecked(false);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(send.size(), 1);

        // The chip takes a file off.
        auto *chip =
            composer.findChild<QWidget *>(QStringLiteral("composerFiles"))->findChild<QToolButton *>();
        QVERIFY(chip);
        chip->click();
        QCOMPARE(composer.files(), QStringList{other});
        composer.clear();
        QVERIFY(composer.files().isEmpty());
        QVERIFY(changed.size() >= 4);

        // A screenshot pasted from the clipboard becomes a PNG file of the reply.
        composer.setFileLimit(10 * 1024 * 1024, QStringLiteral("Demo"));
        QImage shot(64, 48, QImage::Format_RGB32);
        shot.fill(Qt::darkGreen);
        QGuiApplication::clipboard()->setImage(shot);
        edit->setFocus();
        QTest::keySequence(edit, QKeySequence::Paste);
        QTRY_COMPARE(composer.files().size(), 1);
        QVERIFY(composer.files().first().endsWith(QStringLiteral(".png")));
        QCOMPARE(QImage(composer.files().first()).size(), QSize(64, 48));
        QFile::remove(composer.files().first());
    }
};

QTEST_MAIN(tst_ComposerWidget)
#include "tst_ComposerWidget.moc"
