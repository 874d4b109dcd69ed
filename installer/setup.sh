#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AgentDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The two set-up commands of README.md:
#   bash installer/setup.sh run    install dependencies, build, start AgentDesk on the demo backend
#   bash installer/setup.sh test   install dependencies, build, run the whole test suite (ctest)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
case "$mode" in
  run|test) ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

# A normal user with sudo, or root: never a build owned by root in a user's checkout by surprise.
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "setup: installing packages needs root: run this as root, or install sudo and add yourself to the sudo group" >&2
  exit 1
fi
has_display() { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }
if [ "$mode" = run ] && ! has_display; then
  echo "setup: no display here (neither DISPLAY nor WAYLAND_DISPLAY is set): AgentDesk will be built, and how to start it is said at the end"
fi

if [ "$mode" = test ]; then bash installer/install-deps.sh --with-servers; else bash installer/install-deps.sh; fi
cmake --preset default -DAGENTDESK_BUILD_TESTS=$([ "$mode" = test ] && echo ON || echo OFF)
cmake --build build --parallel "$(nproc)"

if [ "$mode" = run ]; then
  if ! has_display; then
    cat <<'HOW'
setup: AgentDesk is built. There is no display to show its window on; start it from a desktop session
with
    ./build/app/agentdesk
or here, on a virtual display (as the tests do):
    xvfb-run -a ./build/app/agentdesk --screenshot agentdesk.png
which saves a picture of the window after four seconds and exits.
HOW
    exit 0
  fi
  export QT_MEDIA_BACKEND=ffmpeg
  [ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
  shift || true
  exec ./build/app/agentdesk "$@"
fi
(cd build && ctest --output-on-failure --parallel "$(nproc)" --timeout 300)
# The suite again under AddressSanitizer and UBSan (clang), with every parser of remote input
# under libFuzzer for a bounded time each (the fuzz label).
cmake --preset asan
cmake --build build-asan --parallel "$(nproc)"
ctest --preset asan --parallel "$(nproc)"
