#!/usr/bin/env bash
# Installs what Vigie needs to build, run and test on Debian 12, and nothing else.
# Idempotent: packages already present are skipped, so a second run costs a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES=(
  # toolchain
  build-essential cmake ccache pkg-config git clang-tidy clang-format
  # libraries (see docs/architecture.md for which module uses which)
  libboost-dev libsoci-dev libsqlite3-dev sqlite3 libpq-dev
  libkainjow-mustache-dev nlohmann-json3-dev libsodium-dev libssl-dev
  libcurl4-openssl-dev libcli11-dev libspdlog-dev libfmt-dev libtomlplusplus-dev libqrencode-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libcairo2-dev libpango1.0-dev fonts-noto-core libxlsxwriter-dev libminizip-dev libpugixml-dev
  # test services and real readers
  postgresql exim4-daemon-light chromium python3 python3-openpyxl poppler-utils qpdf
  # benchmarks
  wrk nginx-light
  # front-end tooling
  nodejs npm
)

missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    # A package may be satisfied by another that provides it (e.g. nodejs from elsewhere).
    case "$pkg" in
      nodejs|npm) command -v "${pkg/nodejs/node}" >/dev/null 2>&1 && continue ;;
    esac
    missing+=("$pkg")
  fi
done

if ((${#missing[@]})); then
  echo "vigie: installing ${#missing[@]} Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Keep package post-install scripts from starting system services: tests start their own.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Browser-test tooling, pinned by package-lock.json. npm writes node_modules/.package-lock.json
# only when an install completes, so an interrupted `npm ci` is retried on the next run.
if [ -f tests/e2e/package-lock.json ]; then
  if [ ! -f tests/e2e/node_modules/.package-lock.json ] ||
     [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
    echo "vigie: installing browser-test packages (npm ci)"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
