#!/usr/bin/env bash
# `make package`: one archive with everything needed to host the explainer,
# target/package/remain-in-mexico.tar.gz, from the release build in dist/:
#   README.md            how to host it (assets/package/README.md)
#   site/                the built site, both languages, data, share cards
#   embed/               the iframe to paste, per language (from oEmbed)
#   headers/             _headers, nginx.conf, htaccess
# Then lists what it holds. Reproducible: sorted, fixed owner and time.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
[ -f "$dist/index.html" ] && [ -f "$dist/es/index.html" ] \
  || { echo "package: no built site in $dist (run: trunk build --release)" >&2; exit 1; }
out=target/package
stage=$out/remain-in-mexico
rm -rf "$stage" && mkdir -p "$stage/embed" "$stage/headers"
echo "[package] staging $dist/ in $stage/"
cp -R "$dist" "$stage/site"
cp assets/package/README.md "$stage/README.md"
cp "$dist/_headers" assets/package/nginx.conf assets/package/htaccess "$stage/headers/"
for lang in en es; do
  folder=$([ "$lang" = en ] && echo "" || echo "es/")
  node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).html + "\n")' \
    "$dist/${folder}oembed.json" > "$stage/embed/iframe-$lang.html"
done
archive=$out/remain-in-mexico.tar.gz
tar --sort=name --mtime="@0" --owner=0 --group=0 --numeric-owner -C "$out" -cf - remain-in-mexico | gzip -9n > "$archive"
echo "[package] $archive: $(du -k "$archive" | cut -f1) KB, $(tar -tzf "$archive" | grep -vc '/$') files"
tar -tzf "$archive" | grep -v '\.\(gz\|br\)$' | grep -v '/$'
