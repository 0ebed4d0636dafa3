// Sizes of what a reader downloads, and the byte budget.
//   node scripts/sizes.mjs [dist] [--budget]   prints raw and gzip of every
//   file each language's page loads (the page and what it references); with
//   --budget, fails if either language's total (gzip) is over
//   bench/budget.json.
import { readFileSync } from "node:fs";
import { dirname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const root = resolve(import.meta.dirname, "..");

/** Each language's page, in dist/. */
export const PAGES = { en: "index.html", es: "es/index.html" };

/**
 * The files a reader of `lang`'s page downloads, relative to `dir`: the
 * page, and the stylesheet, scripts and wasm it loads (not the links it
 * offers: the other language, oEmbed, data, share card).
 */
export function readerFiles(dir, lang = "en") {
  const page = PAGES[lang];
  const html = readFileSync(join(dir, page), "utf8");
  const folder = dirname(page);
  const loaded = [
    ...html.matchAll(/<link rel="(?:stylesheet|modulepreload)"[^>]* href="([^"]+)"/g),
    ...html.matchAll(/<script[^>]* src="([^"]+)"/g),
    ...html.matchAll(/ data-(?:js|wasm)="([^"]+)"/g),
  ].map(([, href]) => normalize(join(folder, href)));
  return [page, ...new Set(loaded)].sort();
}

/** The budget, in gzipped bytes: a language's page with everything it loads. */
export function budget() {
  return JSON.parse(readFileSync(join(root, "bench/budget.json"), "utf8")).total_gzip_bytes;
}

/** The wasm's own budget, in gzipped bytes (the part most apt to grow unseen). */
export function wasmBudget() {
  return JSON.parse(readFileSync(join(root, "bench/budget.json"), "utf8")).wasm_gzip_bytes;
}

export const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;

function main() {
  const args = process.argv.slice(2);
  const dir = resolve(args.find((a) => !a.startsWith("--")) ?? join(root, "dist"));
  const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
  const limit = budget();
  const wasmLimit = wasmBudget();
  let over = false;
  for (const lang of Object.keys(PAGES)) {
    let total = 0;
    console.log(`\n${lang}: ${"file".padEnd(44)}${"raw".padStart(11)}${"gzip -9".padStart(11)}`);
    for (const file of readerFiles(dir, lang)) {
      const bytes = readFileSync(join(dir, file));
      const zipped = gzipped(bytes);
      total += zipped;
      const wasmOver = file.endsWith(".wasm") && zipped > wasmLimit;
      console.log(`    ${file.padEnd(44)}${kb(bytes.length)}${kb(zipped)}${wasmOver ? `  OVER the wasm budget of ${(wasmLimit / 1024).toFixed(1)} KB` : ""}`);
      over ||= wasmOver;
    }
    console.log(`    ${"reader total (gzip)".padEnd(44)}${"".padStart(11)}${kb(total)}`);
    console.log(`    budget: ${(limit / 1024).toFixed(1)} KB gzipped (bench/budget.json); ${total <= limit ? "within" : "OVER"} by ${(Math.abs(limit - total) / 1024).toFixed(1)} KB`);
    over ||= total > limit;
  }
  if (args.includes("--budget") && over) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
