// Prints the raw and gzipped size of every file in a folder (default dist/).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const root = process.argv[2] ?? "dist";
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
})(root);

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
let raw = 0, gz = 0;
console.log(`${"file".padEnd(48)}${"raw".padStart(11)}${"gzip -9".padStart(11)}`);
for (const path of files.sort()) {
  const bytes = readFileSync(path);
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length; gz += zipped;
  console.log(`${relative(root, path).padEnd(48)}${kb(bytes.length)}${kb(zipped)}`);
}
console.log(`${"total".padEnd(48)}${kb(raw)}${kb(gz)}`);
