#!/usr/bin/env bash
# Runs every test level: Rust unit and integration tests, the WASM module
# in Node, and the page in Debian's headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --browser
echo "== Rust layout (cargo fmt --check; run cargo fmt to fix)"
cargo fmt --check
echo "== Rust docs (cargo doc; a warning fails, because rustdoc drops an unquoted <word> as an HTML tag)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet
echo "== Rust tests"
cargo test --quiet
echo "== WASM build"
scripts/build.sh
# The Node level compares the page's module with the CLI over a corpus
# when BOUNCE_CORPUS names one, so the release CLI must exist first.
if [[ -n "${BOUNCE_CORPUS:-}" ]]; then
  echo "== Release CLI for the corpus comparison"
  cargo build --release --quiet
fi
echo "== WASM in Node"
node --test tests/node/
echo "== Page in Chromium"
if [[ -d tests/browser ]]; then node --test --test-concurrency=1 tests/browser/; fi
echo "== Widget and package"
tests/widget/run.sh
