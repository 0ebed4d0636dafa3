// The app starts where the page says it may (assets/start-point.js, right
// after the control, the phases, the copy link and the place panel), not
// once the whole page is parsed: on a slow phone the reader can use the
// control while the map key, the counts and the sources below are still
// arriving. Here the rest of the page is held back after the start point,
// as a slow network would, and released while the reader is already at work.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, until, story, CURRENT } from "./harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Opens the page of `site` without waiting for it to finish loading. */
async function openHeld(site, query = "") {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.problems = [];
  page.on("console", (m) => { if (m.type() === "error") page.problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => page.problems.push(`uncaught: ${e.message}`));
  await page.goto(site.url + query, { waitUntil: "commit" });
  return page;
}

/** Whether the app is live, and how far the page has come. */
function progress(page) {
  return page.evaluate(() => ({
    started: !!document.querySelector("#app[data-started]"),
    loading: document.readyState === "loading",
    counts: !!document.querySelector(".counts"),
  }));
}

/**
 * Every per-phase attribute in the page that does not show phase `index`
 * (protocol's encoding: `data-p-<name>="v0|v1|…"`, `~` where absent).
 */
function notInPhase(page, index) {
  return page.evaluate((index) => {
    const wrong = [];
    for (const el of document.querySelectorAll("[data-p]")) {
      for (const list of el.getAttributeNames().filter((n) => n.startsWith("data-p-"))) {
        const name = list.slice("data-p-".length);
        const value = el.getAttribute(list).split("|")[index];
        const want = value === undefined || value === "~" ? null : value;
        if (el.getAttribute(name) !== want) wrong.push(`${el.tagName.toLowerCase()}.${el.classList[0]} ${name}`);
      }
    }
    return wrong;
  }, index);
}

test("the app is live before the rest of the page has arrived, and the rest follows the reader's phase", async () => {
  const site = await serve(undefined, {}, { holdAfter: "start-point.js" });
  const page = await openHeld(site);
  const early = await until(async () => {
    const now = await progress(page);
    return now.started && now;
  }, 10_000, "the app to start");
  assert.ok(early.loading, "the page is still loading when the app starts");
  assert.ok(!early.counts, "the rest of the page is held back");

  // The reader moves on and puts a place in focus before the rest arrives.
  await page.locator(".phase-control .step[data-step='1']").click();
  assert.equal(await page.locator(`${CURRENT} .phase__title`).textContent(), story.phases[1].title);
  assert.equal(await page.getByRole("slider").inputValue(), "1");
  const place = page.locator("#app .map .place").first();
  const name = await place.getAttribute("data-place");
  await place.focus();
  assert.ok((await progress(page)).loading, "still loading when the reader moved");

  site.release();
  await until(async () => !(await progress(page)).loading, 10_000, "the page to be parsed");
  // What arrived later shows the reader's phase, not the one the page was
  // written in: the place table, its caption, the counts' current era.
  await until(async () => (await notInPhase(page, 1)).length === 0, 5_000, "the rest to show phase 2")
    .catch(async () => assert.deepEqual(await notInPhase(page, 1), []));
  // The place in focus now has its details, from its row of the table.
  const details = page.locator("#app .place-details .place-details__name");
  await until(async () => (await details.count()) > 0, 5_000, "the place's details");
  const expected = story.places.find((p) => p.id === name).name;
  assert.equal(await details.textContent(), expected);
  // And the story goes on as usual.
  await page.locator(".phase-control .step[data-step='1']").click();
  assert.equal(await page.locator(`${CURRENT} .phase__title`).textContent(), story.phases[2].title);
  assert.deepEqual(await notInPhase(page, 2), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
  await site.close();
});

test("a linked phase shown before the app stays right in what arrives later, and follows the reader", async () => {
  const linked = 3;
  const site = await serve(undefined, {}, { holdAfter: "start-point.js" });
  const page = await openHeld(site, `?phase=${story.phases[linked].id}`);
  await until(async () => (await progress(page)).started, 10_000, "the app to start");
  assert.equal(await page.locator(`${CURRENT} .phase__title`).textContent(), story.phases[linked].title);
  await page.getByRole("slider").focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.locator(`${CURRENT} .phase__title`).textContent(), story.phases[linked + 1].title);
  assert.ok((await progress(page)).loading, "still loading when the reader moved");
  site.release();
  await until(async () => (await notInPhase(page, linked + 1)).length === 0, 10_000, "the rest to show the reader's phase")
    .catch(async () => assert.deepEqual(await notInPhase(page, linked + 1), []));
  assert.deepEqual(page.problems, []);
  await page.context().close();
  await site.close();
});

test("where a host dropped the start point, the app starts once the page is parsed", async () => {
  const site = await serve(undefined, {}, { holdAfter: "start-point.js" });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route("**/start-point.js", (route) => route.fulfill({ status: 404, body: "" }));
  const page = await context.newPage();
  await page.goto(site.url, { waitUntil: "commit" });
  // Time enough for the app to download and start, were it allowed to.
  await page.waitForFunction(() => !!document.querySelector(".phase-control"));
  await new Promise((r) => setTimeout(r, 1500));
  const held = await progress(page);
  assert.ok(held.loading && !held.started, `the app waits for the page (${JSON.stringify(held)})`);
  site.release();
  await until(async () => (await progress(page)).started, 10_000, "the app to start");
  await page.locator(".phase-control .step[data-step='1']").click();
  assert.equal(await page.locator(`${CURRENT} .phase__title`).textContent(), story.phases[1].title);
  assert.deepEqual(await notInPhase(page, 1), []);
  await context.close();
  await site.close();
});
