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
for (const file of readdirSync(dir)) {
  const path = join(dir, file);
  if (!statSync(path).isFile() || /\.(gz|br)$/.test(file) || file === "_headers") continue;
  const bytes = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
