#!/usr/bin/env bash
# Runs one fuzzing round of explain_bytes() or explain() with cargo-fuzz
# (libFuzzer, nightly toolchain), seeded from a folder of bounce emails.
#
# usage: scripts/fuzz.sh SEEDS [TARGET] [SECONDS] [--lite] [-- LIBFUZZER_FLAG...]
#   SEEDS    folder of .eml files, copied into fuzz/corpus/TARGET (ignored by git)
#   TARGET   explain_bytes (default) or explain_str
#   SECONDS  how long to run (default 600)
#   --lite   build against the real regex-lite, as the WebAssembly build does
#   -- ...   more libFuzzer flags, after the defaults so they override them,
#            e.g. -- -max_len=1024
#
# Crashes, timeouts and memory blowups are written to fuzz/artifacts/TARGET/;
# turn each into a file under tests/fixtures/regressions/ (docs/fuzzing.md).
set -euo pipefail
cd "$(dirname "$0")/.."

lite=false
args=()
while (($#)); do
  case "$1" in
    --lite) lite=true ;;
    --) shift; break ;;
    *) args+=("$1") ;;
  esac
  shift
done
extra=("$@")
seeds="${args[0]:?usage: scripts/fuzz.sh SEEDS [TARGET] [SECONDS] [--lite] [-- LIBFUZZER_FLAG...]}"
target="${args[1]:-explain_bytes}"
seconds="${args[2]:-600}"

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
corpus="fuzz/corpus/$target"
mkdir -p "$corpus" "fuzz/artifacts/$target"
# Seeding from the corpus itself (to go on from an earlier round) copies nothing.
if [[ "$(realpath "$seeds")" != "$(realpath "$corpus")" ]]; then
  find "$seeds" -maxdepth 1 -type f -exec cp -n -t "$corpus" {} +
fi

fuzz_dir=fuzz
$lite && fuzz_dir=fuzz/lite
# -O without -a: cargo-fuzz's debug assertions would also turn on
# mail-parser's debug_assert!, which fires on malformed MIME that its
# release build handles. Overflow checks stay on through RUSTFLAGS.
RUSTFLAGS="-Coverflow-checks=on" cargo +nightly fuzz run -O -s none --fuzz-dir "$fuzz_dir" \
  "$target" "$corpus" -- \
  -max_len=65536 -timeout=2 -rss_limit_mb=2048 -report_slow_units=1 \
  -max_total_time="$seconds" -print_final_stats=1 \
  -artifact_prefix="fuzz/artifacts/$target/" "${extra[@]}"
