// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CannedResponses.h"

#include "text/Translate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace AgentDesk {

namespace {
QString tr(const char *text)
{
    return translateIn("AgentDesk::CannedResponses", text);
}
} // namespace

QList<CannedResponses::Response> CannedResponses::starterSet()
{
    return {
        {tr("Greeting"),
         tr("Hello {first_name}, this is {agent}. Thank you for contacting us, I am looking into it now.")},
        {tr("Ask for the serial number"),
         tr("Could you send me the serial number of the unit? It is on the label on the back, starting with SN-.")},
        {tr("Restart the unit"),
         tr("Please hold the reset button for 5 seconds, wait until the light turns green, and tell me what you see.")},
        {tr("Service request created"),
         tr("I have opened a service request for \"{subject}\"; you will get updates on it by e-mail.")},
        {tr("Closing"), tr("Is there anything else I can help you with, {first_name}? Have a good day.")},
    };
}

CannedResponses CannedResponses::load(QSettings &settings)
{
    CannedResponses canned;
    const int n = settings.beginReadArray(QStringLiteral("canned"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const Response r{settings.value(QStringLiteral("title")).toString(),
                         settings.value(QStringLiteral("body")).toString()};
        if (!r.title.trimmed().isEmpty() && !r.body.trimmed().isEmpty())
            canned.m_responses.append(r);
    }
    settings.endArray();
    // The starter set until the agent has saved a list of their own, even an empty one.
    if (n == 0 && !settings.value(QStringLiteral("canned-saved")).toBool())
        canned.m_responses = starterSet();
    return canned;
}

void CannedResponses::save(QSettings &settings) const
{
    settings.beginWriteArray(QStringLiteral("canned"), int(m_responses.size()));
    for (int i = 0; i < m_responses.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("title"), m_responses[i].title);
        settings.setValue(QStringLiteral("body"), m_responses[i].body);
    }
    settings.endArray();
    settings.setValue(QStringLiteral("canned-saved"), true);
}

QString CannedResponses::firstName(const QString &fullName)
{
    const QString name = fullName.trimmed();
    return name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

QString CannedResponses::expand(const QString &body, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(body).mid(last, m.capturedStart() - last);
        const QString value = values.value(m.captured(1));
        out += value.isEmpty() ? m.captured(0) : value; // left visible for the agent to fill in
        last = m.capturedEnd();
    }
    out += QStringView(body).mid(last);
    return out;
}

} // namespace AgentDesk
