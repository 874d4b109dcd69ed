#include "ComposerWidget.h"
#include "Icons.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
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
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(5000); // XEP-0085 suggests "paused" after about 5 s without input
    connect(m_pause, &QTimer::timeout, this, [this] { setTyping(false); });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ComposerWidget::onEdited);
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setIcon(Icons::icon(QStringLiteral("send")));
    m_note->setObjectName(QStringLiteral("noteToggle"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(110);
    m_edit->installEventFilter(this);
    m_note->setToolTip(tr("Visible to your team only, never sent to the customer"));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
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
    row->addWidget(m_canned);
    row->addStretch();
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(m_error);
    layout->addWidget(m_edit);
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
