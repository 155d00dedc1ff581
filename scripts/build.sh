#!/usr/bin/env bash
# Builds the WASM module into www/pkg and prints its size.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --profile wasm --lib --target wasm32-unknown-unknown
# Cargo writes to $CARGO_TARGET_DIR when it is set, and to target/ otherwise.
wasm-bindgen --target web --out-dir www/pkg \
  --remove-name-section --remove-producers-section \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm/bounce_explainer.wasm"
node scripts/size.mjs
