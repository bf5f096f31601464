#!/usr/bin/env bash
# QUALITY.md 31 from outside: no message lost and at most one sent twice when the app dies
# (kill -9) while its outbox worker is sending. Needs a JDK 17, curl and python3 (3.11 or
# older, for its smtpd module). Uses its own embedded database and ports; about 3 minutes.
#   1. The app runs without a mail server: a physiotherapist logs N treatments, each with
#      "Email the link to the patient"; /admin/messages lists N messages "no mail server".
#   2. Restarted with a (slow) SMTP server: after K messages have arrived, kill -9.
#   3. Restarted again: waits until N different patients have their email, then counts
#      what arrived: every message exactly once, or one duplicate for the one being sent.
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${N:-40}; K=${K:-10}
PORT=${PORT:-18280}; SMTP=${SMTP:-18225}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
APP=""; SINK=""
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  [ -n "$SINK" ] && kill "$SINK" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ ! -f target/aftercare-0.1.0-SNAPSHOT.jar ] || [ -n "$(find src -newer target/aftercare-0.1.0-SNAPSHOT.jar -type f | head -1)" ]; then
  ./mvnw -B -q -DskipTests package
fi

# An SMTP server that takes a quarter of a second per message and notes each recipient.
cat > "$WORK/sink.py" <<'PY'
import asyncore, smtpd, sys, time
class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        time.sleep(0.25)
        with open(sys.argv[2], 'a') as out:
            for rcpt in rcpttos:
                out.write(rcpt + '\n')
Sink(('127.0.0.1', int(sys.argv[1])), None)
asyncore.loop()
PY
: > "$WORK/received"
python3 -W ignore "$WORK/sink.py" "$SMTP" "$WORK/received" &
SINK=$!

start() { # extra arguments
  java -Xmx256m -jar target/aftercare-0.1.0-SNAPSHOT.jar --server.port="$PORT" --management.server.port=0 \
    --aftercare.embedded-database.data-directory="$WORK/db" --aftercare.link-secret-file="$WORK/link-secret" \
    --aftercare.public-url="$BASE" --aftercare.outbox.poll=1s --logging.level.root=WARN "$@" >> "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 600); do curl -fs -o /dev/null "$BASE/login" && return 0; sleep 0.5; done
  echo "the app did not start" >&2; tail -20 "$WORK/app.log" >&2; exit 1
}
received() { wc -l < "$WORK/received" | tr -d ' '; }

start
JAR="$WORK/cookies"
csrf() { curl -fs -b "$JAR" -c "$JAR" "$BASE$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
T=$(csrf /setup)
curl -fs -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$T" --data-urlencode clinicName="Bench Clinic" \
  --data-urlencode timeZone=Europe/London --data-urlencode name="Bench Physio" \
  --data-urlencode email=physio@clinic.example --data-urlencode password="a long enough passphrase" "$BASE/setup"
T=$(csrf /login)
curl -fs -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$T" --data-urlencode email=physio@clinic.example \
  --data-urlencode password="a long enough passphrase" "$BASE/login"
NOW=$(TZ=Europe/London date +%Y-%m-%dT%H:%M)
for i in $(seq 1 "$N"); do
  T=$(csrf /patients/new)
  PATIENT=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$T" \
    --data-urlencode firstName="Pat$i" --data-urlencode lastName=Bench --data-urlencode preferredLanguage=en \
    --data-urlencode email="patient$i@home.example" "$BASE/patients")
  T=$(csrf "${PATIENT#$BASE}/treatments/new")
  curl -fs -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$T" --data-urlencode treatedAt="$NOW" \
    --data-urlencode areas=NECK --data-urlencode intensity=LIGHT --data-urlencode emailLink=true \
    "$BASE${PATIENT#$BASE}/treatments"
done
WAITING=$(curl -fs -b "$JAR" "$BASE/admin/messages" | grep -oE 'data-status="(NO_SERVER|QUEUED)"' | wc -l | tr -d ' ')
echo "1. without a mail server: $N treatments logged, /admin/messages lists $WAITING messages waiting (none sent)"
kill "$APP"; wait "$APP" 2>/dev/null || true

start --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP"
for _ in $(seq 1 600); do [ "$(received)" -ge "$K" ] && break; sleep 0.1; done
kill -9 "$APP"; wait "$APP" 2>/dev/null || true
AT_KILL=$(received)
echo "2. with a mail server: kill -9 after $AT_KILL of $N messages had arrived"

start --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP"
for _ in $(seq 1 1200); do [ "$(sort -u "$WORK/received" | wc -l)" -ge "$N" ] && break; sleep 0.1; done
sleep 3 # a duplicate would already be on its way: give it the time to arrive
TOTAL=$(received); UNIQUE=$(sort -u "$WORK/received" | wc -l | tr -d ' ')
DUPLICATES=$((TOTAL - UNIQUE))
echo "3. restarted: $TOTAL messages arrived for $UNIQUE of $N patients ($DUPLICATES sent twice)"
if [ "$UNIQUE" -eq "$N" ] && [ "$DUPLICATES" -le 1 ]; then
  echo "PASS: none lost, at most one duplicate"
else
  echo "FAIL"; exit 1
fi
