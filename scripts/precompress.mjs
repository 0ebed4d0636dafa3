// Trunk post-build hook: writes .gz and .br beside every text file of the
// built site, so static hosts that serve precompressed files can.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error("precompress: give the built site's folder, or run as a Trunk hook");
  process.exit(1);
}
// Every file, in every folder (each language's page has its own).
function compress(folder) {
  for (const file of readdirSync(folder)) {
    const path = join(folder, file);
    if (statSync(path).isDirectory()) {
      compress(path);
      continue;
    }
    if (/\.(gz|br|png)$/.test(file) || file === "_headers") continue;
    const bytes = readFileSync(path);
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}
compress(dir);
