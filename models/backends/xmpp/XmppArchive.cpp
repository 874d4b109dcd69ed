// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmppArchive.h"

#include "XmppClient.h"
#include "XmppNamespaces.h"

namespace AgentDesk {

using namespace XmppNs;

XmppArchive::XmppArchive(XmppClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void XmppArchive::run(const Query &query, MessageFn message, PageFn page, DoneFn done)
{
    const QString queryId = QStringLiteral("mam-") + m_client->nextId();
    m_running.insert(queryId, Running{query, std::move(message), std::move(page), std::move(done)});
    requestPage(queryId, query.after);
}

void XmppArchive::requestPage(const QString &queryId, const QString &after)
{
    const Query &q = m_running.value(queryId).query;
    XmppElement iq{QStringLiteral("iq"), {}, {}, {}, {}};
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    XmppElement &query = iq.addChild(QStringLiteral("query"), mamNs);
    query.setAttribute(QStringLiteral("queryid"), queryId);
    XmppElement &form = query.addChild(QStringLiteral("x"), dataFormsNs);
    form.setAttribute(QStringLiteral("type"), QStringLiteral("submit"));
    XmppElement &formType = form.addChild(QStringLiteral("field"));
    formType.setAttribute(QStringLiteral("var"), QStringLiteral("FORM_TYPE"));
    formType.setAttribute(QStringLiteral("type"), QStringLiteral("hidden"));
    formType.addChild(QStringLiteral("value")).text = mamNs;
    if (!q.with.isEmpty()) {
        XmppElement &with = form.addChild(QStringLiteral("field"));
        with.setAttribute(QStringLiteral("var"), QStringLiteral("with"));
        with.addChild(QStringLiteral("value")).text = q.with;
    }
    if (after.isEmpty() && q.start.isValid()) {
        XmppElement &start = form.addChild(QStringLiteral("field"));
        start.setAttribute(QStringLiteral("var"), QStringLiteral("start"));
        start.addChild(QStringLiteral("value")).text = q.start.toUTC().toString(Qt::ISODate);
    }
    XmppElement &set = query.addChild(QStringLiteral("set"), rsmNs);
    set.addChild(QStringLiteral("max")).text = QString::number(pageSize);
    if (!after.isEmpty())
        set.addChild(QStringLiteral("after")).text = after;
    m_client->sendIq(std::move(iq), this,
                     [this, queryId, generation = m_generation](const XmppElement &answer) {
                         if (generation == m_generation)
                             onPage(queryId, answer);
                     });
}

void XmppArchive::onPage(const QString &queryId, const XmppElement &iq)
{
    const auto it = m_running.constFind(queryId);
    if (it == m_running.cend())
        return;
    const Running running = *it;
    auto finish = [this, queryId, &running](Outcome outcome) {
        m_running.remove(queryId);
        if (running.done)
            running.done(outcome);
    };
    if (iq.isNull()) {
        finish(Outcome::Interrupted);
        return;
    }
    const XmppElement *fin = iq.child(QStringLiteral("fin"), mamNs);
    if (iq.attribute(QStringLiteral("type")) != QLatin1String("result") || !fin) {
        const XmppElement *error = iq.child(QStringLiteral("error"));
        const bool unknown = error && error->child(QStringLiteral("item-not-found"), stanzasNs);
        finish(unknown && !running.query.after.isEmpty() ? Outcome::UnknownCursor : Outcome::Refused);
        return;
    }
    const XmppElement *set = fin->child(QStringLiteral("set"), rsmNs);
    const XmppElement *last = set ? set->child(QStringLiteral("last")) : nullptr;
    const QString lastId = last ? last->text : QString();
    if (!lastId.isEmpty() && running.page)
        running.page(lastId);
    // "complete" is the server's word that nothing follows; a page without a last id has nothing
    // to go on from (an empty archive or range).
    if (fin->attribute(QStringLiteral("complete")) == QLatin1String("true") || lastId.isEmpty()) {
        finish(Outcome::Complete);
        return;
    }
    requestPage(queryId, lastId);
}

bool XmppArchive::handle(const XmppElement &s, const QString &ownJid)
{
    if (s.name != QLatin1String("message"))
        return false;
    const XmppElement *result = s.child(QStringLiteral("result"), mamNs);
    if (!result)
        return false;
    const auto it = m_running.constFind(result->attribute(QStringLiteral("queryid")));
    const QString from = s.attribute(QStringLiteral("from")).section(QLatin1Char('/'), 0, 0);
    // Archive results come only from our own account, and only for a query of ours.
    if (it == m_running.cend() || (!from.isEmpty() && from != ownJid))
        return true;
    const XmppElement *forwarded = result->child(QStringLiteral("forwarded"), forwardNs);
    const XmppElement *inner = forwarded ? forwarded->child(QStringLiteral("message")) : nullptr;
    const XmppElement *delay = forwarded ? forwarded->child(QStringLiteral("delay"), delayNs) : nullptr;
    if (!inner)
        return true;
    const QDateTime at =
        delay ? QDateTime::fromString(delay->attribute(QStringLiteral("stamp")), Qt::ISODateWithMs)
              : QDateTime::currentDateTimeUtc();
    if (it->message)
        it->message(result->attribute(QStringLiteral("id")), *inner, at);
    return true;
}

void XmppArchive::clear()
{
    ++m_generation;
    m_running.clear();
}

} // namespace AgentDesk
