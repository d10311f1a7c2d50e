#!/usr/bin/env bash
# Phishing-simulation figures (issue 5, "Performance"), in one run on this machine:
#   1. sending a COUNT-recipient campaign (default 100 000) through the real dispatcher
#      to a loopback SMTP sink (postfix's smtp-sink), side by side with postfix's
#      smtp-source feeding the same sink at the same concurrency, one message per
#      connection like Vigie;
#   2. the results of that campaign: the funnel by segments and a page of people,
#      timed in process, then GET /api/v1/campaigns/{id}/results under wrk;
#   3. tracking hits recorded durably (GET /p/{token}/i.gif: lookup, event, counter)
#      under wrk, side by side with nginx serving the same 43-byte image.
#
#   bash bench/campaign_bench.sh          # about 6 minutes for 100 000
#
# smtp-sink and smtp-source come from Debian's postfix package, which conflicts with
# the exim the tests use: the script downloads the .deb with apt-get and unpacks it in
# its temporary directory without installing it. Everything listens on 127.0.0.1.
# Environment: BENCH_COUNT (100000), BENCH_THREADS (sender threads, 4), BENCH_DURATION
# (wrk seconds, 10), BUILD_DIR (build), BENCH_KEEP=1 to keep the temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${BENCH_COUNT:-100000}
SENDERS=${BENCH_THREADS:-4}
DURATION=${BENCH_DURATION:-10}
BUILD_DIR=${BUILD_DIR:-build}
UA='Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'
log() { echo "bench: $*" >&2; }
die() { echo "bench: ERROR: $*" >&2; exit 1; }
for tool in wrk curl python3 cmake apt-get dpkg; do command -v "$tool" >/dev/null || die "missing $tool (bash scripts/install-deps.sh)"; done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || die "missing nginx (bash scripts/install-deps.sh)"

cmake --build "$BUILD_DIR" -j2 --target vigie vigie_campaign_send_bench >/dev/null
WORK=$(mktemp -d /tmp/vigie-campaign-bench.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  local rc=$?
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  if [ "${BENCH_KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
  exit "$rc"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { for _ in $(seq 200); do curl -s -o /dev/null --max-time 1 "$1" && return 0; sleep 0.05; done; return 1; }
cp "$BUILD_DIR/vigie" "$WORK/vigie"
cp "$BUILD_DIR/bench/vigie_campaign_send_bench" "$WORK/send_bench"

# --- postfix's tools, unpacked, not installed ---------------------------------------
(cd "$WORK" && apt-get download postfix >/dev/null 2>&1) || die "apt-get download postfix failed"
dpkg -x "$WORK"/postfix_*.deb "$WORK/postfix"
export LD_LIBRARY_PATH="$WORK/postfix/usr/lib/postfix"
SINK_PORT=$(free_port)
"$WORK/postfix/usr/sbin/smtp-sink" -u nobody "127.0.0.1:$SINK_PORT" 1024 >"$WORK/sink.log" 2>&1 &
PIDS+=($!)
sleep 0.5

# --- 1. sending ---------------------------------------------------------------------
"$WORK/vigie" demo --data-dir "$WORK/data" >/dev/null
log "sending $COUNT messages with $SENDERS sender threads"
SEND_JSON=$("$WORK/send_bench" "$WORK/data" "$SINK_PORT" "$COUNT" "$SENDERS")
log "$SEND_JSON"
SIZE=$(python3 -c 'print(3000)')
log "smtp-source: $COUNT messages, $SENDERS sessions"
START=$(date +%s.%N)
"$WORK/postfix/usr/sbin/smtp-source" -s "$SENDERS" -m "$COUNT" -l "$SIZE" -f retours@bench.example \
  -t agent@bench.example "127.0.0.1:$SINK_PORT" 2>>"$WORK/source.log"
SOURCE_S=$(python3 -c "import time; print(round(time.time() - $START, 2))")

# --- 2 and 3. results and tracking under wrk ------------------------------------------
PORT=$(free_port)
"$WORK/vigie" serve --data-dir "$WORK/data" --listen "127.0.0.1:$PORT" --no-jobs >"$WORK/serve.log" 2>&1 &
PIDS+=($!)
wait_http "http://127.0.0.1:$PORT/healthz" || die "vigie serve did not start"
TOKEN=$(python3 - "$WORK/data/secret.key" "$SEND_JSON" <<'PY'
import base64, hashlib, hmac, json, sys
key = base64.urlsafe_b64decode(open(sys.argv[1]).read().strip() + "==")
target = json.loads(sys.argv[2])["target_id"]
mac = hmac.new(key, ("vigie/campaign-token/v1:" + target).encode(), hashlib.sha256).digest()[:18]
print(base64.urlsafe_b64encode(mac).decode())
PY
)
CAMPAIGN=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['campaign_id'])" "$SEND_JSON")
JAR="$WORK/cookies"
CSRF=$(curl -s -c "$JAR" "http://127.0.0.1:$PORT/connexion" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$CSRF" --data-urlencode "email=direction@tilleuls.example" \
  --data-urlencode 'password=Vigie-demo-2026!' "http://127.0.0.1:$PORT/connexion"
SESSION=$(awk '$6 == "vigie_session" {print $7}' "$JAR")
[ -n "$SESSION" ] || die "could not sign in"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "User-Agent: $UA" "http://127.0.0.1:$PORT/p/$TOKEN/i.gif")
[ "$code" = 200 ] || die "tracking image answered $code"

mkdir -p "$WORK/www"
python3 -c "import base64,sys; open(sys.argv[1],'wb').write(base64.b64decode('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'))" "$WORK/www/i.gif"
NGINX_PORT=$(free_port)
cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; keepalive_requests 1000000;
  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;
  uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www;
    location / { add_header Cache-Control no-store; } } }
CONF
mkdir -p "$WORK/tmp"
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" &
PIDS+=($!)
wait_http "http://127.0.0.1:$NGINX_PORT/i.gif" || die "nginx did not start"

run_wrk() {  # run_wrk NAME CONNECTIONS URL [HEADER]
  local name=$1 conns=$2 url=$3 header=${4:-}
  wrk -t2 -c"$conns" -d2s -H "User-Agent: $UA" ${header:+-H "$header"} "$url" >/dev/null
  wrk -t2 -c"$conns" -d"${DURATION}s" --latency -H "User-Agent: $UA" ${header:+-H "$header"} "$url" >"$WORK/$name.wrk"
  python3 - "$name" "$WORK/$name.wrk" <<'PY'
import re, sys
name, text = sys.argv[1], open(sys.argv[2]).read()
rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
dist = text[text.index("Latency Distribution"):]
p50 = re.search(r"50%\s+(\S+)", dist).group(1)
p99 = re.search(r"99%\s+(\S+)", dist).group(1)
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: (.*)", text)
print(f"| {name} | {float(rps):,.0f} | {p50} | {p99} | {bad.group(1) if bad else 0} | {errors.group(1) if errors else 'none'} |")
PY
}
EVENTS_BEFORE=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from awareness_events').fetchone()[0])" "$WORK/data/vigie.db")
echo
echo "## Campaign benchmark ($(date -u +%Y-%m-%d), $(nproc) CPUs, COUNT=$COUNT)"
echo
python3 - "$SEND_JSON" "$SOURCE_S" "$COUNT" <<'PY'
import json, sys
r, source_s, count = json.loads(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
print("| sending | messages | seconds | messages/s |")
print("|---|---:|---:|---:|")
print(f"| Vigie dispatcher, {r['threads']} threads, one SMTP session per message | {r['sent']:,} | {r['send_ms']/1000:.1f} | {r['per_second']:,.0f} |")
print(f"| smtp-source, {r['threads']} sessions, same sink, 3 kB messages | {count:,} | {source_s:.1f} | {count/source_s:,.0f} |")
print()
print(f"Launch (targets copied and planned): {r['launch_ms']:.0f} ms; results (funnel by group, site, department, "
      f"timeline, repeat clickers): {r['results_ms']:.1f} ms; one page of 50 people: {r['people_page_ms']:.1f} ms "
      f"(in process, best of 5).")
print()
PY
echo "| HTTP under wrk | req/s | p50 | p99 | non-2xx | socket errors |"
echo "|---|---:|---:|---:|---:|---|"
run_wrk "tracking hit (vigie, durable)" 32 "http://127.0.0.1:$PORT/p/$TOKEN/i.gif"
run_wrk "static image (nginx)" 32 "http://127.0.0.1:$NGINX_PORT/i.gif"
run_wrk "results API at $COUNT recipients" 4 "http://127.0.0.1:$PORT/api/v1/campaigns/$CAMPAIGN/results" "Cookie: vigie_session=$SESSION"
EVENTS_AFTER=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from awareness_events').fetchone()[0])" "$WORK/data/vigie.db")
echo
echo "Tracking events stored during the runs: $((EVENTS_AFTER - EVENTS_BEFORE)) (every hit is one row and one counter update, committed)."
