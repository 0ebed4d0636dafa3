// Trunk post-build step (scripts/post-build.sh, before precompression):
// minifies the built site's scripts (terser) and stylesheet (csso), and
// updates the Subresource Integrity hash of any file it changed. Trunk's
// own minifier breaks wasm-bindgen 0.2.130's glue, so it stays off
// (Trunk.toml) and this does the job.
//
// The wasm-bindgen glue is an ES module (its top level may be renamed);
// boot.js, start-point.js, deep-link.js, embed.js and embed-page.js are classic scripts,
// whose top-level names are left alone (each keeps its own in a function). Property names are never renamed: the wasm module
// imports the glue's functions by name.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify as minifyJs } from "terser";
import { minify as minifyCss } from "csso";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error("minify: give the built site's folder, or run as a Trunk hook");
  process.exit(1);
}
const indexPath = join(dir, "index.html");
let index = readFileSync(indexPath, "utf8");
// The one module: what boot.js imports (its tag's data-js).
const glue = index.match(/data-js="(?:\.\/)?([^"]+)"/)?.[1];
const modules = new Set([glue].filter(Boolean));

const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");
let saved = 0;
for (const file of readdirSync(dir)) {
  const path = join(dir, file);
  const source = /\.(js|css)$/.test(file) ? readFileSync(path, "utf8") : null;
  if (source == null) continue;
  let out;
  try {
    out = file.endsWith(".css")
      ? minifyCss(source, { restructure: false }).css
      : (await minifyJs(source, { module: modules.has(file), compress: true, mangle: true, format: { comments: false } })).code;
  } catch (error) {
    console.error(`minify: ${file}: ${error.message}`);
    process.exit(1);
  }
  if (!out || out.length >= source.length) continue;
  const before = sri(Buffer.from(source));
  writeFileSync(path, out);
  saved += source.length - out.length;
  // A file the page pins by hash gets its new hash.
  index = index.replaceAll(`integrity="${before}"`, `integrity="${sri(Buffer.from(out))}"`);
}
writeFileSync(indexPath, index);
console.log(`minify: ${(saved / 1024).toFixed(1)} KB fewer raw bytes`);
