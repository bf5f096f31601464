#!/usr/bin/env bash
# Two real Aftercare processes on one PostgreSQL, behind nothing (issue 12, QUALITY 30).
# Starts a throw-away PostgreSQL from this machine's binaries (apt-get install -y postgresql),
# builds the jar unless it exists, starts instances A and B on it, alternates requests
# between them and prints what it checked. Needs curl.
set -euo pipefail
cd "$(dirname "$0")/../.."

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$PG_BIN/initdb" ] || { echo "No PostgreSQL binaries: apt-get install -y postgresql (or set PG_BIN)"; exit 2; }
JAR=$(ls target/aftercare-*.jar 2>/dev/null | head -1 || true)
[ -n "$JAR" ] || { ./mvnw -q package -DskipTests; JAR=$(ls target/aftercare-*.jar | head -1); }

WORK=$(mktemp -d)
PG_PORT=${PG_PORT:-25432}; A=${A_PORT:-18080}; B=${B_PORT:-18090}
SECRET="bench-instances-secret-$(date +%s)-0123456789abcdef"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -f "$WORK/pg/postmaster.pid" ] && as_pg "'$PG_BIN/pg_ctl' -D '$WORK/pg' -m fast stop >/dev/null 2>&1" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$WORK"; fi

as_pg "'$PG_BIN/initdb' -D '$WORK/pg' -U aftercare -A trust >/dev/null"
as_pg "'$PG_BIN/pg_ctl' -D '$WORK/pg' -o '-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1' -l '$WORK/pg.log' -w start >/dev/null"
as_pg "'$PG_BIN/createdb' -h 127.0.0.1 -p $PG_PORT -U aftercare aftercare"

start() { # name port management-port secret
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/aftercare SPRING_DATASOURCE_USERNAME=aftercare \
  SPRING_DATASOURCE_PASSWORD=unused AFTERCARE_LINK_SECRET=$4 AFTERCARE_PUBLIC_URL=http://localhost:$2 \
  SERVER_PORT=$2 MANAGEMENT_SERVER_PORT=$3 java -Xmx256m -jar "$JAR" >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
wait_ready() { for _ in $(seq 1 120); do curl -sf "http://localhost:$1/readyz" >/dev/null && return 0; sleep 1; done; echo "instance on $1 did not start"; exit 1; }

start A $A $((A + 1)) "$SECRET"; wait_ready $A
start B $B $((B + 1)) "$SECRET"; wait_ready $B
echo "A on :$A and B on :$B share PostgreSQL on :$PG_PORT"

ok() { echo "  ok    $1"; }
fail() { echo "  FAIL  $1"; FAILED=1; }
FAILED=0
csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

# the clinic, set up through A
J=$WORK/admin.jar
TOKEN=$(curl -s -c "$J" -b "$J" "http://localhost:$A/setup" | csrf)
curl -s -o /dev/null -c "$J" -b "$J" "http://localhost:$A/setup" --data-urlencode "_csrf=$TOKEN" \
  --data-urlencode clinicName="Bench Physio" --data-urlencode timeZone=Europe/London --data-urlencode name=Owner \
  --data-urlencode email=owner@bench.example --data-urlencode "password=correct horse battery"

# a session made on A is accepted by B
J=$WORK/login.jar
TOKEN=$(curl -s -c "$J" -b "$J" "http://localhost:$A/login" | csrf)
curl -s -o /dev/null -c "$J" -b "$J" "http://localhost:$A/login" --data-urlencode "_csrf=$TOKEN" \
  --data-urlencode email=owner@bench.example --data-urlencode "password=correct horse battery"
[ "$(status -b "$J" "http://localhost:$B/patients")" = 200 ] && ok "a session from A is accepted by B" || fail "a session from A on B"
[ "$(status -b "$J" "http://localhost:$A/patients")" = 200 ] && ok "and still by A" || fail "the session on A"

# login failures alternate between A and B; the sixth is refused on both
for i in 1 2 3 4 5; do
  P=$([ $((i % 2)) = 1 ] && echo $A || echo $B); G=$WORK/guess$i
  T=$(curl -s -c "$G" -b "$G" "http://localhost:$P/login" | csrf)
  curl -s -o /dev/null -c "$G" -b "$G" "http://localhost:$P/login" --data-urlencode "_csrf=$T" \
    --data-urlencode email=owner@bench.example --data-urlencode password="guess $i"
done
G=$WORK/guess6; T=$(curl -s -c "$G" -b "$G" "http://localhost:$B/login" | csrf)
CODE=$(status -c "$G" -b "$G" "http://localhost:$B/login" --data-urlencode "_csrf=$T" \
  --data-urlencode email=owner@bench.example --data-urlencode password="guess 6")
[ "$CODE" = 429 ] && ok "5 failed logins alternating A/B, the 6th answered 429 (one count for both)" || fail "login throttle across instances: $CODE"

# link misses alternate; the 31st is refused
for i in $(seq 1 30); do
  P=$([ $((i % 2)) = 1 ] && echo $A || echo $B)
  curl -s -o /dev/null "http://localhost:$P/p/$(printf 'x%.0s' $(seq 1 41))$(printf '%02d' "$i")"
done
CODE=$(status "http://localhost:$A/p/$(printf 'y%.0s' $(seq 1 43))")
[ "$CODE" = 429 ] && ok "30 link misses alternating A/B, the 31st answered 429" || fail "link throttle across instances: $CODE"

# another link secret refuses to start
start C $((B + 10)) $((B + 11)) "another-secret-of-at-least-thirty-two-characters"
C_PID=${PIDS[-1]}
for _ in $(seq 1 120); do kill -0 "$C_PID" 2>/dev/null || break; sleep 1; done
if ! kill -0 "$C_PID" 2>/dev/null && grep -q "link-secret" "$WORK/C.log"; then
  ok "an instance with another link secret refuses to start: $(grep -m1 -o 'This instance.s patient-link secret.*first used with' "$WORK/C.log")"
else fail "an instance with another secret started"; fi

echo "Disabling on one instance ending the session on the other, a link made on one opening on the other and"
echo "one form sent to both making one record are checked by TwoInstancesTest (two servers, one PostgreSQL)."
exit $FAILED
