// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace AgentDesk {

ShortcutsDialog::ShortcutsDialog(const QList<Shortcut> &shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *model = new QStandardItemModel(0, 2, this);
    model->setHorizontalHeaderLabels({tr("Keys"), tr("Does")});
    for (const Shortcut &s : shortcuts) {
        auto *keys = new QStandardItem(s.keys.toString(QKeySequence::NativeText));
        QFont bold = keys->font();
        bold.setBold(true);
        keys->setFont(bold);
        model->appendRow({keys, new QStandardItem(s.description)});
    }
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(520, 460);
}

} // namespace AgentDesk
