// Screenshots of the explainer on a phone for the README: what a reader
// sees at 375×667 (touch) with the phase control at the top of the
// screen, before and after a tap on "next".
//   node scripts/phone-screenshots.mjs [out-folder] [page]
// e.g. node scripts/phone-screenshots.mjs docs es/
import { join } from "node:path";
import { serve, launch, appStarted } from "../tests/browser/harness.mjs";

const [dir = "docs", path = ""] = process.argv.slice(2);
const lang = path.startsWith("es") ? "es" : "en";
const server = await serve();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
const page = await context.newPage();
await page.goto(server.url + path);
await appStarted(page);
await page.locator("#app .phase-control").evaluate((el) => el.scrollIntoView({ block: "start" }));
await page.waitForTimeout(300);
const before = join(dir, `phone-${lang}-before-next.png`);
await page.screenshot({ path: before });
await page.locator('#app .step[data-step="1"]').tap();
await page.waitForTimeout(500);
const after = join(dir, `phone-${lang}-after-next.png`);
await page.screenshot({ path: after });
await browser.close();
await server.close();
console.log(`wrote ${before} and ${after}`);
