// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxView.h"

#include "text/Translate.h"

#include <QCoreApplication>
#include <QSettings>

namespace AgentDesk {

using namespace Domain;

namespace {
QString tr(const char *text)
{
    return translateIn("AgentDesk::InboxView", text);
}
} // namespace

QList<ConversationStatus> InboxView::activeStatuses()
{
    return {ConversationStatus::Open, ConversationStatus::Pending}; // snoozed ones wait in their view
}

QList<InboxView> InboxView::builtIn()
{
    InboxView mine;
    mine.name = tr("Mine");
    mine.assignee = Assignee::Me;
    InboxView unassigned;
    unassigned.name = tr("Unassigned");
    unassigned.assignee = Assignee::Unassigned;
    InboxView all;
    all.name = tr("All open");
    InboxView snoozed;
    snoozed.name = tr("Snoozed");
    snoozed.statuses = {ConversationStatus::Snoozed};
    InboxView resolved;
    resolved.name = tr("Resolved");
    resolved.statuses = {ConversationStatus::Resolved};
    return {mine, unassigned, all, snoozed, resolved};
}

QList<InboxView> InboxView::loadSaved(QSettings &settings)
{
    QList<InboxView> views;
    const int n = settings.beginReadArray(QStringLiteral("views"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        InboxView v;
        v.name = settings.value(QStringLiteral("name")).toString().trimmed();
        if (v.name.isEmpty())
            continue;
        v.statuses.clear();
        const QStringList statuses = settings.value(QStringLiteral("statuses")).toStringList();
        for (const QString &s : statuses) {
            bool ok = false;
            const int value = s.toInt(&ok);
            if (ok && value >= 0 && value <= int(ConversationStatus::Resolved))
                v.statuses << ConversationStatus(value);
        }
        if (v.statuses.isEmpty())
            v.statuses = activeStatuses();
        bool ok = false;
        const int channel = settings.value(QStringLiteral("channel"), -1).toInt(&ok);
        if (ok && channel >= 0 && channel <= int(Channel::Alert))
            v.channel = Channel(channel);
        const int assignee = settings.value(QStringLiteral("assignee"), 0).toInt();
        if (assignee >= 0 && assignee <= int(Assignee::Unassigned))
            v.assignee = Assignee(assignee);
        v.teamBackendId = settings.value(QStringLiteral("teamBackend")).toString();
        v.teamRemoteId = settings.value(QStringLiteral("team")).toString();
        v.label = settings.value(QStringLiteral("label")).toString();
        v.text = settings.value(QStringLiteral("text")).toString();
        views << v;
    }
    settings.endArray();
    return views;
}

void InboxView::saveSaved(QSettings &settings, const QList<InboxView> &views)
{
    settings.remove(QStringLiteral("views"));
    settings.beginWriteArray(QStringLiteral("views"), int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        const InboxView &v = views[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), v.name);
        QStringList statuses;
        for (const ConversationStatus s : v.statuses)
            statuses << QString::number(int(s));
        settings.setValue(QStringLiteral("statuses"), statuses);
        settings.setValue(QStringLiteral("channel"), v.channel ? int(*v.channel) : -1);
        settings.setValue(QStringLiteral("assignee"), int(v.assignee));
        settings.setValue(QStringLiteral("teamBackend"), v.teamBackendId);
        settings.setValue(QStringLiteral("team"), v.teamRemoteId);
        settings.setValue(QStringLiteral("label"), v.label);
        settings.setValue(QStringLiteral("text"), v.text);
    }
    settings.endArray();
}

} // namespace AgentDesk
