#!/usr/bin/env bash
# HTTP throughput and tail latency of `vigie serve`, against nginx serving static files
# as the ceiling, in one run on the same machine (docs/performance.md).
#
#   bash bench/http_bench.sh
#
# Starts, on 127.0.0.1 only and in a temporary directory removed at the end:
#   - `vigie demo` + `vigie serve` on a fresh SQLite data directory;
#   - nginx (Debian nginx-light) with its own minimal configuration: 1 worker, no
#     access log, serving two static files: one the size of /healthz's body and a copy
#     of the dashboard page as served to the demo account.
# Signs in as direction@tilleuls.example with curl, then runs
# `wrk -t2 -c64 -d10s --latency` against each target (3 rounds, interleaved), and
# prints requests/s, p99 latency (medians over the rounds), the vigie/nginx ratios,
# the server's CPU time per response, the CPU other processes used meanwhile, and the
# idle RSS of vigie serve after start and after the load. Aborts when errors make the
# figures meaningless (the session cookie refused, a target that does not answer 200).
#
# Environment (all optional):
#   BENCH_DURATION   seconds per measured run (default 10)
#   BENCH_WARMUP     seconds of warm-up before each measured run (default 2; 0 = none)
#   BENCH_ROUNDS     rounds over the four targets (default 3); figures are medians
#   BENCH_THREADS    wrk threads (default 2)
#   BENCH_CONNECTIONS wrk connections (default 64)
#   BUILD_DIR        CMake build directory (default build)
#   VIGIE_BIN        use this binary instead of building $BUILD_DIR/vigie
#   VIGIE_SERVE_ARGS extra arguments for `vigie serve` (e.g. --no-jobs)
#   BENCH_KEEP=1     keep the temporary directory (logs, nginx config) for inspection
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-2}
ROUNDS=${BENCH_ROUNDS:-3}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
BUILD_DIR=${BUILD_DIR:-build}
EMAIL=direction@tilleuls.example
PASSWORD='Vigie-demo-2026!'

for v in DURATION WARMUP ROUNDS THREADS CONNECTIONS; do
  [[ ${!v} =~ ^[0-9]+$ ]] || { echo "bench: $v must be a whole number, got '${!v}'" >&2; exit 2; }
done
((DURATION >= 1 && DURATION <= 600)) || { echo "bench: BENCH_DURATION must be 1..600 s" >&2; exit 2; }
((WARMUP <= 60)) || { echo "bench: BENCH_WARMUP must be 0..60 s" >&2; exit 2; }
((ROUNDS >= 1 && ROUNDS <= 10)) || { echo "bench: BENCH_ROUNDS must be 1..10" >&2; exit 2; }

log() { echo "bench: $*" >&2; }
die() { echo "bench: ERROR: $*" >&2; exit 1; }

# --- tools -------------------------------------------------------------------------
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
missing=()
for tool in wrk curl python3 cmake; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[ -x "$NGINX" ] || missing+=(nginx)
if ((${#missing[@]})); then
  die "missing: ${missing[*]}. Install them with: bash scripts/install-deps.sh (as root)"
fi

# --- binary ------------------------------------------------------------------------
if [ -n "${VIGIE_BIN:-}" ]; then
  VIGIE=$(realpath "$VIGIE_BIN")
else
  if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    log "configuring $BUILD_DIR (RelWithDebInfo)"
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  fi
  log "building $BUILD_DIR/vigie (no-op when up to date)"
  cmake --build "$BUILD_DIR" -j2 --target vigie >/dev/null
  VIGIE=$(realpath "$BUILD_DIR/vigie")
fi
[ -x "$VIGIE" ] || die "no vigie binary at $VIGIE"

# --- state and cleanup -------------------------------------------------------------
WORK=$(mktemp -d /tmp/vigie-bench.XXXXXX)
chmod 755 "$WORK"  # nginx workers may run as another user: they must read www/
VIGIE_PID=""
NGINX_PID=""

stop_pid() {  # stop_pid PID SIGNAL: signal, wait up to 15 s, then SIGKILL
  local pid=$1 sig=$2
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "-$sig" "$pid" 2>/dev/null || true
  for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    log "process $pid did not stop on SIG$sig; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  stop_pid "$VIGIE_PID" TERM
  stop_pid "$NGINX_PID" QUIT
  if [ "${BENCH_KEEP:-0}" = 1 ]; then
    log "kept $WORK"
  else
    rm -rf "$WORK"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

wait_http() {  # wait_http URL PID: until the URL answers (10 s), or the process exits
  local url=$1 pid=$2
  for _ in $(seq 200); do
    curl -s -o /dev/null --max-time 1 "$url" && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }
threads_of() { awk '/^Threads:/ {print $2}' "/proc/$1/status"; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }

# A private copy: a rebuild of the shared build directory during the run cannot swap
# the binary between `demo` and `serve`.
cp "$VIGIE" "$WORK/vigie"
VIGIE=$WORK/vigie

# Share of the CPUs busy over one second (other processes skew every figure below).
cpu_busy() {
  local a b
  read -ra a < <(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $5+$6}' /proc/stat)
  sleep 1
  read -ra b < <(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $5+$6}' /proc/stat)
  awk -v bu=$((b[0] - a[0])) -v id=$((b[1] - a[1])) 'BEGIN { t = bu + id; printf "%d", (t > 0 ? 100 * bu / t : 0) }'
}
BUSY_BEFORE=$(cpu_busy)
((BUSY_BEFORE < 20)) || log "WARNING: the CPUs are already ${BUSY_BEFORE}% busy before the benchmark (other processes): figures will be low and noisy"

# --- vigie -------------------------------------------------------------------------
DATA=$WORK/data
log "vigie demo (fresh SQLite data directory)"
"$VIGIE" demo --data-dir "$DATA" >"$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log" >&2; die "vigie demo failed"; }
VPORT=$(free_port)
VBASE=http://127.0.0.1:$VPORT
# shellcheck disable=SC2086  # VIGIE_SERVE_ARGS is a list of words on purpose
"$VIGIE" serve --data-dir "$DATA" --listen "127.0.0.1:$VPORT" ${VIGIE_SERVE_ARGS:-} \
  >"$WORK/vigie.out" 2>"$WORK/vigie.err" &
VIGIE_PID=$!
wait_http "$VBASE/healthz" "$VIGIE_PID" || { cat "$WORK/vigie.err" >&2; die "vigie serve did not answer"; }
sleep 1  # idle memory after start: before sign-in (argon2id borrows 64 MiB) and any load
RSS_START=$(rss_kb "$VIGIE_PID")
THREADS_START=$(threads_of "$VIGIE_PID")

# Sign in: GET /connexion for the _csrf field and the vigie_csrf cookie, then POST.
JAR=$WORK/cookies.txt
page=$(curl -sf -c "$JAR" -b "$JAR" "$VBASE/connexion") || die "GET /connexion failed"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
[ -n "$csrf" ] || die "no _csrf field on /connexion"
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" \
  --data-urlencode "_csrf=$csrf" --data-urlencode "email=$EMAIL" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "suite=/" "$VBASE/connexion")
[ "$status" = 303 ] || die "sign-in answered $status, expected 303"
# curl writes HttpOnly cookies as "#HttpOnly_host ..." lines: name in field 6, value in 7.
SESSION=$(awk '$6 == "vigie_session" {print $7}' "$JAR")
[ -n "$SESSION" ] || die "sign-in set no vigie_session cookie"
COOKIE="Cookie: vigie_session=$SESSION"

check_dashboard() {  # the session cookie must open the dashboard (200), not redirect (303)
  local code
  code=$(curl -s -o "$WORK/dashboard.html" -w '%{http_code}' -H "$COOKIE" "$VBASE/")
  if [ "$code" = 303 ]; then die "GET / with the session cookie answered 303: the cookie was refused"; fi
  [ "$code" = 200 ] || die "GET / with the session cookie answered $code"
  grep -q "EHPAD Les Tilleuls" "$WORK/dashboard.html" || die "GET / is not the demo structure's dashboard"
}
check_dashboard
curl -sf -o "$WORK/healthz.json" "$VBASE/healthz" || die "GET /healthz failed"


# --- nginx -------------------------------------------------------------------------
mkdir -p "$WORK/www" "$WORK/nginx"
cp "$WORK/healthz.json" "$WORK/www/small.json"      # same size as /healthz's body
cp "$WORK/dashboard.html" "$WORK/www/dashboard.html" # the dashboard page itself
chmod 755 "$WORK/www"
chmod 644 "$WORK/www/"*
NPORT=$(free_port)
NBASE=http://127.0.0.1:$NPORT
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  # Vigie keeps a connection open for any number of requests; so does nginx here
  # (its default, 1000, would add reconnections to nginx's runs only).
  keepalive_requests 1000000;
  keepalive_timeout 65;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  types { text/html html; application/json json; }
  default_type application/octet-stream;
  server {
    listen 127.0.0.1:$NPORT;
    root $WORK/www;
  }
}
EOF
"$NGINX" -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" \
  >"$WORK/nginx/stdout.log" 2>&1 &
NGINX_PID=$!
wait_http "$NBASE/small.json" "$NGINX_PID" || { cat "$WORK/nginx/"*.log >&2; die "nginx did not answer"; }
for f in small.json dashboard.html; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$NBASE/$f")
  [ "$code" = 200 ] || die "nginx /$f answered $code"
done

# --- wrk runs ----------------------------------------------------------------------
to_ms() {  # wrk latency "812.00us" / "6.14ms" / "1.02s" -> milliseconds
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
    printf "%.2f", n }'
}

CLK_TCK=$(getconf CLK_TCK)
cpu_ticks() {  # user + system CPU time of the given processes (all threads), in ticks
  local total=0 p
  for p in "$@"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done
  echo "$total"
}

system_ticks() {  # busy and total CPU ticks of the whole machine (all CPUs)
  awk '/^cpu / {busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6}' /proc/stat
}
children_ticks() {  # CPU ticks of this script's finished children (wrk among them)
  awk '{print $16 + $17}' "/proc/$$/stat"
}
median() {  # median of the numbers given
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
    END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Results per run, indexed "KEY.ROUND".
declare -A RPS P99 P50 MAXLAT NON2XX ERRORS BYTES CPU_US OTHER SERVER_PCT WRK_PCT
run_wrk() {  # run_wrk KEY ROUND "SERVER PIDS" URL [wrk args...]
  local key=$1 round=$2 pids=$3 url=$4
  shift 4
  local id=$key.$round out=$WORK/wrk-$key-$round.txt
  if ((WARMUP > 0)); then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$@" "$url" >/dev/null
  fi
  local server0 server1 wrk0 wrk1 sys0 sys1
  # shellcheck disable=SC2086  # a list of PIDs
  server0=$(cpu_ticks $pids)
  wrk0=$(children_ticks)
  read -ra sys0 < <(system_ticks)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url" >"$out"
  read -ra sys1 < <(system_ticks)
  wrk1=$(children_ticks)
  # shellcheck disable=SC2086
  server1=$(cpu_ticks $pids)

  RPS[$id]=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  P50[$id]=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
  P99[$id]=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
  MAXLAT[$id]=$(to_ms "$(awk '$1 == "Latency" && NF >= 5 {print $4}' "$out")")
  NON2XX[$id]=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
  NON2XX[$id]=${NON2XX[$id]:-0}
  # "Socket errors: connect 0, read 0, write 0, timeout 0"
  ERRORS[$id]=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$out")
  ERRORS[$id]=${ERRORS[$id]:-0}
  local requests transfer
  requests=$(awk '/requests in/ {print $1}' "$out")
  transfer=$(awk '/requests in/ {print $5}' "$out" | tr -d ',')
  BYTES[$id]=$(awk -v r="$requests" -v t="$transfer" 'BEGIN {
    n = t + 0
    if (t ~ /KB$/) n *= 1024; else if (t ~ /MB$/) n *= 1048576; else if (t ~ /GB$/) n *= 1073741824
    printf "%d", (r > 0 ? n / r : 0) }')
  # Server CPU time per response, in microseconds (all its threads; warm-up excluded).
  CPU_US[$id]=$(awk -v d=$((server1 - server0)) -v hz="$CLK_TCK" -v r="$requests" \
    'BEGIN { printf "%.0f", (r > 0 ? d / hz * 1e6 / r : 0) }')
  # CPU used meanwhile by anything but the server and wrk, in % of the machine: other
  # processes on a shared machine make a run's figures low and its latency spiky.
  OTHER[$id]=$(awk -v busy=$((sys1[0] - sys0[0])) -v total=$((sys1[1] - sys0[1])) \
    -v mine=$((server1 - server0 + wrk1 - wrk0)) \
    'BEGIN { o = busy - mine; if (o < 0) o = 0; printf "%.0f", (total > 0 ? 100 * o / total : 0) }')
  # Shares of the machine (all CPUs = 100 %) taken by the server and by wrk.
  SERVER_PCT[$id]=$(awk -v d=$((server1 - server0)) -v total=$((sys1[1] - sys0[1])) \
    'BEGIN { printf "%.0f", (total > 0 ? 100 * d / total : 0) }')
  WRK_PCT[$id]=$(awk -v d=$((wrk1 - wrk0)) -v total=$((sys1[1] - sys0[1])) \
    'BEGIN { printf "%.0f", (total > 0 ? 100 * d / total : 0) }')

  log "$(printf '%-16s #%s %10s req/s  p50 %7s ms  p99 %7s ms  max %7s ms  server CPU %4s us/resp  other CPU %3s%%  non-2xx %s  socket errors %s' \
    "$key" "$round" "${RPS[$id]}" "${P50[$id]}" "${P99[$id]}" "${MAXLAT[$id]}" "${CPU_US[$id]}" "${OTHER[$id]}" \
    "${NON2XX[$id]}" "${ERRORS[$id]}")"
  if [ "${NON2XX[$id]}" != 0 ]; then
    local code
    if [ "$key" = vigie_dashboard ]; then
      code=$(curl -s -o /dev/null -w '%{http_code}' -H "$COOKIE" "$url")
    else
      code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
    fi
    log "$key: ${NON2XX[$id]} responses were not 2xx (a request now answers $code)"
    sed 's/^/    /' "$out" >&2
    if [ "$key" = vigie_dashboard ] && [ "$code" = 303 ]; then
      die "the dashboard runs got redirects: the session cookie was refused; figures discarded"
    fi
  fi
}

KEYS=(vigie_healthz vigie_dashboard nginx_small nginx_dashboard)
log "$ROUNDS round(s) of wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency (warm-up ${WARMUP}s before each)"
NGINX_PIDS="$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"
for round in $(seq "$ROUNDS"); do
  run_wrk vigie_healthz "$round" "$VIGIE_PID" "$VBASE/healthz"
  run_wrk vigie_dashboard "$round" "$VIGIE_PID" "$VBASE/" -H "$COOKIE"
  check_dashboard  # the session is still valid after the load
  run_wrk nginx_small "$round" "$NGINX_PIDS" "$NBASE/small.json"
  run_wrk nginx_dashboard "$round" "$NGINX_PIDS" "$NBASE/dashboard.html"
done

# Per target: medians over the rounds; errors summed; the worst background CPU.
declare -A M_RPS M_P50 M_P99 M_MAX M_CPU M_BYTES S_NON2XX S_ERRORS W_OTHER R_RPS
for key in "${KEYS[@]}"; do
  rps=() p50=() p99=() mx=() cpus=() non2xx=0 errors=0 other=0
  for round in $(seq "$ROUNDS"); do
    id=$key.$round
    rps+=("${RPS[$id]}"); p50+=("${P50[$id]}"); p99+=("${P99[$id]}"); mx+=("${MAXLAT[$id]}"); cpus+=("${CPU_US[$id]}")
    non2xx=$((non2xx + NON2XX[$id])); errors=$((errors + ERRORS[$id]))
    ((OTHER[$id] > other)) && other=${OTHER[$id]}
  done
  M_RPS[$key]=$(median "${rps[@]}"); M_P50[$key]=$(median "${p50[@]}"); M_P99[$key]=$(median "${p99[@]}")
  M_MAX[$key]=$(median "${mx[@]}"); M_CPU[$key]=$(median "${cpus[@]}"); M_BYTES[$key]=${BYTES[$key.1]}
  S_NON2XX[$key]=$non2xx; S_ERRORS[$key]=$errors; W_OTHER[$key]=$other
  R_RPS[$key]=$(printf '%s\n' "${rps[@]}" | sort -g | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%.0f–%.0f", lo, hi}')
done

sleep 1
BUSY_AFTER=$(cpu_busy)  # vigie and nginx are idle again: what remains is someone else
RSS_AFTER=$(rss_kb "$VIGIE_PID")
HWM=$(hwm_kb "$VIGIE_PID")
THREADS_AFTER=$(threads_of "$VIGIE_PID")
NGINX_RSS=0
for p in $NGINX_PID $(pgrep -P "$NGINX_PID" || true); do NGINX_RSS=$((NGINX_RSS + $(rss_kb "$p"))); done

# --- report ------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
cpu_model=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
mem=$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
build_type=$(awk -F= '/^CMAKE_BUILD_TYPE:/ {print $2}' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)

echo
echo "## Vigie HTTP benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "- machine: $(nproc) CPUs ($cpu_model), $mem RAM, $(uname -sr)"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(GIT_OPTIONAL_LOCKS=0 git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit + uncommitted changes"
fi
echo "- $("$VIGIE" version) at $commit (${build_type:-unknown build type}), $("$NGINX" -v 2>&1 | sed 's/^nginx version: //') (1 worker), $(wrk --version 2>&1 | head -1 | awk '{print "wrk " $2}')"
echo "- CPU busy (other processes) just before: ${BUSY_BEFORE}%, just after: ${BUSY_AFTER}% (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "- wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency, ${WARMUP}s warm-up per run, $ROUNDS round(s) (figures: median over the rounds); all on 127.0.0.1, client and servers share the CPUs"
echo
echo "| target | req/s | req/s range | p50 (ms) | p99 (ms) | max (ms) | server CPU µs/response | bytes/response | non-2xx | socket errors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
row() {
  echo "| $2 | ${M_RPS[$1]} | ${R_RPS[$1]} | ${M_P50[$1]} | ${M_P99[$1]} | ${M_MAX[$1]} | ${M_CPU[$1]} | ${M_BYTES[$1]} | ${S_NON2XX[$1]} | ${S_ERRORS[$1]} |"
}
declare -A LABEL=(
  [vigie_healthz]="vigie \`GET /healthz\` (SQLite \`SELECT 1\`)"
  [vigie_dashboard]="vigie \`GET /\` dashboard, signed in"
  [nginx_small]="nginx static file, $(stat -c %s "$WORK/www/small.json") B (size of /healthz body)"
  [nginx_dashboard]="nginx static file, $(stat -c %s "$WORK/www/dashboard.html") B (the dashboard page)"
)
for key in "${KEYS[@]}"; do row "$key" "${LABEL[$key]}"; done
echo
echo "| ratio vigie / nginx | req/s | p99 |"
echo "|---|---:|---:|"
echo "| /healthz vs small file | $(ratio "${M_RPS[vigie_healthz]}" "${M_RPS[nginx_small]}") | $(ratio "${M_P99[vigie_healthz]}" "${M_P99[nginx_small]}") |"
echo "| dashboard vs same-size file | $(ratio "${M_RPS[vigie_dashboard]}" "${M_RPS[nginx_dashboard]}") | $(ratio "${M_P99[vigie_dashboard]}" "${M_P99[nginx_dashboard]}") |"
echo "| dashboard vs /healthz (vigie only) | $(ratio "${M_RPS[vigie_dashboard]}" "${M_RPS[vigie_healthz]}") | $(ratio "${M_P99[vigie_dashboard]}" "${M_P99[vigie_healthz]}") |"
echo
echo "Every run (CPU shares of the whole machine, $(nproc) CPUs = 100 %; \"others\": processes other than the server and wrk):"
echo
echo "| target | round | req/s | p99 (ms) | max (ms) | server CPU | wrk CPU | others CPU |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for key in "${KEYS[@]}"; do
  for round in $(seq "$ROUNDS"); do
    id=$key.$round
    echo "| $key | $round | ${RPS[$id]} | ${P99[$id]} | ${MAXLAT[$id]} | ${SERVER_PCT[$id]} % | ${WRK_PCT[$id]} % | ${OTHER[$id]} % |"
  done
done
echo
echo "| memory | value |"
echo "|---|---:|"
echo "| vigie serve RSS, idle after start | $(mib "$RSS_START") MiB ($THREADS_START threads) |"
echo "| vigie serve RSS, idle after the load | $(mib "$RSS_AFTER") MiB ($THREADS_AFTER threads) |"
echo "| vigie serve peak RSS (VmHWM) | $(mib "$HWM") MiB |"
echo "| nginx RSS (master + worker), after the load | $(mib "$NGINX_RSS") MiB |"

fail=0
for key in "${KEYS[@]}"; do
  if [ "${S_NON2XX[$key]}" != 0 ] || [ "${S_ERRORS[$key]}" != 0 ]; then fail=1; fi
  if ((W_OTHER[$key] >= 10)); then
    log "WARNING: other processes used up to ${W_OTHER[$key]}% of the CPUs during the $key runs: its figures are skewed"
  fi
done
if [ -s "$WORK/vigie.err" ] && grep -qiE 'error|critical' "$WORK/vigie.err"; then
  log "vigie serve logged errors:"
  grep -iE 'error|critical' "$WORK/vigie.err" | head -20 >&2
  fail=1
fi
if ((fail)); then
  log "some runs had non-2xx responses or socket errors (see above): check before quoting the figures"
  exit 1
fi
