// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventValidator.h"

#include "text/Translate.h"

#include <QCoreApplication>

namespace AgentDesk {

using namespace Domain;

namespace {

QString tr(const char *text)
{
    return translateIn("AgentDesk::EventValidator", text);
}

QString checkId(const QString &what, const QString &id)
{
    if (id.trimmed().isEmpty())
        return tr("%1 without an id").arg(what);
    if (id.size() > EventValidator::maxFieldLength)
        return tr("%1 id is too long").arg(what);
    return {};
}

QString checkFields(const QString &what, std::initializer_list<const QString *> fields)
{
    for (const QString *f : fields)
        if (f->size() > EventValidator::maxFieldLength)
            return tr("%1 has a field longer than %2 characters")
                .arg(what)
                .arg(EventValidator::maxFieldLength);
    return {};
}

template<typename Enum>
QString checkEnum(const QString &what, Enum value)
{
    if (!isValidEnum<Enum>(int(value)))
        return tr("%1 has an unknown %2 value %3")
            .arg(what, QString::fromLatin1(QMetaEnum::fromType<Enum>().name()))
            .arg(int(value));
    return {};
}

QString firstError(std::initializer_list<QString> errors)
{
    for (const QString &e : errors)
        if (!e.isEmpty())
            return e;
    return {};
}

QString describeOne(const Customer &c)
{
    return tr("customer %1").arg(c.remoteId.left(64));
}
QString describeOne(const Agent &a)
{
    return tr("agent %1").arg(a.remoteId.left(64));
}
QString describeOne(const Team &t)
{
    return tr("team %1").arg(t.remoteId.left(64));
}
QString describeOne(const Conversation &c)
{
    return tr("conversation %1").arg(c.remoteId.left(64));
}
QString describeOne(const Message &m)
{
    return tr("message %1").arg((m.remoteId.isEmpty() ? m.clientKey : m.remoteId).left(64));
}
QString describeOne(const MessageStateChange &s)
{
    return tr("the delivery state of message %1")
        .arg((s.messageRemoteId.isEmpty() ? s.clientKey : s.messageRemoteId).left(64));
}
QString describeOne(const PresenceChange &p)
{
    return tr("the presence of %1").arg(p.agentRemoteId.left(64));
}
QString describeOne(const Alert &a)
{
    return tr("alert %1").arg(a.remoteId.left(64));
}
QString describeOne(const ServiceRequest &r)
{
    return tr("service request %1").arg(r.remoteId.left(64));
}
QString describeOne(const TypingChange &t)
{
    return tr("typing in conversation %1").arg(t.conversationRemoteId.left(64));
}

QString validateOne(const Customer &c)
{
    const QString what = describeOne(c);
    return firstError({checkId(tr("customer"), c.remoteId),
                       c.name.trimmed().isEmpty() ? tr("%1 has no name").arg(what) : QString(),
                       checkFields(what, {&c.name, &c.siteId, &c.language}), checkEnum(what, c.tier)});
}

QString validateOne(const Agent &a)
{
    const QString what = describeOne(a);
    return firstError({checkId(tr("agent"), a.remoteId), checkFields(what, {&a.name, &a.teamRemoteId}),
                       checkEnum(what, a.presence)});
}

QString validateOne(const Team &t)
{
    return firstError({checkId(tr("team"), t.remoteId), checkFields(tr("team"), {&t.name})});
}

QString validateOne(const Conversation &c)
{
    const QString what = describeOne(c);
    return firstError(
        {checkId(tr("conversation"), c.remoteId),
         !c.createdAt.isValid() ? tr("%1 has no creation time").arg(what) : QString(),
         checkFields(what, {&c.customerRemoteId, &c.assigneeRemoteId, &c.teamRemoteId, &c.subject}),
         checkEnum(what, c.channel), checkEnum(what, c.status), checkEnum(what, c.priority)});
}

QString validateOne(const Message &m)
{
    const QString what = describeOne(m);
    if (m.remoteId.isEmpty() && m.clientKey.isEmpty())
        return tr("message without an id");
    for (const Attachment &a : m.attachments)
        if (a.fileName.isEmpty() || a.size < 0)
            return tr("%1 has an attachment without a name or with a negative size").arg(what);
    return firstError(
        {checkId(tr("conversation of %1").arg(what), m.conversationRemoteId),
         !m.sentAt.isValid() ? tr("%1 has no time").arg(what) : QString(),
         m.text.size() > EventValidator::maxTextLength
             ? tr("%1 is longer than %2 characters").arg(what).arg(EventValidator::maxTextLength)
             : QString(),
         checkFields(what, {&m.remoteId, &m.clientKey, &m.authorName, &m.error}),
         checkEnum(what, m.direction), checkEnum(what, m.delivery)});
}

QString validateOne(const MessageStateChange &s)
{
    if (s.messageRemoteId.isEmpty() && s.clientKey.isEmpty())
        return tr("delivery state without a message id");
    return firstError({checkFields(tr("delivery state"), {&s.messageRemoteId, &s.clientKey, &s.error}),
                       checkEnum(tr("delivery state"), s.state)});
}

QString validateOne(const PresenceChange &p)
{
    return firstError({checkId(tr("presence"), p.agentRemoteId), checkEnum(tr("presence"), p.presence)});
}

QString validateOne(const Alert &a)
{
    const QString what = describeOne(a);
    return firstError(
        {checkId(tr("alert"), a.remoteId),
         a.title.trimmed().isEmpty() ? tr("%1 has no title").arg(what) : QString(),
         !a.raisedAt.isValid() ? tr("%1 has no time").arg(what) : QString(),
         a.body.size() > EventValidator::maxTextLength ? tr("%1 is too long").arg(what) : QString(),
         checkFields(what, {&a.title, &a.customerRemoteId, &a.productSerial}), checkEnum(what, a.severity)});
}

QString validateOne(const ServiceRequest &r)
{
    const QString what = describeOne(r);
    return firstError(
        {checkId(tr("service request"), r.remoteId),
         r.subject.trimmed().isEmpty() ? tr("%1 has no subject").arg(what) : QString(),
         checkFields(what, {&r.subject, &r.queue, &r.status, &r.ownerRemoteId, &r.requestorRemoteId,
                            &r.clientKey, &r.conversationRemoteId, &r.etag})});
}

QString validateOne(const TypingChange &t)
{
    return checkId(tr("typing"), t.conversationRemoteId);
}

} // namespace

QString EventValidator::describe(const BackendEvent &event)
{
    return std::visit([](const auto &e) { return describeOne(e); }, event);
}

QString EventValidator::validate(const BackendEvent &event)
{
    return std::visit([](const auto &e) { return validateOne(e); }, event);
}

} // namespace AgentDesk
