#pragma once

#include <QProcess>
#include <QString>

namespace AgentDesk {

// A silent sound device for playback tests on machines without one (CI): a private PulseAudio
// with a null sink in the test's XDG_RUNTIME_DIR, anonymous access, stopped by PID. Start it
// before the first Qt Multimedia object, so Qt finds it.
class PulseAudioInstance final
{
public:
    PulseAudioInstance() = default;
    ~PulseAudioInstance();
    QString start(); // empty on success, else why not
    void stop();

private:
    QProcess m_process;
};

} // namespace AgentDesk
