// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace AgentDesk {

// lupdate files a tr() call by where it stands: in a member function of AgentDesk::X under the
// context "AgentDesk::X", in a free function of the namespace under "AgentDesk". The file-local
// tr() helpers of classes without Q_OBJECT look the text up under both, so it shows translated
// wherever lupdate put it (a helper with a context of its own, "X", is never found at all).
inline QString translateIn(const char *classContext, const char *text)
{
    const QString inClass = QCoreApplication::translate(classContext, text);
    if (inClass != QLatin1String(text))
        return inClass;
    return QCoreApplication::translate("AgentDesk", text);
}

} // namespace AgentDesk
