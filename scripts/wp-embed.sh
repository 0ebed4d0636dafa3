#!/usr/bin/env bash
# Prints the path of WordPress's own wp-includes/js/wp-embed.js, the script a
# WordPress page uses to size the iframes of the sites it embeds, for the
# WordPress host test (tests/browser/hosts.test.mjs). Taken at test time from
# Debian's `wordpress` package (apt-get download + dpkg-deb): one file, not
# vendored, no server stack installed. Kept in target/wordpress/ afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/wordpress
file=$out/wp-embed.js
if [ ! -s "$file" ]; then
  echo "[wp-embed] taking wp-includes/js/wp-embed.js from Debian's wordpress package" >&2
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  chmod 755 "$work"
  (cd "$work" && apt-get download -qq wordpress 2>/dev/null) \
    || { [ "$(id -u)" -ne 0 ] && SUDO=sudo; ${SUDO:-} apt-get update -qq && (cd "$work" && apt-get download -qq wordpress); }
  deb=$(ls "$work"/wordpress_*.deb)
  dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work" ./usr/share/wordpress/wp-includes/js/wp-embed.js
  mkdir -p "$out"
  cp "$work/usr/share/wordpress/wp-includes/js/wp-embed.js" "$file"
  basename "$deb" > "$out/VERSION"
fi
echo "$file"
