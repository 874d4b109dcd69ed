// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QVBoxLayout>

namespace AgentDesk {

namespace {
constexpr int BodyRole = Qt::UserRole + 1;
}

PreferencesDialog::PreferencesDialog(const Preferences &current, const QList<Server> &servers,
                                     QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_dnd(new QCheckBox(tr("&Do not disturb: no desktop notifications or sounds"), this))
    , m_sound(new QCheckBox(tr("Play a &sound for new conversations and messages"), this))
    , m_canned(new QStandardItemModel(this))
    , m_cannedFilter(new QSortFilterProxyModel(this))
    , m_cannedView(new QListView(this))
    , m_cannedTitle(new QLineEdit(this))
    , m_cannedBody(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(generalPage(current), tr("General"));
    tabs->addTab(namesPage(current, servers), tr("Your name"));
    tabs->addTab(cannedPage(current), tr("Canned responses"));
    m_problem->setObjectName(QStringLiteral("preferencesProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("color: %1")
            .arg(Theme::readable(QColor(0xc6, 0x28, 0x28), palette().color(QPalette::Window)).name()));
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_problem->hide();
    resize(640, 480);
}

QWidget *PreferencesDialog::generalPage(const Preferences &p)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language->setObjectName(QStringLiteral("languageBox"));
    for (const auto &[code, name] : Preferences::languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));
    m_language->setToolTip(tr("The language of AgentDesk; it changes as soon as you apply it"));
    form->addRow(tr("&Language:"), m_language);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("Follow the system"), Theme::name(Theme::Mode::System));
    m_theme->addItem(tr("Light"), Theme::name(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), Theme::name(Theme::Mode::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(p.theme)));
    form->addRow(tr("&Appearance:"), m_theme);
    m_dnd->setChecked(p.doNotDisturb);
    m_sound->setChecked(p.sound);
    form->addRow(tr("Notifications:"), m_dnd);
    form->addRow(QString(), m_sound);
    return page;
}

QWidget *PreferencesDialog::namesPage(const Preferences &p, const QList<Server> &servers)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("The name you sign replies and greetings with on each server. Left empty, "
                                "the name the server has for you is used."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (const Server &s : servers) {
        auto *edit = new QLineEdit(p.agentNames.value(s.id), page);
        edit->setObjectName(QStringLiteral("agentName-") + s.id);
        edit->setMaxLength(Preferences::maxNameLength);
        edit->setPlaceholderText(s.serverName);
        edit->setClearButtonEnabled(true);
        auto *label = new QLabel(s.displayName.isEmpty() ? s.id : s.displayName, page);
        label->setTextFormat(Qt::PlainText); // a server's name is data
        label->setBuddy(edit);
        edit->setAccessibleName(tr("Your name on %1").arg(label->text()));
        form->addRow(label, edit);
        m_names.insert(s.id, edit);
    }
    if (servers.isEmpty())
        form->addRow(new QLabel(tr("No server is set up."), page));
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget *PreferencesDialog::cannedPage(const Preferences &p)
{
    auto *page = new QWidget(this);
    for (const CannedResponses::Response &r : p.canned) {
        auto *item = new QStandardItem(r.title);
        item->setData(r.body, BodyRole);
        m_canned->appendRow(item);
    }
    m_cannedFilter->setSourceModel(m_canned);
    m_cannedFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_cannedView->setObjectName(QStringLiteral("cannedView"));
    m_cannedView->setModel(m_cannedFilter);
    m_cannedView->setItemDelegate(new QStyledItemDelegate(m_cannedView));
    m_cannedView->setAccessibleName(tr("Canned responses"));
    auto *filter = new QLineEdit(page);
    filter->setPlaceholderText(tr("Filter by title"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, m_cannedFilter, &QSortFilterProxyModel::setFilterFixedString);
    auto *add = new QPushButton(tr("&New"), page);
    auto *remove = new QPushButton(tr("&Remove"), page);
    auto *up = new QPushButton(tr("Move &up"), page);
    auto *down = new QPushButton(tr("Move do&wn"), page);
    connect(add, &QPushButton::clicked, this, &PreferencesDialog::addCanned);
    connect(remove, &QPushButton::clicked, this, &PreferencesDialog::removeCanned);
    connect(up, &QPushButton::clicked, this, [this] { moveCanned(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCanned(1); });
    m_cannedTitle->setObjectName(QStringLiteral("cannedTitle"));
    m_cannedBody->setObjectName(QStringLiteral("cannedBody"));
    m_cannedBody->setTabChangesFocus(true);
    m_cannedBody->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_cannedBody->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // it wraps
    auto *hint =
        new QLabel(tr("Filled in for each conversation: {first_name}, {customer}, {agent}, {subject}, "
                      "{channel}."),
                   page);
    hint->setWordWrap(true);
    connect(m_cannedView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PreferencesDialog::showCanned);
    connect(m_cannedTitle, &QLineEdit::textEdited, this, &PreferencesDialog::storeCanned);
    connect(m_cannedBody, &QPlainTextEdit::textChanged, this, &PreferencesDialog::storeCanned);

    auto *list = new QVBoxLayout;
    list->addWidget(filter);
    list->addWidget(m_cannedView, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, up, down})
        buttons->addWidget(b);
    list->addLayout(buttons);
    auto *editor = new QFormLayout;
    editor->addRow(tr("&Title:"), m_cannedTitle);
    editor->addRow(tr("Te&xt:"), m_cannedBody);
    editor->addRow(hint);
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(list, 1);
    layout->addLayout(editor, 2);
    m_cannedView->setCurrentIndex(m_cannedFilter->index(0, 0));
    showCanned();
    return page;
}

void PreferencesDialog::showCanned()
{
    const QModelIndex i = m_cannedView->currentIndex();
    m_showing = true;
    m_cannedTitle->setText(i.data().toString());
    m_cannedBody->setPlainText(i.data(BodyRole).toString());
    m_showing = false;
    m_cannedTitle->setEnabled(i.isValid());
    m_cannedBody->setEnabled(i.isValid());
}

void PreferencesDialog::storeCanned()
{
    const QModelIndex i = m_cannedFilter->mapToSource(m_cannedView->currentIndex());
    if (m_showing || !i.isValid())
        return;
    QStandardItem *item = m_canned->itemFromIndex(i);
    item->setText(m_cannedTitle->text());
    item->setData(m_cannedBody->toPlainText(), BodyRole);
}

void PreferencesDialog::addCanned()
{
    auto *item = new QStandardItem(tr("New response"));
    item->setData(QString(), BodyRole);
    m_canned->appendRow(item);
    m_cannedView->setCurrentIndex(m_cannedFilter->mapFromSource(item->index()));
    m_cannedTitle->setFocus();
    m_cannedTitle->selectAll();
}

void PreferencesDialog::removeCanned()
{
    const QModelIndex i = m_cannedFilter->mapToSource(m_cannedView->currentIndex());
    if (i.isValid())
        m_canned->removeRow(i.row());
    showCanned();
}

void PreferencesDialog::moveCanned(int delta)
{
    const QModelIndex i = m_cannedFilter->mapToSource(m_cannedView->currentIndex());
    const int to = i.row() + delta;
    if (!i.isValid() || to < 0 || to >= m_canned->rowCount())
        return;
    const QList<QStandardItem *> row = m_canned->takeRow(i.row());
    m_canned->insertRow(to, row);
    m_cannedView->setCurrentIndex(m_cannedFilter->mapFromSource(m_canned->index(to, 0)));
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.theme = m_theme->currentData().toString();
    p.doNotDisturb = m_dnd->isChecked();
    p.sound = m_sound->isChecked();
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        if (!it.value()->text().trimmed().isEmpty())
            p.agentNames.insert(it.key(), it.value()->text().trimmed());
    for (int row = 0; row < m_canned->rowCount(); ++row)
        p.canned.append({m_canned->item(row)->text().trimmed(),
                         m_canned->item(row)->data(BodyRole).toString().trimmed()});
    return p;
}

bool PreferencesDialog::apply()
{
    const Preferences p = preferences();
    const QString problem = p.problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return false;
    Q_EMIT applied(p);
    return true;
}

} // namespace AgentDesk
