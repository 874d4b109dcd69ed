// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationActions.h"

#include "text/Translate.h"

#include "controllers/ConversationController.h"
#include "itemmodels/DirectoryModel.h"
#include "itemmodels/InboxModel.h"
#include "services/Backend.h"
#include "services/BackendRegistry.h"
#include "services/DirectoryService.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMenu>

namespace AgentDesk {

using namespace Domain;

namespace {
QString tr(const char *text)
{
    return translateIn("AgentDesk::ConversationActions", text);
}
QString priorityLabel(Priority p)
{
    switch (p) {
    case Priority::Low:
        return tr("Low");
    case Priority::Normal:
        return tr("Normal");
    case Priority::High:
        return tr("High");
    case Priority::Urgent:
        return tr("Urgent");
    }
    return {};
}
} // namespace

ConversationActions::ConversationActions(InboxModel *inbox, ConversationController *controller,
                                         BackendRegistry *registry, DirectoryModel *directory)
    : m_inbox(inbox)
    , m_controller(controller)
    , m_registry(registry)
    , m_directory(directory)
{}

QString ConversationActions::assignGroup()
{
    return tr("Assign");
}
QString ConversationActions::labelsGroup()
{
    return tr("Labels");
}
QString ConversationActions::priorityGroup()
{
    return tr("Priority");
}
QString ConversationActions::snoozeGroup()
{
    return tr("Snooze");
}
QString ConversationActions::statusGroup()
{
    return tr("Status");
}

QList<ConversationActions::Command> ConversationActions::commands(qint64 id) const
{
    const InboxRow *row = m_inbox->rowById(id);
    if (!row)
        return {};
    QList<Command> out;
    ConversationController *c = m_controller;
    const ConversationStatus status = row->status;
    if (status == ConversationStatus::Resolved)
        out.append({statusGroup(), tr("Reopen"), [c, id] { c->setStatus(id, ConversationStatus::Open); }});
    else
        out.append(
            {statusGroup(), tr("Resolve"), [c, id] { c->setStatus(id, ConversationStatus::Resolved); }});
    if (status == ConversationStatus::Open)
        out.append({statusGroup(), tr("Mark as pending (waiting for the customer)"),
                    [c, id] { c->setStatus(id, ConversationStatus::Pending); }});
    else if (status == ConversationStatus::Pending)
        out.append(
            {statusGroup(), tr("Mark as open"), [c, id] { c->setStatus(id, ConversationStatus::Open); }});

    // Assign: to me (the agent as this conversation's backend knows them), a teammate, or nobody.
    Backend *backend = m_registry->backend(row->backendId);
    const QString self = backend && backend->directory() ? backend->directory()->selfAgentId() : QString();
    if (!self.isEmpty() && row->assigneeRemoteId != self)
        out.append({assignGroup(), tr("Assign to me"), [c, id, self] { c->assign(id, self); }});
    for (const Agent &a : m_directory->agents(row->backendId)) {
        if (a.remoteId == self || a.remoteId == row->assigneeRemoteId)
            continue;
        const QString team =
            a.teamRemoteId.isEmpty() ? QString() : m_directory->teamName(row->backendId, a.teamRemoteId);
        const QString title =
            team.isEmpty() ? tr("Assign to %1").arg(a.name) : tr("Assign to %1 (%2)").arg(a.name, team);
        out.append({assignGroup(), title, [c, id, agent = a.remoteId] { c->assign(id, agent); }});
    }
    if (!row->assigneeRemoteId.isEmpty())
        out.append({assignGroup(), tr("Unassign"), [c, id] { c->assign(id, QString()); }});
    // A team of the conversation's own backend (for Request Tracker, a queue).
    for (const Team &t : m_directory->teams(row->backendId))
        if (t.remoteId != row->teamRemoteId)
            out.append({assignGroup(), tr("Move to team %1").arg(t.name),
                        [c, id, team = t.remoteId] { c->setTeam(id, team); }});

    // Labels: take one off, put a known one on, or make a new one.
    const QStringList labels = row->labels;
    for (const QString &label : labels)
        out.append({labelsGroup(), tr("Remove label \u201c%1\u201d").arg(label), [c, id, labels, label] {
                        QStringList rest = labels;
                        rest.removeAll(label);
                        c->setLabels(id, rest);
                    }});
    for (const QString &label : m_inbox->labels())
        if (!labels.contains(label, Qt::CaseInsensitive))
            out.append({labelsGroup(), tr("Add label \u201c%1\u201d").arg(label),
                        [c, id, labels, label] { c->setLabels(id, labels + QStringList{label}); }});
    if (m_dialogParent)
        out.append({labelsGroup(), tr("New label…"), [this, id] { askForNewLabel(id); }});

    for (const Priority p : {Priority::Urgent, Priority::High, Priority::Normal, Priority::Low})
        if (p != row->priority)
            out.append({priorityGroup(), tr("Priority: %1").arg(priorityLabel(p)),
                        [c, id, p] { c->setPriority(id, p); }});

    if (status == ConversationStatus::Snoozed) {
        out.append(
            {snoozeGroup(), tr("Wake up now"), [c, id] { c->setStatus(id, ConversationStatus::Open); }});
    } else if (status != ConversationStatus::Resolved) {
        // Times are the agent's own clock; "tomorrow" starts the working day at nine.
        const auto at = [](int days, int hour) {
            return QDateTime(QDate::currentDate().addDays(days), QTime(hour, 0)).toUTC();
        };
        const int toMonday = 8 - QDate::currentDate().dayOfWeek();
        out.append({snoozeGroup(), tr("Snooze for 1 hour"),
                    [c, id] { c->snooze(id, QDateTime::currentDateTimeUtc().addSecs(3600)); }});
        out.append({snoozeGroup(), tr("Snooze for 4 hours"),
                    [c, id] { c->snooze(id, QDateTime::currentDateTimeUtc().addSecs(4 * 3600)); }});
        out.append(
            {snoozeGroup(), tr("Snooze until tomorrow 9:00"), [c, id, at] { c->snooze(id, at(1, 9)); }});
        out.append({snoozeGroup(), tr("Snooze until Monday 9:00"),
                    [c, id, at, toMonday] { c->snooze(id, at(toMonday, 9)); }});
    }
    return out;
}

void ConversationActions::askForNewLabel(qint64 conversationId) const
{
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("newLabelDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New label"));
    dialog->setLabelText(tr("Label (at most %1 characters):").arg(maxLabelLength));
    dialog->setTextValue({});
    InboxModel *inbox = m_inbox;
    ConversationController *c = m_controller;
    QObject::connect(dialog, &QInputDialog::textValueSelected, dialog,
                     [inbox, c, conversationId](const QString &label) {
                         const InboxRow *row = inbox->rowById(conversationId);
                         if (row && !label.trimmed().isEmpty())
                             c->setLabels(conversationId, row->labels + QStringList{label});
                     });
    dialog->open();
}

void ConversationActions::fillMenu(QMenu *menu, qint64 conversationId, const QString &group) const
{
    menu->clear();
    for (const Command &command : commands(conversationId))
        if (command.group == group) // names in titles are data: "&" is a letter, not a mnemonic
            menu->addAction(QString(command.title).replace(QLatin1Char('&'), QLatin1String("&&")), menu,
                            command.run);
    if (menu->isEmpty())
        menu->addAction(tr("Nothing to do here"))->setEnabled(false);
}

} // namespace AgentDesk
