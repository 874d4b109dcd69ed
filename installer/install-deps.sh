#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AgentDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages AgentDesk needs to build, run and test.
#   install-deps.sh             build and run
#   install-deps.sh --with-servers   also the servers the backend tests run against, on loopback:
#                                    Request Tracker 5, prosody (XMPP), PulseAudio (a silent
#                                    sound device for playback tests), dbus-daemon (a private
#                                    session bus for the notification tests), and clang with
#                                    its sanitizer and libFuzzer runtimes (the asan preset)
# Idempotent: skips apt entirely when everything is already present.
set -euo pipefail
with_rt=0
case "${1:-}" in --with-servers | --with-rt) with_rt=1 ;; esac

packages=(
  build-essential cmake ninja-build pkg-config clang-format git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-webengine-dev qt6-multimedia-dev qt6-websockets-dev qt6-charts-dev
  qt6-svg-dev libqt6svg6 qt6-image-formats-plugins qt6-qpa-plugins qt6-translations-l10n
  libcurl4-openssl-dev libsqlite3-dev sqlite3 qtkeychain-qt6-dev
  xvfb xauth libgl1-mesa-dri fonts-noto-cjk fonts-dejavu-core
  libavcodec-dev libavformat-dev libswscale-dev
)
if [ "$with_rt" = 1 ]; then
  packages+=(request-tracker5 rt5-db-sqlite rt5-standalone curl prosody lua-unbound lua-sec openssl
             pulseaudio clang libclang-rt-14-dev dbus-daemon)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
if [ "$with_rt" = 1 ]; then
  # Answer RT's questions up front (SQLite, no prompts). The tests run their own RT instances
  # from tests/rt with their own databases; this system instance is never started.
  $SUDO debconf-set-selections <<'SEED'
request-tracker5 request-tracker5/install-db boolean true
request-tracker5 request-tracker5/dbconfig-install boolean true
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/initial-root-password password agentdesk-unused-root
request-tracker5 request-tracker5/rtname string agentdesk.test
request-tracker5 request-tracker5/correspondaddress string rt@agentdesk.test
request-tracker5 request-tracker5/commentaddress string rt-comment@agentdesk.test
request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1:8080
request-tracker5 request-tracker5/organization string agentdesk.test
SEED
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
