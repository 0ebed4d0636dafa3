#!/usr/bin/env bash
# Trunk's post-build hook (Trunk runs a stage's hooks concurrently, so the
# steps that must run in order live here): minify the scripts and stylesheet
# (updating their integrity hashes in Trunk's index.html), write each
# language's page from that shell (crates/page: index.html and
# es/index.html, with their oEmbed documents), the data download (data/) and
# the share cards (crates/sharecard), then precompress every file for hosts
# that serve .gz/.br.
set -euo pipefail
node scripts/minify.mjs "$TRUNK_STAGING_DIR"
cargo run --quiet -p page --bin prerender
cargo run --quiet -p page --bin export_data
cargo run --quiet --release -p sharecard
node scripts/precompress.mjs "$TRUNK_STAGING_DIR"
