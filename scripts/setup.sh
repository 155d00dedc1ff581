#!/usr/bin/env bash
# Installs what the build and the tests need and is missing: the wasm32
# target, the wasm-bindgen CLI at exactly the crate's version, the npm
# packages, and Debian's chromium for the browser tests.
#
# usage: scripts/setup.sh [--browser]
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=false
[[ "${1:-}" == "--browser" ]] && want_browser=true

log() { printf 'setup: %s\n' "$*" >&2; }

if ! cargo fmt --version >/dev/null 2>&1; then
  log "adding rustfmt, which the tests use to check the code's layout"
  rustup component add rustfmt
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must match the wasm-bindgen crate exactly, or the generated glue
# does not fit the module. Cargo.lock holds the version the crate uses.
[[ -f Cargo.lock ]] || cargo generate-lockfile
version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [[ "$have" != "$version" ]]; then
  log "installing wasm-bindgen-cli $version (found: ${have:-none}); this takes a minute or two"
  # --locked can fail when the CLI's lock file names a crate version the
  # registry does not serve; the unlocked build is the same code.
  CARGO_PROFILE_RELEASE_DEBUG=0 cargo install wasm-bindgen-cli --version "$version" --locked \
    || CARGO_PROFILE_RELEASE_DEBUG=0 cargo install wasm-bindgen-cli --version "$version"
fi

# npm ci replaces node_modules whole, so it runs only when the lock file's
# content differs from the one the last install used. Time stamps cannot
# tell: every file of a fresh clone is newer than an install it shares.
lock=package-lock.json
[[ -f $lock ]] || lock=package.json
stamp=node_modules/.installed-from.sha256
want=$(sha256sum "$lock" | cut -d' ' -f1)
# An install made without this script (or before it wrote stamps) has no
# stamp. When that install already contains exactly the lock file's
# packages, recording it is enough.
if [[ -d node_modules && ! -f $stamp && -f package-lock.json ]] \
  && node scripts/installed-matches-lock.mjs; then
  log "node_modules matches package-lock.json; recording it without reinstalling"
  echo "$want" > "$stamp"
fi
if [[ ! -d node_modules ]] || [[ "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
  log "installing npm packages"
  if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
  echo "$want" > "$stamp"
fi

if $want_browser && [[ ! -x /usr/bin/chromium ]]; then
  log "installing Debian's chromium for the browser tests"
  sudo_cmd=""
  [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q chromium
fi
