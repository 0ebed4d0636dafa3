// `make package`: the self-host archive holds the built site in both
// languages, the data, the share cards, the embed code and header settings
// that match the site's own, and is the same archive every time.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const archive = join(root, "target/package/remain-in-mexico.tar.gz");
const pack = () => execFileSync("bash", [join(root, "scripts/package.sh")], { cwd: root }).toString();
const list = () => execFileSync("tar", ["-tzf", archive]).toString().split("\n").filter((l) => l && !l.endsWith("/"));
const read = (path) => execFileSync("tar", ["-xzOf", archive, `remain-in-mexico/${path}`]).toString();
const sha = () => createHash("sha256").update(readFileSync(archive)).digest("hex");

test("the archive holds the site, data, share cards, embed code, headers and a README", () => {
  const printed = pack();
  const files = list();
  assert.ok(files.every((f) => f.startsWith("remain-in-mexico/")), "one top folder");
  const inside = new Set(files.map((f) => f.slice("remain-in-mexico/".length)));
  for (const path of [
    "README.md",
    "site/index.html", "site/es/index.html", "site/embed.html",
    "site/oembed.json", "site/es/oembed.json",
    "site/data/figures.csv", "site/data/events.csv", "site/data/places.csv", "site/data/story.json",
    "site/share-en.png", "site/share-es.png", "site/_headers",
    "embed/iframe-en.html", "embed/iframe-es.html",
    "headers/_headers", "headers/nginx.conf", "headers/htaccess",
  ]) assert.ok(inside.has(path), `${path} is in the archive`);
  // Every file each page loads is there.
  for (const page of ["site/index.html", "site/es/index.html"]) {
    const html = read(page);
    const folder = page.replace(/index\.html$/, "");
    for (const [, href] of html.matchAll(/ (?:src|data-js|data-wasm)="([^"]+)"|<link rel="stylesheet"[^>]* href="([^"]+)"/g)) {
      if (!href) continue;
      const path = new URL(href, `http://x/${folder}`).pathname.slice(1);
      assert.ok(inside.has(path), `${page} loads ${path}`);
    }
  }
  // The embed code is each language's own page.
  assert.match(read("embed/iframe-en.html"), /^<iframe src="[^"]+\/" /);
  assert.match(read("embed/iframe-es.html"), /^<iframe src="[^"]+\/es\/" /);
  assert.ok(printed.includes("remain-in-mexico/README.md"), "make package lists what it holds");
  // Each page's share card is a 1200×630 PNG (its header says so), named
  // by the page's og:image.
  for (const [lang, page] of [["en", "site/index.html"], ["es", "site/es/index.html"]]) {
    const png = execFileSync("tar", ["-xzOf", archive, `remain-in-mexico/site/share-${lang}.png`]);
    assert.equal(png.subarray(1, 4).toString(), "PNG");
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], `share-${lang}.png`);
    assert.match(read(page), new RegExp(`<meta property="og:image" content="[^"]+/share-${lang}\\.png"`));
  }
});

test("nginx and Apache settings send exactly the headers of _headers", () => {
  pack();
  const headers = read("headers/_headers")
    .split("\n")
    .filter((l) => /^\s+[A-Za-z-]+:/.test(l))
    .map((l) => l.trim().split(/:(.*)/s).slice(0, 2).map((v) => v.trim()));
  assert.ok(headers.length >= 4);
  const nginx = read("headers/nginx.conf");
  const apache = read("headers/htaccess");
  for (const [name, value] of headers) {
    assert.ok(nginx.includes(`add_header ${name} "${value}" always;`), `nginx: ${name}`);
    assert.ok(apache.includes(`Header always set ${name} "${value}"`), `Apache: ${name}`);
  }
  assert.equal((nginx.match(/add_header /g) ?? []).length, headers.length, "nginx adds nothing else");
  assert.equal((apache.match(/Header always set /g) ?? []).length, headers.length, "Apache adds nothing else");
  assert.match(nginx, /application\/wasm wasm/);
  assert.match(apache, /AddType application\/wasm \.wasm/);
});

test("the same build packs to the same archive", () => {
  pack();
  const first = sha();
  pack();
  assert.equal(sha(), first);
});
