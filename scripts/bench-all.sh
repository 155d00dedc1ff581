#!/usr/bin/env bash
# Reproduces every figure in BENCHMARKS.md, in one run: the machine and
# its load, the build sizes, the native benchmark, the comparison with
# Perl Sisimai, the scaling curve, the page in headless Chromium, and the
# widget's redaction on large pastes.
#
# usage: scripts/bench-all.sh DIR     (npm run bench -- DIR)
#
# DIR is a folder of bounce emails, one per file, such as the labelled
# test corpus's emails/ folder. Installs what is missing first (see
# scripts/setup.sh; Sisimai is installed by scripts/bench-sisimai.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -ne 1 || ! -d "$1" ]]; then
  echo "usage: scripts/bench-all.sh DIR   (a folder of bounce emails)" >&2
  exit 2
fi
dir=$1

echo "== Machine"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cpu: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
echo "toolchain: $(rustc --version), node $(node --version), $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium not installed yet')"
echo "load before: $(uptime | sed 's/.*load average: //') (1, 5, 15 min)"

scripts/setup.sh --browser
echo
echo "== Size (scripts/build.sh, scripts/size.mjs)"
scripts/build.sh 2>&1 | grep -v '^ *\(Compiling\|Finished\)'

echo
echo "== Native explain() (cargo bench --bench explain -- $dir)"
cargo bench --quiet --bench explain -- "$dir" --slowest 5

echo
echo "== CLI against Perl Sisimai (node scripts/bench-sisimai.mjs $dir)"
node scripts/bench-sisimai.mjs "$dir"

echo
echo "== Scaling, 1 KB to 20 MB (node scripts/bench-scaling.mjs --wasm)"
node scripts/bench-scaling.mjs --wasm 2>/dev/null

echo
echo "== Page in headless Chromium (node scripts/bench-browser.mjs $dir)"
node scripts/bench-browser.mjs "$dir" 2>/dev/null

echo
echo "== Redact and copy (node scripts/bench-redact.mjs)"
node scripts/bench-redact.mjs

echo
echo "load after: $(uptime | sed 's/.*load average: //') (1, 5, 15 min)"
