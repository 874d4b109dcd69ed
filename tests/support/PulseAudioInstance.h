// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace AgentDesk {

// A silent sound device for playback tests on machines without one (CI): a private PulseAudio
// with a null sink in a runtime directory of its own (other test programs running meanwhile never
// see it), anonymous access, stopped by PID. start() points this process at it (PULSE_SERVER):
// call it before the first Qt Multimedia object, so Qt finds it.
class PulseAudioInstance final
{
public:
    PulseAudioInstance() = default;
    ~PulseAudioInstance();
    QString start(); // empty on success, else why not
    void stop();

private:
    QTemporaryDir m_runtime;
    QProcess m_process;
};

} // namespace AgentDesk
