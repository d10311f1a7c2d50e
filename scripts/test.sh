#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, starts the test
# services (PostgreSQL, SMTP) on 127.0.0.1, runs every test, stops the services.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2

state=$(mktemp -d /tmp/vigie-test.XXXXXX)
chmod 755 "$state"
mkdir -p "$state/pg"
chown postgres:postgres "$state/pg" 2>/dev/null || true
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pg_port=$(free_port)
smtp_port=$(free_port)
cleanup() {
  bash scripts/test-services/postgres.sh stop "$state/pg/cluster" || true
  bash scripts/test-services/smtp.sh stop "$state/smtp" || true
  rm -rf "$state"
}
trap cleanup EXIT

bash scripts/test-services/postgres.sh start "$state/pg/cluster" "$pg_port"
bash scripts/test-services/smtp.sh start "$state/smtp" "$smtp_port"

export VIGIE_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:${pg_port}/postgres"
export VIGIE_REQUIRE_POSTGRES=1
export VIGIE_TEST_SMTP_URL="smtp://127.0.0.1:${smtp_port}"
export VIGIE_TEST_MAILDIR="$(bash scripts/test-services/smtp.sh maildir "$state/smtp")"

ctest --test-dir build --output-on-failure -j2 --timeout 600
