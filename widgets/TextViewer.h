// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextEdit;

namespace AgentDesk {

// A whole message too long for its bubble, read-only, in a window of its own (not modal): text
// can be selected and copied. Laid out by QTextEdit (which scrolls within a long line, where
// QPlainTextEdit scrolls by whole paragraphs), wrapping anywhere in very long lines so that even a
// megabyte on one line opens in about a third of a second.
class TextViewer final : public QDialog
{
    Q_OBJECT

public:
    TextViewer(const QString &title, const QString &text, QWidget *parent = nullptr);

    QString text() const;

private:
    QTextEdit *m_text;
};

} // namespace AgentDesk
