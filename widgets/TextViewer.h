#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace AgentDesk {

// A whole message too long for its bubble, read-only, in a window of its own (not modal): text
// can be selected, copied and searched with Ctrl+F of the editor. Laid out by QPlainTextEdit,
// which wraps anywhere in very long lines so that even a megabyte on one line opens in well under
// a second.
class TextViewer final : public QDialog
{
    Q_OBJECT

public:
    TextViewer(const QString &title, const QString &text, QWidget *parent = nullptr);

    QString text() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace AgentDesk
