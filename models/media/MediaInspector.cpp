// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediaInspector.h"
#include "text/MimeName.h"

#include "text/Translate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace AgentDesk {

namespace {

QString tr(const char *text)
{
    return translateIn("AgentDesk::MediaInspector", text);
}

// Content types of programs and scripts, and what they inherit from.
const char *const executableTypes[] = {
    "application/x-executable",
    "application/x-sharedlib",
    "application/x-pie-executable",
    "application/x-msdownload",
    "application/x-dosexec",
    "application/x-ms-dos-executable",
    "application/x-mach-binary",
    "application/x-shellscript",
    "application/x-java-archive",
    "application/x-java",
    "application/x-ms-shortcut",
    "application/x-desktop",
    "application/x-msi",
    "application/x-ms-installer",
    "application/x-object",
    "application/javascript",
    "application/x-perl",
    "application/x-python",
    "text/x-python",
    "text/x-perl",
    "application/x-executable-script",
    "application/vnd.microsoft.portable-executable",
    "application/x-bat",
    "application/x-ms-wim",
};

// Names that run when opened on some desktop, whatever their content.
const char *const executableSuffixes[] = {
    "exe",      "com", "bat", "cmd", "ps1",     "psm1",   "vbs",      "vbe",    "js",  "jse", "wsf", "wsh",
    "msi",      "msp", "scr", "pif", "cpl",     "jar",    "sh",       "bash",   "zsh", "csh", "run", "app",
    "apk",      "dmg", "deb", "rpm", "desktop", "lnk",    "hta",      "reg",    "dll", "so",  "elf", "bin",
    "appimage", "py",  "pl",  "rb",  "command", "action", "workflow", "gadget", "inf", "scf", "url", "chm",
};

bool isExecutableType(const QMimeType &type)
{
    for (const char *name : executableTypes)
        if (type.inherits(QLatin1String(name)))
            return true;
    return false;
}

bool hasExecutableSuffix(const QString &fileName)
{
    // Every suffix counts: "invoice.pdf.exe" and "setup.exe.txt" alike are suspicious only at the end,
    // but "archive.tar.sh" runs as a script.
    // Read from the name as shown, without control characters (QFileInfo stops at a NUL: "a\0b.exe"
    // would have no suffix at all).
    QString clean = fileName;
    clean.removeIf(
        [](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    const qsizetype dot = clean.lastIndexOf(QLatin1Char('.'));
    const qsizetype slash =
        std::max(clean.lastIndexOf(QLatin1Char('/')), clean.lastIndexOf(QLatin1Char('\\')));
    const QString suffix = dot > slash ? clean.mid(dot + 1).toLower() : QString();
    for (const char *s : executableSuffixes)
        if (suffix == QLatin1String(s))
            return true;
    return false;
}

} // namespace

MediaInspector::Kind MediaInspector::kindOf(const QString &mime)
{
    if (mime == QLatin1String("image/svg+xml"))
        return MediaInspector::Kind::Document; // a document with markup, not pixels: not drawn inline
    if (mime.startsWith(QLatin1String("image/")))
        return MediaInspector::Kind::Image;
    if (mime.startsWith(QLatin1String("audio/")))
        return MediaInspector::Kind::Audio;
    if (mime.startsWith(QLatin1String("video/")))
        return MediaInspector::Kind::Video;
    return MediaInspector::Kind::Document;
}

namespace {

QString kindName(MediaInspector::Kind kind)
{
    switch (kind) {
    case MediaInspector::Kind::Image:
        return tr("a picture");
    case MediaInspector::Kind::Audio:
        return tr("a sound recording");
    case MediaInspector::Kind::Video:
        return tr("a video");
    default:
        return tr("a document");
    }
}

} // namespace

MediaInspector::Verdict MediaInspector::inspect(const QByteArray &head, const QString &declaredMime,
                                                const QString &fileName)
{
    static const QMimeDatabase db;
    Verdict v;
    const QMimeType content = db.mimeTypeForData(head);
    v.mimeType = content.name();
    if (head.isEmpty()) {
        v.problem = tr("The file is empty.");
        return v;
    }
    if (isExecutableType(content) || hasExecutableSuffix(fileName)) {
        v.kind = Kind::Blocked;
        v.problem = tr("A program or script (%1): AgentDesk never opens it. Save it only if you trust "
                       "the sender.")
                        .arg(content.isDefault() ? QFileInfo(fileName).suffix() : content.name());
        return v;
    }
    v.kind = kindOf(v.mimeType);
    // What the sender claimed, by mime type or else by name; the content wins, and a mismatch
    // between media kinds is said, since it is how harmful files dress up.
    const QMimeType declared = db.mimeTypeForName(declaredMime.trimmed().toLower());
    const QString claimed =
        declared.isValid() && !declared.isDefault() ? declared.name() : mimeTypeOfName(db, fileName).name();
    const Kind claimedKind = kindOf(claimed);
    if (claimedKind != Kind::Document && claimedKind != v.kind)
        v.problem = tr("It says it is %1 but it is %2 (%3).")
                        .arg(kindName(claimedKind), kindName(v.kind), v.mimeType);
    return v;
}

bool MediaInspector::claimsProgram(const QString &mimeType, const QString &fileName)
{
    static const QMimeDatabase db;
    const QString name = mimeType.trimmed().toLower();
    const QMimeType type = db.mimeTypeForName(name);
    if (type.isValid() && isExecutableType(type))
        return true;
    // Senders use names this machine's database may not know (application/x-msdownload).
    for (const char *program : executableTypes)
        if (name == QLatin1String(program))
            return true;
    return hasExecutableSuffix(fileName);
}

MediaInspector::Verdict MediaInspector::inspectFile(const QString &path, const QString &declaredMime,
                                                    const QString &fileName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Verdict v;
        v.problem = tr("Cannot read the file: %1").arg(file.errorString());
        return v;
    }
    return inspect(file.read(headBytes), declaredMime, fileName);
}

QString MediaInspector::safeFileName(const QString &name)
{
    QString base = name;
    const qsizetype slash = std::max(base.lastIndexOf(QLatin1Char('/')), base.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0)
        base = base.mid(slash + 1);
    QString out;
    out.reserve(base.size());
    for (const QChar c : std::as_const(base)) {
        // Control and format characters (a right-to-left override can make "exe" read as "gpj").
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue;
        static const QString reserved = QStringLiteral("<>:\"|?*");
        out.append(reserved.contains(c) ? QLatin1Char('_') : c);
    }
    // No leading or trailing dots and spaces: no ".", "..", hidden files or names Windows trims.
    qsizetype from = 0, to = out.size();
    while (from < to && (out[from] == QLatin1Char('.') || out[from].isSpace()))
        ++from;
    while (to > from && (out[to - 1] == QLatin1Char('.') || out[to - 1].isSpace()))
        --to;
    out = out.mid(from, to - from);
    if (out.isEmpty())
        return tr("attachment");
    if (out.size() > maxNameLength) {
        const QString suffix = QFileInfo(out).suffix().left(16);
        const qsizetype keep = maxNameLength - (suffix.isEmpty() ? 0 : suffix.size() + 1);
        out = out.left(keep) + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    }
    return out;
}

} // namespace AgentDesk
