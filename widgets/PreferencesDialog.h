// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace AgentDesk {

// Settings, Preferences…: language (switched at once), appearance, notifications and sounds, the
// name the agent signs with on each server, and the canned responses. Nothing is kept until OK or
// Apply, and then only when every field is valid; a problem is shown beside the buttons.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Server
    {
        QString id;
        QString displayName;
        QString serverName; // what the server calls the agent (the name used when none is set)
    };

    PreferencesDialog(const Preferences &current, const QList<Server> &servers, QWidget *parent = nullptr);

    // What the fields say now.
    Preferences preferences() const;
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *nameEdit(const QString &backendId) const { return m_names.value(backendId); }
    QListView *cannedView() const { return m_cannedView; }
    QLabel *problemLabel() const { return m_problem; }
    // Adds a canned response and selects it, ready to be written.
    void addCanned();
    void removeCanned();
    void moveCanned(int delta);
    // Checks and announces; false (with the problem shown) when something is not valid.
    bool apply();

Q_SIGNALS:
    void applied(const AgentDesk::Preferences &preferences);

private:
    QWidget *generalPage(const Preferences &p);
    QWidget *namesPage(const Preferences &p, const QList<Server> &servers);
    QWidget *cannedPage(const Preferences &p);
    void showCanned();
    void storeCanned();

    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_dnd;
    QCheckBox *m_sound;
    QHash<QString, QLineEdit *> m_names;
    QStandardItemModel *m_canned;
    QSortFilterProxyModel *m_cannedFilter;
    QListView *m_cannedView;
    QLineEdit *m_cannedTitle;
    QPlainTextEdit *m_cannedBody;
    QLabel *m_problem;
    bool m_showing = false; // fields being filled from the list, not edited
};

} // namespace AgentDesk
