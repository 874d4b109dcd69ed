// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace AgentDesk {

// What a file really is, judged by its content: customers' files arrive with names and mime types
// that may lie. The content decides how AgentDesk shows it; a mismatch or an executable gets a
// placeholder that says why, and an executable is never opened.
class MediaInspector final
{
public:
    enum class Kind
    {
        Image,
        Audio,
        Video,
        Document, // anything else that is safe to hand to its own application
        Blocked,  // executables and scripts: saved on request, never opened
    };

    struct Verdict
    {
        Kind kind = Kind::Document;
        QString mimeType; // from the content
        QString problem;  // for people; empty when the file is what it says
        bool openable() const { return kind != Kind::Blocked; }
    };

    // head: the first bytes of the file (headBytes is enough); declaredMime and fileName as the
    // sender gave them.
    static Verdict inspect(const QByteArray &head, const QString &declaredMime, const QString &fileName);
    // Whether a file claims, by its type or its name, to be a program or script: judged before its
    // content is here, and cheap enough for every paint.
    static bool claimsProgram(const QString &mimeType, const QString &fileName);
    // The kind a content type stands for (an SVG is a document: markup, not pixels).
    static Kind kindOf(const QString &mimeType);
    static Verdict inspectFile(const QString &path, const QString &declaredMime, const QString &fileName);
    static constexpr int headBytes = 4096;

    // A name that is safe to show and to use inside a directory AgentDesk chose: no directories, no
    // control characters, no leading dots, at most maxNameLength characters, never empty.
    static QString safeFileName(const QString &name);
    static constexpr int maxNameLength = 120;
};

} // namespace AgentDesk
