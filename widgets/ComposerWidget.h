#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace AgentDesk {

// Where the agent writes a reply or an internal note. Ctrl+Enter sends.
class ComposerWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ComposerWidget(QWidget *parent = nullptr);

    QString text() const;
    void clear();
    void showError(const QString &error); // empty hides it
    bool isNote() const;

Q_SIGNALS:
    void sendRequested(const QString &text, bool internalNote);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestSend();
    void updateMode();

    QPlainTextEdit *m_edit;
    QCheckBox *m_note;
    QPushButton *m_send;
    QLabel *m_error;
};

} // namespace AgentDesk
