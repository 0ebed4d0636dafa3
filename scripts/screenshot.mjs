// Takes screenshots of the built explainer for the README:
//   node scripts/screenshot.mjs OUT.png [width] [phase-index] [query]
// e.g. node scripts/screenshot.mjs docs/es-dark-320.png 320 3 "?lang=es&theme=dark"
import { serve, launch, appStarted } from "../tests/browser/harness.mjs";

const [out = "docs/screenshot.png", width = "1280", phase = "0", query = ""] = process.argv.slice(2);
const server = await serve();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(server.url + query);
await appStarted(page);
await page.getByRole("slider").focus();
for (let i = 0; i < Number(phase); i++) await page.keyboard.press("ArrowRight");
await page.locator(":focus").evaluate((el) => el.blur());
await page.screenshot({ path: out, fullPage: true });
await browser.close();
await server.close();
console.log(`wrote ${out}`);
