# The two commands of the README:
#   make serve   install what is missing, then build and serve on 127.0.0.1:8080
#   make test    install what is missing, then run every check and test
SHELL := /bin/bash
# npm's binaryen 132 (wasm-opt) and cargo-installed tools come first on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test setup build map bench package

serve: setup
	@echo "[serve] building and serving on http://127.0.0.1:8080 (Ctrl-C stops)"
	trunk serve

test: setup
	@bash scripts/test.sh

setup:
	@bash scripts/setup.sh

build: setup
	trunk build --release

# Regenerates assets/map/geometry.toml from the Natural Earth and US Census
# TopoJSON in node_modules (npm world-atlas, us-atlas). Not needed to build.
map: setup
	cargo run --release -p mapgen

# The benchmark: sizes, load and interaction timings next to TimelineJS, and
# Lighthouse. Prints tables and writes bench/results.json. Not part of test.
bench: build
	CHROME_PATH=/usr/bin/chromium node bench/run.mjs

# One archive to self-host: the built site (both languages, data, share
# cards), the embed code and the header settings, with a README.
# Writes target/package/remain-in-mexico.tar.gz and lists it.
package: build
	bash scripts/package.sh
