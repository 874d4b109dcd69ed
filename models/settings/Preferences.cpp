// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"

#include "text/Translate.h"

#include <QSettings>

namespace AgentDesk {

namespace {
QString tr(const char *text)
{
    return translateIn("AgentDesk::Preferences", text);
}
} // namespace

Preferences Preferences::load(QSettings &settings)
{
    Preferences p;
    p.language = settings.value(QStringLiteral("appearance/language"), p.language).toString();
    const auto offered = languages();
    if (!std::any_of(offered.cbegin(), offered.cend(), [&](const auto &l) { return l.first == p.language; }))
        p.language = QStringLiteral("system"); // a hand-edited or retired value
    p.theme = settings.value(QStringLiteral("appearance/theme"), p.theme).toString();
    p.doNotDisturb = settings.value(QStringLiteral("notifications/dnd"), false).toBool();
    p.sound = settings.value(QStringLiteral("notifications/sound"), true).toBool();
    settings.beginGroup(QStringLiteral("agent-names"));
    for (const QString &backend : settings.childKeys()) {
        const QString name = settings.value(backend).toString().trimmed();
        if (!name.isEmpty())
            p.agentNames.insert(backend, name.left(maxNameLength));
    }
    settings.endGroup();
    p.canned = CannedResponses::load(settings).responses();
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("appearance/language"), language);
    settings.setValue(QStringLiteral("appearance/theme"), theme);
    settings.setValue(QStringLiteral("notifications/dnd"), doNotDisturb);
    settings.setValue(QStringLiteral("notifications/sound"), sound);
    settings.remove(QStringLiteral("agent-names"));
    settings.beginGroup(QStringLiteral("agent-names"));
    for (auto it = agentNames.cbegin(); it != agentNames.cend(); ++it)
        if (!it.value().trimmed().isEmpty())
            settings.setValue(it.key(), it.value().trimmed());
    settings.endGroup();
    CannedResponses c;
    c.setResponses(canned);
    c.save(settings);
}

QString Preferences::problem() const
{
    for (auto it = agentNames.cbegin(); it != agentNames.cend(); ++it)
        if (it.value().trimmed().size() > maxNameLength)
            return tr("A name can have at most %1 characters.").arg(maxNameLength);
    for (qsizetype i = 0; i < canned.size(); ++i) {
        if (canned[i].title.trimmed().isEmpty())
            return tr("Canned response %1 has no title.").arg(i + 1);
        if (canned[i].body.trimmed().isEmpty())
            return tr("The canned response \u201c%1\u201d has no text.").arg(canned[i].title.trimmed());
    }
    return {};
}

QList<std::pair<QString, QString>> Preferences::languages()
{
    // Each language in its own words, so whoever cannot read the current one finds theirs.
    return {{QStringLiteral("system"), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

} // namespace AgentDesk
