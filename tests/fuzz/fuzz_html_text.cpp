// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: HTML from a mail or ticket system made text, and remote text made a tooltip.
#include "text/HtmlText.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = AgentDesk::HtmlText::toPlainText(html);
    // Text never grows beyond its markup by more than what entities expand to.
    if (text.size() > html.size() * 2 + 16)
        __builtin_trap();
    (void)AgentDesk::HtmlText::toolTip(html);
    return 0;
}
