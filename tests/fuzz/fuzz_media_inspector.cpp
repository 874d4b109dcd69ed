// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the first bytes of a customer's file, with the type and name its sender claims, as
// MediaInspector judges them before anything shows or opens it.
#include "media/MediaInspector.h"

#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    const QString mime = QString::fromStdString(in.ConsumeRandomLengthString(64));
    const QString name = QString::fromStdString(in.ConsumeRandomLengthString(200));
    const std::vector<uint8_t> head = in.ConsumeRemainingBytes<uint8_t>();
    (void)AgentDesk::MediaInspector::inspect(
        QByteArray(reinterpret_cast<const char *>(head.data()), qsizetype(head.size())), mime, name);
    (void)AgentDesk::MediaInspector::safeFileName(name);
    (void)AgentDesk::MediaInspector::claimsProgram(mime, name);
    return 0;
}
