#!/usr/bin/env bash
# Every check and test, in the order a failure is cheapest to find.
# Called by `make test` (after scripts/setup.sh), and so by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

started=$(date +%s)
step() { printf '\n[test] == %s (%ss elapsed)\n' "$*" "$(( $(date +%s) - started ))"; }

step "formatting: cargo fmt --check"
cargo fmt --all --check

step "lints: cargo clippy --all-targets -D warnings (native and wasm32)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings

step "native unit tests: cargo test"
cargo test --workspace

step "a bad data file must stop the build, naming file, entry and problem"
bad=crates/mpp-story/tests/fixtures/bad_unknown_source.toml
if out=$(STORY_FILE="$bad" cargo check -p page --lib --message-format=short 2>&1); then
  echo "expected the build to fail on $bad" >&2
  exit 1
fi
grep -F "$bad: events[e1]: unknown source id \"s2\"" <<<"$out" \
  || { echo "build failed without naming the problem:" >&2; echo "$out" >&2; exit 1; }
echo "ok: the build stopped and named the problem"

step "release build: trunk build --release"
trunk build --release

step "sizes of dist/ and the byte budget (bench/budget.json)"
node scripts/sizes.mjs dist --budget

step "the self-host package: make package's archive and its contents"
node --test tests/package/

step "browser tests: headless Chromium against dist/ on loopback"
node --test --test-concurrency=1 tests/browser/

step "cross-engine smoke: Firefox ESR (WebDriver BiDi) and WebKitGTK (WebDriver) against dist/"
xvfb-run -a -s "-screen 0 1280x1024x24" node --test --test-concurrency=1 tests/engines/

printf '\n[test] all checks passed in %ss\n' "$(( $(date +%s) - started ))"
