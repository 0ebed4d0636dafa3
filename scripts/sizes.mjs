// Sizes of what a reader downloads, and the byte budget.
//   node scripts/sizes.mjs [dist] [--budget]   prints raw and gzip of every
//   file in dist/; with --budget, fails if the reader's total (gzip) is over
//   bench/budget.json.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const root = resolve(import.meta.dirname, "..");

/** Files that are not part of the page a reader loads. */
const NOT_READER = new Set(["_headers", "embed.html", "embed.css", "embed-page.js"]);

/** Files in `dir` a reader's browser downloads for the explainer. */
export function readerFiles(dir) {
  return readdirSync(dir)
    .filter((f) => !NOT_READER.has(f) && !f.endsWith(".gz") && !f.endsWith(".br"))
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** The budget, in gzipped bytes. */
export function budget() {
  return JSON.parse(readFileSync(join(root, "bench/budget.json"), "utf8")).total_gzip_bytes;
}

export const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;

function main() {
  const args = process.argv.slice(2);
  const dir = resolve(args.find((a) => !a.startsWith("--")) ?? join(root, "dist"));
  const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
  const reader = new Set(readerFiles(dir));
  let total = 0;
  console.log(`${"file".padEnd(48)}${"raw".padStart(11)}${"gzip -9".padStart(11)}`);
  for (const file of readdirSync(dir).sort()) {
    const path = join(dir, file);
    if (!statSync(path).isFile() || file.endsWith(".gz") || file.endsWith(".br")) continue;
    const bytes = readFileSync(path);
    const zipped = gzipped(bytes);
    if (reader.has(file)) total += zipped;
    console.log(`${(file + (reader.has(file) ? "" : "  (not loaded by readers)")).padEnd(48)}${kb(bytes.length)}${kb(zipped)}`);
  }
  const limit = budget();
  console.log(`${"reader total (gzip)".padEnd(48)}${"".padStart(11)}${kb(total)}`);
  console.log(`budget: ${(limit / 1024).toFixed(1)} KB gzipped (bench/budget.json); ${total <= limit ? "within" : "OVER"} by ${(Math.abs(limit - total) / 1024).toFixed(1)} KB`);
  if (args.includes("--budget") && total > limit) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
