// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>

class QTreeView;

namespace AgentDesk {

// F1: every keyboard shortcut of the window, from the same list that creates them.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Shortcut
    {
        QKeySequence keys;
        QString description;
    };

    ShortcutsDialog(const QList<Shortcut> &shortcuts, QWidget *parent = nullptr);
    QTreeView *view() const { return m_view; }

private:
    QTreeView *m_view;
};

} // namespace AgentDesk
