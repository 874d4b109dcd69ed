#!/usr/bin/env bash
# Installs the Debian 12 packages AgentDesk needs to build, run and test.
# Idempotent: skips apt entirely when everything is already present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang-format git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-webengine-dev qt6-multimedia-dev qt6-websockets-dev qt6-charts-dev
  qt6-svg-dev libqt6svg6 qt6-image-formats-plugins qt6-qpa-plugins
  libcurl4-openssl-dev libsqlite3-dev sqlite3
  xvfb xauth libgl1-mesa-dri fonts-noto-cjk fonts-dejavu-core
  libavcodec-dev libavformat-dev libswscale-dev
)

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
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
