#!/usr/bin/env bash
# Trunk's post-build hook (Trunk runs a stage's hooks concurrently, so the
# steps that must run in order live here): write the explainer (crates/page: Leptos components rendered to HTML) into
# index.html, minify the scripts and stylesheet (updating their integrity
# hashes), then precompress every file for hosts that serve .gz/.br.
set -euo pipefail
cargo run --quiet -p page --bin prerender
node scripts/minify.mjs "$TRUNK_STAGING_DIR"
node scripts/precompress.mjs "$TRUNK_STAGING_DIR"
