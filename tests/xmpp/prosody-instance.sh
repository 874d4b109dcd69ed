#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AgentDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway prosody for the XMPP tests: its own configuration, certificate and data in DIR,
# c2s and HTTP (WebSocket on /xmpp-websocket, file share) on 127.0.0.1 only, no s2s, stopped by PID.
#
#   prosody-instance.sh start DIR C2S_PORT HTTP_PORT USER:PASSWORD...   # prints the WebSocket URL
#   prosody-instance.sh stop DIR
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?directory}

if [ "$cmd" = stop ]; then
  if [ -f "$dir/prosody.pid.shell" ]; then
    pid=$(cat "$dir/prosody.pid.shell")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$dir/prosody.pid.shell"
  fi
  exit 0
fi

c2s=${3:?c2s port}
http=${4:?http port}
shift 4
command -v prosody >/dev/null || { echo "prosody is not installed (installer/install-deps.sh --with-servers)" >&2; exit 3; }
mkdir -p "$dir/data" "$dir/certs"
if [ ! -f "$dir/certs/localhost.crt" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
    -keyout "$dir/certs/localhost.key" -out "$dir/certs/localhost.crt" 2>/dev/null
fi
cat > "$dir/prosody.cfg.lua" <<CONF
run_as_root = true
pidfile = "$dir/prosody.pid"
data_path = "$dir/data"
certificates = "$dir/certs"
log = { { levels = { min = "info" }, to = "file", filename = "$dir/prosody.log" } }
interfaces = { "127.0.0.1" }
c2s_ports = { $c2s }
c2s_interfaces = { "127.0.0.1" }
s2s_ports = { }
http_ports = { $http }
http_interfaces = { "127.0.0.1" }
https_ports = { }
modules_enabled = { "roster", "saslauth", "tls", "disco", "ping", "time", "version", "private", "vcard4",
  "mam", "smacks", "carbons", "websocket", "http", "blocklist", "pep" }
-- No offline store: messages missed while away must come from the archive (MAM catch-up).
modules_disabled = { "s2s", "offline" }
authentication = "internal_hashed"
storage = "internal"
archive_expires_after = "never"
default_archive_policy = true
consider_websocket_secure = true -- loopback only
-- Above the client's own limit (256 KiB), so that the tests can send it a stanza it must refuse.
c2s_stanza_size_limit = 1024 * 1024
smacks_hibernation_time = 120
VirtualHost "localhost"
Component "upload.localhost" "http_file_share"
  http_file_share_size_limit = 16 * 1024 * 1024
  http_host = "127.0.0.1"
  http_external_url = "http://127.0.0.1:$http/"
CONF
export PROSODY_CONFIG="$dir/prosody.cfg.lua"
for account in "$@"; do
  user=${account%%:*}; password=${account#*:}
  prosodyctl --config "$dir/prosody.cfg.lua" register "$user" localhost "$password" </dev/null >> "$dir/setup.log" 2>&1
done
prosody -F --config "$dir/prosody.cfg.lua" </dev/null >> "$dir/server.out" 2>&1 &
echo $! > "$dir/prosody.pid.shell"
for _ in $(seq 100); do
  if curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$http/xmpp-websocket"; then
    echo "ws://127.0.0.1:$http/xmpp-websocket"
    exit 0
  fi
  kill -0 "$(cat "$dir/prosody.pid.shell")" 2>/dev/null || { cat "$dir/server.out" "$dir/prosody.log" >&2; exit 1; }
  sleep 0.1
done
echo "prosody did not answer on port $http; see $dir/prosody.log" >&2
exit 1
