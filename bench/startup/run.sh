#!/usr/bin/env bash
# QUALITY.md 24: start-up to first response with the embedded database, in a 256 MB heap.
# Starts the jar twice on a throw-away data directory: first on an empty one (PostgreSQL's
# initdb and every migration included), then again on the database the first start left
# (an ordinary restart). Each time reports the seconds from launching java to the first
# answer of GET /login, and what the JVM reported as its own start-up time. Target: < 10 s.
# Then the same restart the way Spring Boot documents Class Data Sharing: the jar extracted
# (java -Djarmode=tools -jar ... extract), one training run that writes the archive
# (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh, on a throw-away database of its
# own), and the restart with -XX:SharedArchiveFile (third line; CDS=false leaves it out).
# Needs: a JDK 17, curl. Port 18090 unless PORT is set. JAVA_OPTS adds JVM options.
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

start() { # label [jar [JVM options...]]
  local label=$1 jar=${2:-target/aftercare-0.1.0-SNAPSHOT.jar} started ended
  shift $(( $# < 2 ? $# : 2 ))
  started=$(date +%s.%N)
  # shellcheck disable=SC2086
  java -Xmx256m ${JAVA_OPTS:-} "$@" -jar "$jar" --server.port="$PORT" --management.server.port=0 \
    --aftercare.embedded-database.data-directory="$WORK/db" --aftercare.link-secret-file="$WORK/link-secret" \
    > "$WORK/app-$label.log" 2>&1 &
  APP=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; do
    kill -0 "$APP" 2>/dev/null || { echo "the app stopped: see $WORK/app-$label.log" >&2; cat "$WORK/app-$label.log" >&2; exit 1; }
    sleep 0.1
  done
  ended=$(date +%s.%N)
  # the JVM's own figure comes with "Started", once the context is refreshed (the first answer
  # may come a little earlier: Tomcat listens before the deferred repositories are initialized)
  until grep -q 'Started AftercareApplication in' "$WORK/app-$label.log"; do
    kill -0 "$APP" 2>/dev/null || { echo "the app stopped: see $WORK/app-$label.log" >&2; cat "$WORK/app-$label.log" >&2; exit 1; }
    sleep 0.1
  done
  printf '%-34s %6.1f s to the first response (%s)\n' "$label" "$(echo "$ended - $started" | bc)" \
    "$(grep -o 'Started AftercareApplication in [0-9.]* seconds' "$WORK/app-$label.log" | sed 's/Started AftercareApplication in/JVM says/')"
  stop_app
}

cds_archive() { # extracts the jar into $WORK/cds and writes its class archive there
  java -Djarmode=tools -jar target/aftercare-0.1.0-SNAPSHOT.jar extract --destination "$WORK/cds" > /dev/null
  # shellcheck disable=SC2086
  java -Xmx256m ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$WORK/cds/aftercare.jsa" -Dspring.context.exit=onRefresh \
    -jar "$WORK/cds/aftercare-0.1.0-SNAPSHOT.jar" --server.port=0 --management.server.port=0 \
    --aftercare.embedded-database.data-directory="$WORK/cds-training/db" \
    --aftercare.link-secret-file="$WORK/cds-training/link-secret" > "$WORK/cds-training.log" 2>&1 \
    || { echo "the CDS training run failed: see $WORK/cds-training.log" >&2; cat "$WORK/cds-training.log" >&2; exit 1; }
  # spring.context.exit=onRefresh halts the JVM without its shutdown hooks, as kill -9 would:
  # the training's PostgreSQL is left running, so stop it (fast shutdown)
  local pidfile="$WORK/cds-training/db/postmaster.pid"
  if [ -f "$pidfile" ]; then
    kill -INT "$(head -1 "$pidfile")" 2>/dev/null || true
    for _ in $(seq 1 100); do [ -f "$pidfile" ] || break; sleep 0.1; done
  fi
}

{
  echo "load: $(uptime | sed 's/.*load average: //')"
  start "first start (new database)"
  start "restart (existing database)"
  if [ "${CDS:-true}" = true ]; then
    cds_archive
    start "restart, CDS (extracted jar)" "$WORK/cds/aftercare-0.1.0-SNAPSHOT.jar" -XX:SharedArchiveFile="$WORK/cds/aftercare.jsa"
  fi
  echo "load at the end: $(uptime | sed 's/.*load average: //')"
} | tee "$OUT"
