#!/usr/bin/env bash
# Runs every test level: Rust unit and integration tests, the WASM module
# in Node, and the page in Debian's headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --browser
echo "== Rust tests"
cargo test --quiet
echo "== WASM build"
scripts/build.sh
echo "== WASM in Node"
node --test tests/node/
echo "== Page in Chromium"
if [[ -d tests/browser ]]; then node --test --test-concurrency=1 tests/browser/; fi
echo "== Widget and package"
tests/widget/run.sh
