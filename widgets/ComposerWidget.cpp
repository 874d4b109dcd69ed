// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComposerWidget.h"
#include "Icons.h"

#include "media/MediaInspector.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTextCursor>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace AgentDesk {

ComposerWidget::ComposerWidget(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_note(new QCheckBox(tr("Internal note"), this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_canned(new QToolButton(this))
    , m_error(new QLabel(this))
    , m_attach(new QToolButton(this))
    , m_fileRow(new QWidget(this))
    , m_pause(new QTimer(this))
{
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setText(tr("Attach…"));
    m_attach->setToolTip(tr("Send pictures, recordings or documents with the reply; you can also drop "
                            "files here or paste a screenshot"));
    connect(m_attach, &QToolButton::clicked, this, &ComposerWidget::chooseFiles);
    m_fileRow->setObjectName(QStringLiteral("composerFiles"));
    auto *files = new QHBoxLayout(m_fileRow);
    files->setContentsMargins(0, 0, 0, 0);
    files->addStretch();
    m_fileRow->hide();
    m_edit->viewport()->installEventFilter(this); // files dropped on the text
    m_pause->setSingleShot(true);
    m_pause->setInterval(5000); // XEP-0085 suggests "paused" after about 5 s without input
    connect(m_pause, &QTimer::timeout, this, [this] { setTyping(false); });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ComposerWidget::onEdited);
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    setFocusProxy(m_edit); // focusing the composer (Ctrl+R, a new conversation) puts the caret in the text
    m_edit->setAccessibleName(tr("Reply"));
    m_edit->setAccessibleDescription(tr("What you write to the customer, or to your team as an internal "
                                        "note; Ctrl+Enter sends"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setIcon(Icons::icon(QStringLiteral("send")));
    m_note->setObjectName(QStringLiteral("noteToggle"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(110);
    m_edit->installEventFilter(this);
    m_note->setToolTip(tr("Visible to your team only, never sent to the customer"));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_error->setTextFormat(Qt::PlainText); // server errors and file names, never markup
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_canned->setObjectName(QStringLiteral("cannedButton"));
    m_canned->setText(tr("Canned responses"));
    m_canned->setToolTip(tr("Insert a ready-made answer, filled in for this customer (Alt+R)"));
    m_canned->setShortcut(QKeySequence(Qt::ALT | Qt::Key_R));
    m_canned->setPopupMode(QToolButton::InstantPopup);
    m_canned->setMenu(new QMenu(m_canned));
    m_canned->setVisible(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_note);
    row->addWidget(m_attach);
    row->addWidget(m_canned);
    row->addStretch();
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(m_error);
    layout->addWidget(m_edit);
    layout->addWidget(m_fileRow);
    layout->addLayout(row);

    connect(m_send, &QPushButton::clicked, this, &ComposerWidget::requestSend);
    connect(m_note, &QCheckBox::toggled, this, &ComposerWidget::updateMode);
    updateMode();
}

void ComposerWidget::onEdited()
{
    if (!m_programmatic)
        Q_EMIT edited();
    const bool writing =
        !m_programmatic && !m_note->isChecked() && !m_edit->toPlainText().trimmed().isEmpty();
    setTyping(writing);
    if (writing)
        m_pause->start();
}

void ComposerWidget::setTyping(bool typing)
{
    if (!typing)
        m_pause->stop();
    if (typing == m_typing)
        return;
    m_typing = typing;
    Q_EMIT typingChanged(typing);
}

QString ComposerWidget::text() const
{
    return m_edit->toPlainText();
}

bool ComposerWidget::isNote() const
{
    return m_note->isChecked();
}

void ComposerWidget::clear()
{
    restoreDraft({});
    showError({});
    if (!m_files.isEmpty()) {
        m_files.clear();
        updateFiles();
    }
}

void ComposerWidget::setFileLimit(qint64 bytes, const QString &backendName)
{
    m_fileLimit = bytes;
    m_backendName = backendName;
    m_attach->setEnabled(bytes > 0);
    m_attach->setToolTip(bytes > 0 ? tr("Send pictures, recordings or documents with the reply; you can "
                                        "also drop files here or paste a screenshot")
                                   : tr("%1 does not take files with replies.").arg(backendName));
}

void ComposerWidget::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    // Each file is looked at on a worker thread (a disk may be slow, a share slower): that it can be
    // read, its size, and what its content is, whatever its name says. A program or script renamed
    // "photo.jpg" is refused here, before it can go to a customer.
    ++m_checking;
    QPointer<ComposerWidget> guard(this);
    QThreadPool::globalInstance()->start([guard, paths, limit = m_fileLimit, backend = m_backendName] {
        QStringList accepted, refused;
        for (const QString &path : paths) {
            const QFileInfo info(path);
            const QString name = info.fileName();
            if (limit <= 0) {
                refused << tr("%1 does not take files with replies.").arg(backend);
                continue;
            }
            if (!info.isFile() || !info.isReadable()) {
                refused << tr("%1 cannot be read.").arg(name);
                continue;
            }
            if (info.size() > limit) {
                refused << tr("%1 is %2; %3 takes files up to %4.")
                               .arg(name, QLocale().formattedDataSize(info.size()), backend,
                                    QLocale().formattedDataSize(limit));
                continue;
            }
            const MediaInspector::Verdict verdict = MediaInspector::inspectFile(path, {}, name);
            if (verdict.kind == MediaInspector::Kind::Blocked) {
                refused << tr("%1 is a program or script (%2), whatever its name says: it is not sent.")
                               .arg(name, verdict.mimeType);
                continue;
            }
            accepted << info.absoluteFilePath();
        }
        QMetaObject::invokeMethod(
            qApp,
            [guard, accepted, refused] {
                if (guard)
                    guard->filesChecked(accepted, refused);
            },
            Qt::QueuedConnection);
    });
}

void ComposerWidget::filesChecked(const QStringList &accepted, QStringList refused)
{
    --m_checking;
    for (const QString &path : accepted)
        if (!m_files.contains(path))
            m_files << path;
    refused.removeDuplicates();
    showError(refused.join(QLatin1Char('\n')));
    updateFiles();
}

void ComposerWidget::removeFile(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    m_files.removeAt(index);
    updateFiles();
}

void ComposerWidget::updateFiles()
{
    auto *layout = static_cast<QHBoxLayout *>(m_fileRow->layout());
    while (layout->count() > 1) { // the stretch stays last
        QLayoutItem *item = layout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_files.size(); ++i) {
        const QFileInfo info(m_files[i]);
        auto *chip = new QToolButton(m_fileRow);
        chip->setText(
            QStringLiteral("%1 · %2  \u2715").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
        chip->setToolTip(tr("Take %1 off the reply").arg(info.fileName()));
        chip->setAutoRaise(false);
        connect(chip, &QToolButton::clicked, this, [this, i] { removeFile(i); });
        layout->insertWidget(i, chip);
    }
    m_fileRow->setVisible(!m_files.isEmpty());
    Q_EMIT filesChanged();
}

void ComposerWidget::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Attach files"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &ComposerWidget::addFiles);
    dialog->open();
}

void ComposerWidget::pasteImage(const QImage &image)
{
    if (image.isNull())
        return;
    // Encoding and writing a screenshot takes a moment: not on this thread.
    QPointer<ComposerWidget> guard(this);
    const QString path = QDir::temp().filePath(
        QStringLiteral("agentdesk-screenshot-%1.png")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    QThreadPool::globalInstance()->start([guard, image, path] {
        const bool ok = image.save(path, "png");
        QMetaObject::invokeMethod(
            qApp,
            [guard, ok, path] {
                if (!guard)
                    return;
                if (ok)
                    guard->addFiles({path});
                else
                    guard->showError(ComposerWidget::tr("The pasted picture could not be saved."));
            },
            Qt::QueuedConnection);
    });
}

void ComposerWidget::setCannedTitles(const QStringList &titles)
{
    QMenu *menu = m_canned->menu();
    menu->clear();
    for (int i = 0; i < titles.size(); ++i)
        menu->addAction(titles[i], this, [this, i] { Q_EMIT cannedChosen(i); });
    m_canned->setVisible(!titles.isEmpty());
}

void ComposerWidget::insertText(const QString &text)
{
    m_edit->insertPlainText(text);
    m_edit->setFocus();
}

void ComposerWidget::restoreDraft(const QString &text)
{
    m_programmatic = true;
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
    m_programmatic = false;
}

void ComposerWidget::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void ComposerWidget::requestSend()
{
    if (m_checking > 0) {
        showError(tr("The files are still being checked; send again in a moment."));
        return;
    }
    if (m_note->isChecked() && !m_files.isEmpty()) {
        showError(tr("Files go with replies to the customer, not with internal notes."));
        return;
    }
    Q_EMIT sendRequested(m_edit->toPlainText(), m_note->isChecked());
}

void ComposerWidget::updateMode()
{
    const bool note = m_note->isChecked();
    m_edit->setPlaceholderText(note ? tr("Write an internal note for your team…")
                                    : tr("Reply to the customer… (Ctrl+Enter to send)"));
    m_send->setText(note ? tr("Add note") : tr("Send"));
    onEdited(); // switching to a note stops announcing typing
}

bool ComposerWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit->viewport() &&
        (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove ||
         event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        QStringList paths;
        for (const QUrl &url : drop->mimeData()->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
        if (paths.isEmpty())
            return false; // text is dropped as text
        drop->acceptProposedAction();
        if (event->type() == QEvent::Drop)
            addFiles(paths);
        return true;
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QMimeData *clip = QGuiApplication::clipboard()->mimeData();
        if (clip && clip->hasImage() && !clip->hasText()) {
            pasteImage(qvariant_cast<QImage>(clip->imageData()));
            return true;
        }
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            requestSend();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace AgentDesk
