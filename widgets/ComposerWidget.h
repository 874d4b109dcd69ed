#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace AgentDesk {

// Where the agent writes a reply or an internal note. Ctrl+Enter sends.
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

Q_SIGNALS:
    void sendRequested(const QString &text, bool internalNote);
    // The agent started writing a reply, or stopped (paused for a while, cleared it, sent it).
    // Internal notes are never announced to the customer.
    void typingChanged(bool typing);
    // The agent changed the text (not clear() or restoreDraft()).
    void edited();
    void cannedChosen(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestSend();
    void updateMode();
    void onEdited();
    void setTyping(bool typing);

    QPlainTextEdit *m_edit;
    QCheckBox *m_note;
    QPushButton *m_send;
    QToolButton *m_canned;
    QLabel *m_error;
    QTimer *m_pause; // typing with no keystroke this long is a pause
    bool m_typing = false;
    bool m_programmatic = false; // the text is being set, not typed
};

} // namespace AgentDesk
