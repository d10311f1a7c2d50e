#!/usr/bin/env bash
# The README's run command: installs what is missing, builds build/vigie, creates the
# embedded SQLite database with demo data in var/, and serves http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target vigie
./build/vigie demo --data-dir var
exec ./build/vigie serve --data-dir var --listen "${VIGIE_LISTEN:-127.0.0.1:8080}"
