#!/usr/bin/env bash
# Runs one fuzzing round of explain_bytes() or explain() with cargo-fuzz
# (libFuzzer, nightly toolchain), seeded from a folder of bounce emails.
#
# usage: scripts/fuzz.sh SEEDS [TARGET] [SECONDS] [--lite]
#   SEEDS    folder of .eml files, copied into fuzz/corpus/TARGET (ignored by git)
#   TARGET   explain_bytes (default) or explain_str
#   SECONDS  how long to run (default 600)
#   --lite   build against the real regex-lite, as the WebAssembly build does
#
# Crashes, timeouts and memory blowups are written to fuzz/artifacts/TARGET/;
# turn each into a file under tests/fixtures/regressions/ (docs/fuzzing.md).
set -euo pipefail
cd "$(dirname "$0")/.."

lite=false
args=()
for arg in "$@"; do
  if [[ "$arg" == "--lite" ]]; then lite=true; else args+=("$arg"); fi
done
seeds="${args[0]:?usage: scripts/fuzz.sh SEEDS [TARGET] [SECONDS] [--lite]}"
target="${args[1]:-explain_bytes}"
seconds="${args[2]:-600}"

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
corpus="fuzz/corpus/$target"
mkdir -p "$corpus" "fuzz/artifacts/$target"
cp -n "$seeds"/* "$corpus"/

fuzz_dir=fuzz
$lite && fuzz_dir=fuzz/lite
# -O without -a: cargo-fuzz's debug assertions would also turn on
# mail-parser's debug_assert!, which fires on malformed MIME that its
# release build handles. Overflow checks stay on through RUSTFLAGS.
RUSTFLAGS="-Coverflow-checks=on" cargo +nightly fuzz run -O -s none --fuzz-dir "$fuzz_dir" \
  "$target" "$corpus" -- \
  -max_len=65536 -timeout=2 -rss_limit_mb=2048 \
  -max_total_time="$seconds" -print_final_stats=1 \
  -artifact_prefix="fuzz/artifacts/$target/"
