// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextViewer.h"

#include <QDialogButtonBox>
#include <QTextEdit>
#include <QVBoxLayout>

namespace AgentDesk {

namespace {
// Longer lines than this wrap anywhere: Qt's word wrap is quadratic in a long word.
constexpr qsizetype wordWrapUpTo = 20000;
} // namespace

TextViewer::TextViewer(const QString &title, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextEdit(this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_text->setReadOnly(true);
    m_text->setAcceptRichText(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    qsizetype longest = 0;
    for (qsizetype from = 0; from < text.size();) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), from);
        if (end < 0)
            end = text.size();
        longest = std::max(longest, end - from);
        from = end + 1;
    }
    m_text->setWordWrapMode(longest > wordWrapUpTo ? QTextOption::WrapAnywhere
                                                   : QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setPlainText(text); // plain text: nothing in it is markup
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(720, 560);
}

QString TextViewer::text() const
{
    return m_text->toPlainText();
}

} // namespace AgentDesk
