#!/usr/bin/env bash
# QUALITY.md 24: start-up to first response with the embedded database, in a 256 MB heap.
# Starts the jar twice on a throw-away data directory: first on an empty one (PostgreSQL's
# initdb and every migration included), then again on the database the first start left
# (an ordinary restart). Each time reports the seconds from launching java to the first
# answer of GET /login, and what the JVM reported as its own start-up time. Target: < 10 s.
# Needs: a JDK 17, curl. Port 18090 unless PORT is set.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-18090}
WORK=$(mktemp -d)
OUT=bench/results/startup-$(date -u +%Y%m%dT%H%M%SZ).txt
mkdir -p bench/results

if [ ! -f target/aftercare-0.1.0-SNAPSHOT.jar ] || [ -n "$(find src -newer target/aftercare-0.1.0-SNAPSHOT.jar -type f | head -1)" ]; then
  ./mvnw -B -q -DskipTests package
fi

APP=
stop_app() { # SIGTERM lets the app stop its embedded PostgreSQL
  [ -n "$APP" ] || return 0
  kill "$APP" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$APP" 2>/dev/null || break; sleep 0.2; done
  APP=
}
trap 'stop_app; rm -rf "$WORK"' EXIT

start() { # label
  local started ended
  started=$(date +%s.%N)
  java -Xmx256m -jar target/aftercare-0.1.0-SNAPSHOT.jar --server.port="$PORT" --management.server.port=0 \
    --aftercare.embedded-database.data-directory="$WORK/db" --aftercare.link-secret-file="$WORK/link-secret" \
    > "$WORK/app-$1.log" 2>&1 &
  APP=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; do
    kill -0 "$APP" 2>/dev/null || { echo "the app stopped: see $WORK/app-$1.log" >&2; cat "$WORK/app-$1.log" >&2; exit 1; }
    sleep 0.1
  done
  ended=$(date +%s.%N)
  printf '%-34s %6.1f s to the first response (%s)\n' "$1" "$(echo "$ended - $started" | bc)" \
    "$(grep -o 'Started AftercareApplication in [0-9.]* seconds' "$WORK/app-$1.log" | sed 's/Started AftercareApplication in/JVM says/')"
  stop_app
}

{
  echo "load: $(uptime | sed 's/.*load average: //')"
  start "first start (new database)"
  start "restart (existing database)"
} | tee "$OUT"
