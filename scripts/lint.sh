#!/usr/bin/env bash
# Static checks: clang-tidy (.clang-tidy, all findings are errors) on the pure
# modules, which compile quickly, and clang-format on the files given (or changed
# against main). Needs build/compile_commands.json (any build made by scripts/*.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(ls src/core/*.cpp src/tenancy/*.cpp src/crypto/*.cpp src/auth/*.cpp src/referential/*.cpp src/diagnostic/*.cpp src/actionplan/*.cpp src/report/*.cpp src/documents/*.cpp src/tracker/*.cpp src/xlsx/*.cpp src/awareness/*.cpp src/campaigns/*.cpp src/charts/*.cpp src/pdf/*.cpp | grep -v '_test\.cpp$')
clang-tidy -p "${LINT_BUILD_DIR:-build}" --quiet $files
