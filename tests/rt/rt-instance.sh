#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AgentDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway Request Tracker 5 for the tests: its own SQLite database and configuration in DIR,
# listening on 127.0.0.1:PORT only, stopped by PID. Started again on the same DIR it keeps its data.
# DIR/agent.token holds an auth token of the user "agent".
#
#   rt-instance.sh start DIR PORT   # prints the URL when the REST API answers
#   rt-instance.sh stop DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cmd=${1:?start|stop}
dir=${2:?directory}

if [ "$cmd" = stop ]; then
  if [ -f "$dir/rt.pid" ]; then
    pid=$(cat "$dir/rt.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$dir/rt.pid"
  fi
  exit 0
fi

port=${3:?port}
[ -x /usr/sbin/rt-setup-database-5 ] || { echo "Request Tracker 5 is not installed (installer/install-deps.sh --with-servers)" >&2; exit 3; }
mkdir -p "$dir/site.d" "$dir/mason/sessions"
cat > "$dir/RT_SiteConfig.pm" <<CONF
Set(\$rtname, 'agentdesk.test');
Set(\$Organization, 'agentdesk.test');
Set(\$CorrespondAddress, 'rt@agentdesk.test');
Set(\$CommentAddress, 'rt-comment@agentdesk.test');
# Debian's WebPath is /rt, but rt-server serves at the root.
Set(\$WebPath, '');
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, $port);
Set(\$WebBaseURL, 'http://127.0.0.1:$port');
Set(\$DatabaseType, 'SQLite');
Set(\$DatabaseName, '$dir/rt.sqlite3');
Set(\$MasonDataDir, '$dir/mason');
Set(\$MasonSessionDir, '$dir/mason/sessions');
Set(\$LogToSTDERR, 'warning');
Set(\$LogToFile, undef);
Set(\$LogToSyslog, undef);
Set(\$MailCommand, 'testfile');
Set(\$RestrictReferrer, 0);
1;
CONF
export RT_SITE_CONFIG="$dir/RT_SiteConfig.pm" RT_SITE_CONFIG_DIR="$dir/site.d"

if [ ! -f "$dir/rt.sqlite3" ]; then
  /usr/sbin/rt-setup-database-5 --action init --skip-create > "$dir/setup.log" 2>&1 ||
    /usr/sbin/rt-setup-database-5 --action init > "$dir/setup.log" 2>&1
  AGENTDESK_RT_TOKEN_FILE="$dir/agent.token" \
    /usr/sbin/rt-setup-database-5 --action insert --datafile "$here/initialdata.pl" >> "$dir/setup.log" 2>&1
fi

/usr/share/request-tracker5/libexec/rt-server --server Starlet --max-workers 2 \
  --host 127.0.0.1 --port "$port" > "$dir/server.log" 2>&1 &
echo $! > "$dir/rt.pid"
for _ in $(seq 150); do
  if curl -fs -o /dev/null -u agent:agent-secret-1 "http://127.0.0.1:$port/REST/2.0/queues/all"; then
    echo "http://127.0.0.1:$port"
    exit 0
  fi
  kill -0 "$(cat "$dir/rt.pid")" 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  sleep 0.2
done
echo "Request Tracker did not answer on port $port; see $dir/server.log" >&2
exit 1
