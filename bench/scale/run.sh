#!/usr/bin/env bash
# QUALITY.md 23: with 100,000 patients and 1,000,000 treatments in one clinic, patient search,
# the dashboard and a treatment page each stay under 50 ms median.
# QUALITY.md 24: start-up to first response under 10 s with the embedded database, in a 256 MB heap.
# Starts the app on port 18081 with a throw-away embedded database, loads the data with SQL
# (psql client needed: apt-get install postgresql-client), then times each page with curl
# (median and p90 of REQUESTS requests after a warm-up). PATIENTS and TREATMENTS can be lowered
# for a quick run.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-18081}
DB_PORT=${DB_PORT:-15433}
PATIENTS=${PATIENTS:-100000}
TREATMENTS=${TREATMENTS:-1000000}
REQUESTS=${REQUESTS:-30}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
OUT=bench/results/scale-$(date -u +%Y%m%dT%H%M%SZ).txt
mkdir -p bench/results

command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 1; }
if [ ! -f target/aftercare-0.1.0-SNAPSHOT.jar ] || [ -n "$(find src -newer target/aftercare-0.1.0-SNAPSHOT.jar -type f | head -1)" ]; then
  ./mvnw -B -q -DskipTests package
fi

START=$(date +%s.%N)
java -Xmx256m -jar target/aftercare-0.1.0-SNAPSHOT.jar --server.port="$PORT" \
  --aftercare.embedded-database.data-directory="$WORK/db" --aftercare.embedded-database.port="$DB_PORT" \
  --aftercare.link-secret-file="$WORK/link-secret" --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
APP=$!
stop_app() { # SIGTERM lets the app stop its embedded PostgreSQL; give it up to 30 s
  kill "$APP" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$APP" 2>/dev/null || break; sleep 0.2; done
  rm -rf "$WORK"
}
trap stop_app EXIT
until curl -fs -o /dev/null "$BASE/login"; do sleep 0.1; done
UP=$(python3 -c "import sys; print(round(float(sys.argv[2]) - float(sys.argv[1]), 1))" "$START" "$(date +%s.%N)")

JAR="$WORK/cookies"
csrf() { curl -fs -b "$JAR" -c "$JAR" "$BASE$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
T=$(csrf /setup)
curl -fs -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$T" --data-urlencode clinicName="Scale Clinic" \
  --data-urlencode timeZone=Europe/London --data-urlencode name="Scale Physio" \
  --data-urlencode email=scale@clinic.example --data-urlencode password="a long enough passphrase" "$BASE/setup"

echo "loading $PATIENTS patients and $TREATMENTS treatments"
LOAD_START=$(date +%s)
psql -q -v ON_ERROR_STOP=1 "postgresql://postgres@127.0.0.1:$DB_PORT/aftercare" <<SQL
insert into patient (clinic_id, first_name, last_name, search_first_name, search_last_name, preferred_language,
                     created_at, updated_at)
select 1, 'First' || n, 'Garcia' || n, 'first' || n, 'garcia' || n, 'en', now(), now() - n * interval '1 second'
from generate_series(1, $PATIENTS) n;
insert into treatment (clinic_id, patient_id, physio_id, treated_at, areas, intensity, sensitive_area, rule_set,
                       created_at, updated_at)
select 1, 1 + (n % $PATIENTS), 1, now() - (n % (3 * 365 * 24)) * interval '1 hour', 'LOWER_BACK:LEFT', 'MODERATE',
       false, '2026.1', now(), now()
from generate_series(1, $TREATMENTS) n;
insert into symptom_report (clinic_id, treatment_id, reported_at, source, symptoms, soreness, alert_level)
select 1, t.id, t.treated_at + interval '30 hours', 'PATIENT', 'DIZZINESS', 5, 'RED_FLAG'
from treatment t where t.id % 1000 = 0;
analyze;
SQL
LOAD=$(( $(date +%s) - LOAD_START ))

T=$(csrf /login)
curl -fs -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$T" --data-urlencode email=scale@clinic.example \
  --data-urlencode password="a long enough passphrase" "$BASE/login"

TREATMENT_ID=$(( TREATMENTS / 2 ))
PATIENT_ID=$(( PATIENTS / 2 ))
time_page() { # name, path
  for _ in 1 2 3 4 5; do curl -fs -b "$JAR" -o /dev/null "$BASE$2"; done
  for _ in $(seq 1 "$REQUESTS"); do
    curl -fs -b "$JAR" -o /dev/null -w '%{time_total}\n' "$BASE$2"
  done | sort -n | awk -v name="$1" '{ t[NR] = $1 * 1000 } END {
    median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "%-26s median %7.1f ms   p90 %7.1f ms   %s\n", name, median, t[int(NR * 0.9)], (median < 50 ? "PASS" : "FAIL") }'
}

{
  echo "start-up to first response: ${UP}s (target < 10 s, heap 256 MB)"
  echo "data: $PATIENTS patients, $TREATMENTS treatments, loaded in ${LOAD}s"
  time_page "patient search ?q=garcia5" "/patients?q=garcia5"
  time_page "patient search ?q=first 9" "/patients?q=first%209"
  time_page "patient list, last page" "/patients?page=4999"
  time_page "dashboard" "/"
  time_page "treatment page" "/treatments/$TREATMENT_ID"
  time_page "patient page" "/patients/$PATIENT_ID"
} | tee "$OUT"
