#!/usr/bin/env bash
# Runs the widget's tests: unit tests in Node, the type check of the
# package's .d.ts files, the element in headless Chromium, and the Vite
# example built and loaded in Chromium. Needs the WASM build in www/pkg.
set -euo pipefail
cd "$(dirname "$0")/../.."

node --test --test-concurrency=1 tests/widget/
npx --no-install tsc -p tests/widget/types/tsconfig.json
echo "tsc: the package's types check"
