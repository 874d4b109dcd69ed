#!/usr/bin/env bash
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

if [ "$mode" = test ]; then bash installer/install-deps.sh --with-servers; else bash installer/install-deps.sh; fi
cmake --preset default -DAGENTDESK_BUILD_TESTS=$([ "$mode" = test ] && echo ON || echo OFF)
cmake --build build --parallel "$(nproc)"

if [ "$mode" = run ]; then
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
