// Screenshots of the map for the README: node scripts/map-screenshots.mjs
// writes docs/map-<phase>.png for two phases at 1280 px.
import { serve, launch, story, appStarted } from "../tests/browser/harness.mjs";

const server = await serve();
const browser = await launch();
for (const id of ["first-mpp", "restart"]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await appStarted(page);
  await page.getByRole("slider").focus();
  const index = story.phases.findIndex((p) => p.id === id);
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowRight");
  await page.locator("#app > main:not([hidden]) .place[data-place='el-paso']").focus();
  await page.locator("#app > main:not([hidden]) .map").screenshot({ path: `docs/map-${id}.png` });
  console.log(`wrote docs/map-${id}.png`);
}
await browser.close();
await server.close();
