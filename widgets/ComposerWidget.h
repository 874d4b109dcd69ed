// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace AgentDesk {

// Where the agent writes a reply or an internal note. Ctrl+Enter sends. Files go with a reply:
// "Attach…", dropped on the text, or a picture pasted from the clipboard (a screenshot); each is
// checked against the backend's size limit as it is added, and can be taken off again.
class ComposerWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ComposerWidget(QWidget *parent = nullptr);

    QString text() const;
    // Empties the composer (after sending, or for another conversation); not an edit.
    void clear();
    // Puts a saved draft back; not an edit, and not announced as typing.
    void restoreDraft(const QString &text);
    // The canned responses offered (by title); choosing one emits cannedChosen with its index.
    void setCannedTitles(const QStringList &titles);
    // Inserts at the cursor, as if the agent had typed it.
    void insertText(const QString &text);
    void showError(const QString &error); // empty hides it
    bool isNote() const;

    QStringList files() const { return m_files; }
    // Adds files to the reply once they are checked (on a worker thread; filesChanged follows): one
    // that cannot go (missing, a folder, over the limit, a program or script whatever its name) is
    // refused with the reason and the rest are added.
    void addFiles(const QStringList &paths);
    void removeFile(int index);
    // The conversation's backend: its name and largest file (0: it takes no files).
    void setFileLimit(qint64 bytes, const QString &backendName);
    // A picture from the clipboard, written to a temporary PNG on a worker thread, then added.
    void pasteImage(const QImage &image);
    void chooseFiles(); // a file dialog that does not block the window

Q_SIGNALS:
    void sendRequested(const QString &text, bool internalNote);
    // The agent started writing a reply, or stopped (paused for a while, cleared it, sent it).
    // Internal notes are never announced to the customer.
    void typingChanged(bool typing);
    // The agent changed the text (not clear() or restoreDraft()).
    void edited();
    void cannedChosen(int index);
    void filesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestSend();
    void updateMode();
    void onEdited();
    void setTyping(bool typing);
    void updateFiles();
    void filesChecked(const QStringList &accepted, QStringList refused);

    QPlainTextEdit *m_edit;
    QCheckBox *m_note;
    QPushButton *m_send;
    QToolButton *m_canned;
    QLabel *m_error;
    QToolButton *m_attach;
    QWidget *m_fileRow; // one button per file: its name and size; a click takes it off
    QStringList m_files;
    qint64 m_fileLimit = 0;
    int m_checking = 0; // batches of files being looked at
    QString m_backendName;
    QTimer *m_pause; // typing with no keystroke this long is a pause
    bool m_typing = false;
    bool m_programmatic = false; // the text is being set, not typed
};

} // namespace AgentDesk
