#!/usr/bin/env bash
# QUALITY.md 22: the hot paths against a baseline served by the same app in the same run.
#   baseline      GET /robots.txt (a small static file)
#   patient page  GET /p/{token}
#   preview API   POST /api/v1/plans/preview
#   treatment page, dashboard   GET /treatments/{id} and GET / as the signed-in physiotherapist
#                 (reported, no target)
# Each is measured with `wrk -t2 -c32` (after a warm-up), interleaved over several rounds;
# the report gives requests per second, p99 latency, the ratio to the baseline, the CPU time
# per request of the JVM (JIT compiler threads left out) and of PostgreSQL (medians), and
# checks the targets: patient page >= 50 % of the baseline with p99 < 100 ms, preview >= 80 %.
# Needs: a JDK 17, wrk (apt-get install wrk), curl. Starts its own app on port 18080 with a
# throw-away embedded database, in a 256 MB heap. JAVA_OPTS adds JVM options, APP_ARGS application
# arguments; PROFILE=file.jfr records 20 s of one path alone after the rounds (summary:
# bench/web/jfr-top.py file.jfr): PROFILE_PATH=patient-page (default), treatment-page, dashboard,
# preview-api or baseline.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-18080}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-10s}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
OUT=bench/results/web-$(date -u +%Y%m%dT%H%M%SZ).txt
mkdir -p bench/results

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

if [ ! -f target/aftercare-0.1.0-SNAPSHOT.jar ] || [ -n "$(find src -newer target/aftercare-0.1.0-SNAPSHOT.jar -type f | head -1)" ]; then
  ./mvnw -B -q -DskipTests package
fi

java -Xmx256m ${JAVA_OPTS:-} -jar target/aftercare-0.1.0-SNAPSHOT.jar --server.port="$PORT" \
  --aftercare.embedded-database.data-directory="$WORK/db" --aftercare.link-secret-file="$WORK/link-secret" \
  --management.server.port=0 --aftercare.public-url="$BASE" --aftercare.preview.requests-per-minute=1000000000 --logging.level.root=WARN ${APP_ARGS:-} > "$WORK/app.log" 2>&1 &
APP=$!
stop_app() { # SIGTERM lets the app stop its embedded PostgreSQL; give it up to 30 s
  kill "$APP" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$APP" 2>/dev/null || break; sleep 0.2; done
  rm -rf "$WORK"
}
trap stop_app EXIT
for _ in $(seq 1 600); do curl -fs -o /dev/null "$BASE/login" && break; sleep 0.5; done

# A clinic, a patient and a treatment, through the pages as a physiotherapist would.
JAR="$WORK/cookies"
csrf() { curl -fs -b "$JAR" -c "$JAR" "$BASE$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
T=$(csrf /setup)
curl -fs -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$T" --data-urlencode clinicName="Bench Clinic" \
  --data-urlencode timeZone=Europe/London --data-urlencode name="Bench Physio" \
  --data-urlencode email=bench@clinic.example --data-urlencode password="a long enough passphrase" "$BASE/setup"
T=$(csrf /login)
curl -fs -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$T" --data-urlencode email=bench@clinic.example \
  --data-urlencode password="a long enough passphrase" "$BASE/login"
T=$(csrf /patients/new)
PATIENT=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$T" \
  --data-urlencode firstName=Bench --data-urlencode lastName=Patient --data-urlencode preferredLanguage=en "$BASE/patients")
T=$(csrf "${PATIENT#$BASE}/treatments/new")
NOW=$(TZ=Europe/London date +%Y-%m-%dT%H:%M)
TREATMENT=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$T" \
  --data-urlencode treatedAt="$NOW" --data-urlencode areas=NECK --data-urlencode areas=LOWER_BACK \
  --data-urlencode intensity=STRONG "$BASE${PATIENT#$BASE}/treatments")
LINK=$(curl -fs -b "$JAR" "$TREATMENT" | grep -o "http://127.0.0.1:$PORT/p/[A-Za-z0-9_-]*" | head -1)
[ -n "$LINK" ] || { echo "could not create a patient link" >&2; exit 1; }
curl -fs -o /dev/null "$LINK"
# The physiotherapist's session, for the staff pages (treatment page, dashboard).
SESSION=$(awk '$6 == "AFTERCARE_SESSION" { print $7 }' "$JAR" | tail -1)
[ -n "$SESSION" ] || { echo "no staff session cookie" >&2; exit 1; }
COOKIE="Cookie: AFTERCARE_SESSION=$SESSION"
curl -fs -o /dev/null -H "$COOKIE" "$TREATMENT"

# CPU time (clock ticks) of the app's JVM without its JIT compiler threads, and of the
# embedded PostgreSQL (the server and its backends), read from /proc around each measurement.
TICK_US=$((1000000 / $(getconf CLK_TCK)))
jvm_ticks() {
  local total=0 t
  for t in /proc/"$APP"/task/*; do
    grep -q Compiler "$t/comm" 2>/dev/null && continue
    total=$((total + $(awk '{ print $14 + $15 }' "$t/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
pg_ticks() {
  local server total=0 p
  server=$(pgrep -f -- "-D $WORK/db" | head -1)
  for p in $server $(pgrep -P "${server:-0}"); do
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

measure() { # name, wrk arguments...
  local name=$1; shift
  local jvm0 pg0
  jvm0=$(jvm_ticks); pg0=$(pg_ticks)
  wrk -t2 -c32 -d"$DURATION" --latency "$@" > "$WORK/wrk.out"
  awk -v name="$name" -v jvm=$(( ($(jvm_ticks) - jvm0) * TICK_US )) -v pg=$(( ($(pg_ticks) - pg0) * TICK_US )) '
    /requests in/ { n = $1 }
    /Requests\/sec/ { rps = $2 }
    /^ +99%/ { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    END { printf "%s %s %s %s %.0f %.0f\n", name, rps, p99, (bad == "" ? 0 : bad), jvm / n, pg / n }' "$WORK/wrk.out"
}

# On 2 cores the JIT is still compiling after 5 s per path (the first round then ran about
# 30 % slower than the third): WARMUP per path, 10 s unless set.
echo "warm-up"
wrk -t2 -c32 -d"$WARMUP" "$BASE/robots.txt" >/dev/null
wrk -t2 -c32 -d"$WARMUP" "$LINK" >/dev/null
wrk -t2 -c32 -d"$WARMUP" -s bench/web/preview.lua "$BASE/api/v1/plans/preview" >/dev/null
wrk -t2 -c32 -d"$WARMUP" -H "$COOKIE" "$TREATMENT" >/dev/null
wrk -t2 -c32 -d"$WARMUP" -H "$COOKIE" "$BASE/" >/dev/null

: > "$WORK/rounds"
for round in $(seq 1 "$ROUNDS"); do
  measure baseline "$BASE/robots.txt" >> "$WORK/rounds"
  measure patient-page "$LINK" >> "$WORK/rounds"
  measure preview-api -s bench/web/preview.lua "$BASE/api/v1/plans/preview" >> "$WORK/rounds"
  measure treatment-page -H "$COOKIE" "$TREATMENT" >> "$WORK/rounds"
  measure dashboard -H "$COOKIE" "$BASE/" >> "$WORK/rounds"
done

if [ -n "${PROFILE:-}" ]; then # a JFR profile of one path alone: bench/web/jfr-top.py summarises it
  jcmd "$APP" JFR.start name=profile settings=profile filename="$PROFILE" >/dev/null
  case "${PROFILE_PATH:-patient-page}" in
    patient-page) wrk -t2 -c32 -d20s "$LINK" >/dev/null ;;
    treatment-page) wrk -t2 -c32 -d20s -H "$COOKIE" "$TREATMENT" >/dev/null ;;
    dashboard) wrk -t2 -c32 -d20s -H "$COOKIE" "$BASE/" >/dev/null ;;
    preview-api) wrk -t2 -c32 -d20s -s bench/web/preview.lua "$BASE/api/v1/plans/preview" >/dev/null ;;
    baseline) wrk -t2 -c32 -d20s "$BASE/robots.txt" >/dev/null ;;
    *) echo "PROFILE_PATH: patient-page, treatment-page, dashboard, preview-api or baseline" >&2 ;;
  esac
  jcmd "$APP" JFR.stop name=profile >/dev/null
fi

cp "$WORK/rounds" "${OUT%.txt}-rounds.txt"
python3 - "$WORK/rounds" <<'PY' | tee "$OUT"
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def ms(text):
    unit = text.lstrip('0123456789.')
    value = float(text[:len(text) - len(unit)])
    return value * {'us': 0.001, 'ms': 1, 's': 1000}[unit]
by = {}
cpu = {}
for name, rps, p99, bad, jvm, pg in rows:
    by.setdefault(name, []).append((float(rps), ms(p99), int(bad)))
    cpu.setdefault(name, []).append((int(jvm), int(pg)))
base = statistics.median(r for r, _, _ in by['baseline'])
print(f"{'what':14} {'req/s (median)':>15} {'p99 ms (worst)':>15} {'non-2xx':>8} {'vs baseline':>12}"
      f" {'JVM µs/req':>11} {'PG µs/req':>10}")
ok = True
for name, target in (('baseline', None), ('patient-page', 0.5), ('preview-api', 0.8), ('treatment-page', None),
                     ('dashboard', None)):
    rps = statistics.median(r for r, _, _ in by[name])
    p99 = max(p for _, p, _ in by[name])
    bad = sum(b for _, _, b in by[name])
    ratio = rps / base
    verdict = ''
    if target is not None:
        passed = ratio >= target and bad == 0 and (name != 'patient-page' or p99 < 100)
        ok &= passed
        verdict = ('PASS' if passed else 'FAIL') + f' (target {target:.0%}' + (', p99 < 100 ms)' if name == 'patient-page' else ')')
    jvm = statistics.median(j for j, _ in cpu[name])
    pg = statistics.median(p for _, p in cpu[name])
    print(f"{name:14} {rps:15.0f} {p99:15.1f} {bad:8d} {ratio:11.0%} {jvm:12.0f} {pg:10.0f}  {verdict}")
print('all targets met' if ok else 'some targets missed')
PY
