#!/usr/bin/env bash
# Installs what the explainer needs to build, serve and test, and nothing more.
# Idempotent: each step checks first and says what it found or did.
# Everything comes from the package registries (crates.io, Debian, npm).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen crate version pinned in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml | head -n1)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.130}

say() { printf '[setup] %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown: present"
else
  say "rust target wasm32-unknown-unknown: installing"
  rustup target add wasm32-unknown-unknown
fi

if trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "trunk $TRUNK_VERSION: present"
else
  say "trunk $TRUNK_VERSION: installing from crates.io (about 13 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installing from crates.io"
  # Its own lockfile names a webpki-roots release crates.io no longer
  # serves, so --locked can fail; the CLI's version stays pinned either way.
  cargo install --locked "wasm-bindgen-cli@=$WASM_BINDGEN_VERSION" \
    || { say "locked install failed; installing with freshly resolved dependencies";
         cargo install "wasm-bindgen-cli@=$WASM_BINDGEN_VERSION"; }
fi

# Installs Debian packages (with sudo when not root); the package lists are
# updated once per run.
APT_UPDATED=""
debian_install() {
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ -z "$APT_UPDATED" ]; then $sudo apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@"
}

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium and chromium-driver: present ($(/usr/bin/chromium --version 2>/dev/null))"
else
  say "chromium and chromium-driver: installing from Debian"
  debian_install chromium chromium-driver
fi

# pdftotext and pdfinfo: tests/browser/print.test.mjs reads the text of the
# page printed to PDF.
if [ -x /usr/bin/pdftotext ] && [ -x /usr/bin/pdfinfo ]; then
  say "poppler-utils (pdftotext, pdfinfo): present ($(dpkg-query -W -f='${Version}' poppler-utils 2>/dev/null))"
else
  say "poppler-utils (pdftotext, pdfinfo): installing from Debian"
  debian_install poppler-utils
fi

# The other engines for the cross-engine smoke suite: Firefox ESR (driven
# over WebDriver BiDi by puppeteer-core) and WebKitGTK (WebKitWebDriver with
# MiniBrowser), under a virtual display. Debian's own builds; nothing
# downloads a browser.
MINIBROWSER=$(ls /usr/lib/*/webkit2gtk-4.1/MiniBrowser 2>/dev/null | head -n1 || true)
if [ -x /usr/bin/firefox-esr ] && [ -x /usr/bin/WebKitWebDriver ] && [ -n "$MINIBROWSER" ] && [ -x /usr/bin/xvfb-run ]; then
  say "firefox-esr, webkit2gtk-driver, xvfb: present ($(/usr/bin/firefox-esr --version 2>/dev/null); WebKitGTK $(dpkg-query -W -f='${Version}' webkit2gtk-driver 2>/dev/null))"
else
  say "firefox-esr, webkit2gtk-driver (WebKitWebDriver + MiniBrowser), xvfb: installing from Debian (about 70 s)"
  debian_install firefox-esr webkit2gtk-driver xvfb
fi

# Node packages (binaryen's wasm-opt 132, playwright-core, axe-core, ...) from
# the lockfile. playwright-core never downloads a browser.
if [ -f package-lock.json ]; then
  if [ -d node_modules ] && npm ls --depth=0 >/dev/null 2>&1; then
    say "node packages: present (npm ls finds every package.json dependency)"
  else
    say "node packages: installing from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi

if node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version 132"; then
  say "wasm-opt 132 (npm binaryen): present"
else
  say "wasm-opt 132 missing: npm ci should have installed binaryen@132" >&2
  exit 1
fi
say "done"
