// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmppHttpUpload.h"

#include "net/HttpClient.h"
#include "XmppClient.h"
#include "XmppNamespaces.h"

#include <QLocale>
#include <QPointer>

namespace AgentDesk {

using namespace XmppNs;

namespace {

XmppElement query(const QString &to, const QString &ns)
{
    XmppElement iq{QStringLiteral("iq"), {}, {}, {}, {}};
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.setAttribute(QStringLiteral("to"), to);
    iq.addChild(QStringLiteral("query"), ns);
    return iq;
}

QString errorCondition(const XmppElement &iq)
{
    if (const XmppElement *e = iq.child(QStringLiteral("error")))
        for (const XmppElement &c : e->children)
            if (c.xmlns == stanzasNs && c.name != QLatin1String("text"))
                return c.name;
    return {};
}

} // namespace

XmppHttpUpload::XmppHttpUpload(XmppClient *client, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_http(http)
{}

void XmppHttpUpload::discover(const QString &domain, std::function<void()> done)
{
    m_discovered = false;
    m_service.clear();
    m_maxFileSize = 0;
    m_client->sendIq(query(domain, discoItemsNs), this, [this, domain, done](const XmppElement &answer) {
        QStringList items{domain}; // the server itself may offer it
        if (const XmppElement *q = answer.child(QStringLiteral("query"), discoItemsNs))
            for (const XmppElement &item : q->children)
                if (!item.attribute(QStringLiteral("jid")).isEmpty())
                    items << item.attribute(QStringLiteral("jid"));
        checkItems(items, done);
    });
}

void XmppHttpUpload::checkItems(QStringList items, std::function<void()> done)
{
    if (items.isEmpty()) {
        m_discovered = true;
        done();
        return;
    }
    const QString jid = items.takeFirst();
    m_client->sendIq(query(jid, discoInfoNs), this, [this, jid, items, done](const XmppElement &answer) {
        const XmppElement *q = answer.child(QStringLiteral("query"), discoInfoNs);
        const bool offers =
            q && std::any_of(q->children.cbegin(), q->children.cend(), [](const XmppElement &c) {
                return c.name == QLatin1String("feature") && c.attribute(QStringLiteral("var")) == uploadNs;
            });
        if (!offers) {
            checkItems(items, done);
            return;
        }
        m_service = jid;
        for (const XmppElement &form : q->children) // the service's limit, if it names one
            if (form.name == QLatin1String("x") && form.xmlns == dataFormsNs)
                for (const XmppElement &field : form.children)
                    if (field.attribute(QStringLiteral("var")) == QLatin1String("max-file-size"))
                        if (const XmppElement *value = field.child(QStringLiteral("value")))
                            m_maxFileSize = value->text.trimmed().toLongLong();
        m_discovered = true;
        done();
    });
}

void XmppHttpUpload::upload(const QString &path, const QString &fileName, const QString &mimeType,
                            qint64 size, QObject *context, std::function<void(Result)> done,
                            std::function<void(qint64, qint64)> progress)
{
    QPointer<QObject> guard(context);
    const auto finish = [guard, done](Result r) {
        if (guard)
            done(std::move(r));
    };
    if (m_service.isEmpty()) {
        finish({{},
                tr("The chat server offers no file upload (XEP-0363), so %1 cannot be sent.").arg(fileName),
                true});
        return;
    }
    if (m_maxFileSize > 0 && size > m_maxFileSize) {
        const QLocale locale;
        finish({{},
                tr("%1 (%2) is larger than the %3 the chat server accepts.")
                    .arg(fileName, locale.formattedDataSize(size), locale.formattedDataSize(m_maxFileSize)),
                true});
        return;
    }
    XmppElement iq{QStringLiteral("iq"), {}, {}, {}, {}};
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.setAttribute(QStringLiteral("to"), m_service);
    XmppElement &request = iq.addChild(QStringLiteral("request"), uploadNs);
    request.setAttribute(QStringLiteral("filename"), fileName);
    request.setAttribute(QStringLiteral("size"), QString::number(size));
    if (!mimeType.isEmpty())
        request.setAttribute(QStringLiteral("content-type"), mimeType);
    m_client->sendIq(iq, this, [this, path, fileName, mimeType, finish, progress](const XmppElement &answer) {
        if (answer.isNull()) {
            finish({{}, tr("The connection dropped while asking where to upload %1.").arg(fileName), false});
            return;
        }
        const XmppElement *slot = answer.child(QStringLiteral("slot"), uploadNs);
        const XmppElement *put = slot ? slot->child(QStringLiteral("put")) : nullptr;
        const XmppElement *get = slot ? slot->child(QStringLiteral("get")) : nullptr;
        if (answer.attribute(QStringLiteral("type")) != QLatin1String("result") || !put || !get) {
            const QString condition = errorCondition(answer);
            // Refusals about the file itself do not change by asking again; a busy server may.
            const bool permanent =
                condition == QLatin1String("not-acceptable") || condition == QLatin1String("not-allowed") ||
                condition == QLatin1String("forbidden") || condition == QLatin1String("bad-request");
            finish({{},
                    tr("The chat server refused to take %1 (%2).")
                        .arg(fileName, condition.isEmpty() ? tr("no upload slot") : condition),
                    permanent});
            return;
        }
        const QUrl putUrl(put->attribute(QStringLiteral("url")));
        const QString getUrl = get->attribute(QStringLiteral("url"));
        if (!putUrl.isValid() ||
            (putUrl.scheme() != QLatin1String("https") && putUrl.scheme() != QLatin1String("http")) ||
            getUrl.isEmpty()) {
            finish({{}, tr("The chat server gave an unusable upload address for %1.").arg(fileName), true});
            return;
        }
        HttpRequest r;
        r.method = HttpRequest::Method::Put;
        r.url = putUrl;
        r.uploadPath = path;
        r.timeoutMs = 120000;
        if (!mimeType.isEmpty())
            r.setHeader("Content-Type", mimeType.toUtf8());
        // XEP-0363 allows only these headers from the slot to be passed on.
        for (const XmppElement &h : put->children) {
            const QString name = h.attribute(QStringLiteral("name"));
            if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 ||
                name.compare(QLatin1String("Cookie"), Qt::CaseInsensitive) == 0 ||
                name.compare(QLatin1String("Expires"), Qt::CaseInsensitive) == 0)
                r.setHeader(name.toLatin1(), h.text.simplified().toUtf8());
        }
        m_http->send(
            r, this,
            [fileName, getUrl, finish](const HttpResponse &response) {
                if (response.ok())
                    finish({getUrl, {}, false});
                else
                    finish({{},
                            tr("Uploading %1 failed: %2")
                                .arg(fileName, response.errorString.isEmpty()
                                                   ? QStringLiteral("HTTP %1").arg(response.status)
                                                   : response.errorString),
                            response.status == 413});
            },
            progress);
    });
}

} // namespace AgentDesk
