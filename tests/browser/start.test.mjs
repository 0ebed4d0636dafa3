// The app starts where the page says it may (assets/start-point.js, right
// after the phase control), not once the whole page is parsed: on a slow
// phone the reader can use the control while the map, the phases, the map
// key, the counts and the sources below are still arriving. Here the rest
// of the page is held back after a point, as a slow network would, and
// released while the reader is already at work. What arrives after a move
// shows the reader's phase from its first frame (assets/deep-link.js sets
// it as the parser adds it), and the app brings the whole page to it once
// it is parsed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, until, story, CURRENT } from "./harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const DESKTOP = { viewport: { width: 1280, height: 900 } };

/**
 * Opens the page of `site` without waiting for it to finish loading
 * (`page.problems` as the harness records them); `prepare` runs first.
 */
function openHeld(site, query = "", options = DESKTOP, prepare) {
  return openPage(browser, site.url + query, options, undefined, prepare, { waitUntil: "commit" });
}

/** Uncaught exceptions only (a host's dropped script is a console error). */
const uncaught = (page) => page.problems.filter((p) => p.startsWith("uncaught"));

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

/**
 * Serves the site held as `hold` says (serve's options), opens it with
 * `query` (and `options`), and waits until the app is live on it.
 */
async function liveWhileHeld(hold, query = "", options = DESKTOP) {
  const site = await serve(undefined, {}, hold);
  const page = await openHeld(site, query, options);
  await until(async () => (await progress(page)).started, 10_000, "the app to start");
  return { site, page };
}

/** Checks that the page reported no problem, then closes it and its site. */
async function closeClean(site, page) {
  assert.deepEqual(page.problems, []);
  await page.context().close();
  await site.close();
}

/** The phases a reader sees (visible and laid out), by id. */
function visiblePhases(page) {
  return page.evaluate(() => [...document.querySelectorAll(".phases > .phase")]
    .filter((p) => getComputedStyle(p).visibility === "visible" && p.getClientRects().length > 0)
    .map((p) => p.dataset.phase));
}

/** Two hold points: after the start point, and after the map and the phases. */
const TWICE = { holdAfter: ["start-point.js", 'class="map-key'] };

test("the app is live before the rest of the page has arrived, and what arrives shows the reader's phase", async () => {
  const site = await serve(undefined, {}, TWICE);
  const page = await openHeld(site);
  const early = await until(async () => {
    const now = await progress(page);
    return now.started && now;
  }, 10_000, "the app to start");
  assert.ok(early.loading, "the page is still loading when the app starts");
  assert.ok(!early.counts, "the rest of the page is held back");
  assert.equal(await page.locator("#app .phases").count(), 0, "the phases have not arrived");

  // The reader moves on before the phases have arrived.
  await page.locator(".phase-control .step[data-step='1']").click();
  assert.equal(await page.getByRole("slider").inputValue(), "1");

  // The map and the phases arrive, the rest of the page not yet: they show
  // the reader's phase (deep-link.js sets them as they are parsed; the app
  // reads the page only once it is parsed).
  site.release();
  await until(() => page.evaluate(() => !!document.querySelector(".map-key")), 10_000, "the map and the phases");
  assert.ok((await progress(page)).loading, "still loading");
  assert.deepEqual(await visiblePhases(page), [story.phases[1].id]);
  assert.deepEqual(await notInPhase(page, 1), []);

  site.release();
  await until(async () => !(await progress(page)).loading, 10_000, "the page to be parsed");
  await until(async () => (await notInPhase(page, 1)).length === 0, 5_000, "the whole page to show phase 2")
    .catch(async () => assert.deepEqual(await notInPhase(page, 1), []));
  assert.equal(await page.locator(`${CURRENT} .phase__title`).textContent(), story.phases[1].title);
  assert.deepEqual(await visiblePhases(page), [story.phases[1].id]);
  // And the story goes on as usual.
  await page.locator(".phase-control .step[data-step='1']").click();
  assert.equal(await page.locator(`${CURRENT} .phase__title`).textContent(), story.phases[2].title);
  assert.deepEqual(await notInPhase(page, 2), []);
  await closeClean(site, page);
});

test("a move made before the phases have arrived is announced once they have", async () => {
  const { site, page } = await liveWhileHeld({ holdAfter: "start-point.js" });
  await page.locator(".phase-control .step[data-step='1']").click();
  // Past the pause after which a phase is announced: its words are not here yet.
  await new Promise((r) => setTimeout(r, 600));
  assert.equal(await page.locator("#app .announce").textContent(), "");
  site.release();
  const said = await until(async () => await page.locator("#app .announce").textContent(), 10_000, "the announcement");
  const words = await page.locator(`#app .phases > .phase[data-phase="${story.phases[1].id}"]`).getAttribute("data-announce");
  assert.ok(words, "the phase's words");
  assert.equal(said, words);
  await closeClean(site, page);
});

test("a place put in focus before the place table has arrived gets its details once it does", async () => {
  const { site, page } = await liveWhileHeld({ holdAfter: 'class="map-key' });
  await page.locator(".phase-control .step[data-step='1']").click();
  assert.equal(await page.locator(`${CURRENT} .phase__title`).textContent(), story.phases[1].title);
  const place = page.locator("#app .map .place").first();
  const name = await place.getAttribute("data-place");
  await place.focus();
  assert.ok((await progress(page)).loading, "still loading when the reader moved");
  site.release();
  const details = page.locator("#app .place-details .place-details__name");
  await until(async () => (await details.count()) > 0, 10_000, "the place's details");
  assert.equal(await details.textContent(), story.places.find((p) => p.id === name).name);
  assert.deepEqual(await notInPhase(page, 1), []);
  await closeClean(site, page);
});

test("a linked phase shown before the app stays right in what arrives later, and follows the reader", async () => {
  const linked = 3;
  const { site, page } = await liveWhileHeld(TWICE, `?phase=${story.phases[linked].id}`);
  assert.equal(await page.getByRole("slider").inputValue(), String(linked));
  await page.getByRole("slider").focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.getByRole("slider").inputValue(), String(linked + 1));
  site.release();
  await until(() => page.evaluate(() => !!document.querySelector(".map-key")), 10_000, "the map and the phases");
  assert.ok((await progress(page)).loading, "still loading");
  assert.deepEqual(await visiblePhases(page), [story.phases[linked + 1].id]);
  assert.deepEqual(await notInPhase(page, linked + 1), []);
  site.release();
  await until(async () => (await notInPhase(page, linked + 1)).length === 0 && !(await progress(page)).loading, 10_000, "the rest to show the reader's phase")
    .catch(async () => assert.deepEqual(await notInPhase(page, linked + 1), []));
  assert.equal(await page.locator(`${CURRENT} .phase__title`).textContent(), story.phases[linked + 1].title);
  await closeClean(site, page);
});

test("a page the reader has not touched shows only its first phase until the app has read it", async () => {
  const { site, page } = await liveWhileHeld(TWICE);
  site.release();
  await until(() => page.evaluate(() => !!document.querySelector(".map-key")), 10_000, "the map and the phases");
  assert.ok((await progress(page)).loading, "still loading");
  assert.deepEqual(await visiblePhases(page), [story.phases[0].id]);
  site.release();
  // Once read, the phases' own hidden holds, and the next phase shows.
  await until(() => page.evaluate(() => document.documentElement.getAttribute("data-phase-set")), 5_000, "the app to read the page");
  assert.deepEqual(await visiblePhases(page), [story.phases[0].id]);
  await page.locator(".phase-control .step[data-step='1']").click();
  assert.equal(await page.locator(`${CURRENT} .phase__title`).textContent(), story.phases[1].title);
  assert.deepEqual(await visiblePhases(page), [story.phases[1].id]);
  assert.deepEqual(await notInPhase(page, 1), []);
  await closeClean(site, page);
});

test("the app's glue and wasm are downloaded once (the glue from its preload), in each language", async () => {
  const site = await serve(undefined, {}, { compressed: true });
  for (const path of ["", "es/"]) {
    const page = await openPage(browser, site.url + path, DESKTOP);
    await until(async () => (await progress(page)).started && !(await progress(page)).loading, 10_000, "the app");
    await page.waitForLoadState("load");
    assert.deepEqual(page.problems, [], path);
    await page.context().close();
  }
  const wasm = site.asked(".wasm");
  const glue = Object.fromEntries(Object.entries(site.asked(".js")).filter(([path]) => /remain-in-mexico-[0-9a-f]+\.js$/.test(path)));
  // One file of each, shared by both pages, asked for once by each page.
  assert.deepEqual(Object.values(wasm), [2], JSON.stringify(wasm));
  assert.deepEqual(Object.values(glue), [2], JSON.stringify(glue));
  await site.close();
});

/** Waits until the app's glue and wasm have downloaded. */
function appDownloaded(page) {
  return until(() => page.evaluate(() => {
    const done = performance.getEntriesByType("resource").filter((e) => e.responseEnd > 0).map((e) => e.name);
    return done.some((n) => n.endsWith(".wasm")) && done.some((n) => /remain-in-mexico-[0-9a-f]+\.js$/.test(n));
  }), 10_000, "the app's download");
}

const START_POINT = '<script src="start-point.js"></script>';
for (const [host, options, change] of [
  ["dropped the start point", { holdAfter: "start-point.js" }, (page) => page.route("**/start-point.js", (route) => route.fulfill({ status: 404, body: "" }))],
  // deep-link.js is what sets the rest of the page to a reader's early
  // move: without it, the app waits for the page.
  ["stripped deep-link.js", { holdAfter: "start-point.js" }, (page) => page.route(/deep-link[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: "" }))],
  // An optimiser that hoists every script into <head>: the start point then
  // runs before the explainer exists, and must not start the app there.
  ["moved the start point into <head>", {
    holdAfter: 'class="masthead',
    rewrite: (html) => html.replace(START_POINT, "").replace("</head>", `${START_POINT}</head>`),
  }, undefined],
]) {
  test(`where a host ${host}, the app starts once the page is parsed`, async () => {
    const site = await serve(undefined, {}, options);
    const page = await openHeld(site, "", DESKTOP, change);
    await page.waitForFunction(() => !!document.querySelector("#app"));
    // Time enough for the app to start, were it allowed to.
    await appDownloaded(page);
    await new Promise((r) => setTimeout(r, 1000));
    const held = await progress(page);
    assert.ok(held.loading && !held.started, `the app waits for the page (${JSON.stringify(held)})`);
    site.release();
    await until(async () => (await progress(page)).started, 10_000, "the app to start");
    await page.locator(".phase-control .step[data-step='1']").click();
    assert.equal(await page.locator(`${CURRENT} .phase__title`).textContent(), story.phases[1].title);
    assert.deepEqual(await notInPhase(page, 1), []);
    assert.ok(!(await page.evaluate(() => document.documentElement.classList.contains("no-app"))), "not the static story");
    assert.deepEqual(uncaught(page), []);
    await page.context().close();
    await site.close();
  });
}

test("on a phone, a tap among crowded places before the place table has arrived takes the place under the finger", async () => {
  const { site, page } = await liveWhileHeld({ holdAfter: 'class="map-key' }, "", { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  await page.locator('#app .place[data-place="matamoros"] .symbol__focus').scrollIntoViewIfNeeded();
  const [a, b] = await Promise.all(["matamoros", "brownsville"].map((id) => page.locator(`#app .place[data-place="${id}"] .symbol__focus`).boundingBox()));
  const centre = (r) => [r.x + r.width / 2, r.y + r.height / 2];
  const [[ax, ay], [bx, by]] = [centre(a), centre(b)];
  await page.touchscreen.tap((ax + bx) / 2, (ay + by) / 2);
  await new Promise((r) => setTimeout(r, 300));
  assert.ok((await progress(page)).loading, "still loading when the reader tapped");
  assert.equal(await page.locator("#app .place-details .place-picker").count(), 0, "no question without names to offer");
  site.release();
  const details = page.locator("#app .place-details .place-details__name");
  await until(async () => (await details.count()) > 0, 5_000, "the tapped place's details");
  const named = await details.textContent();
  const names = ["matamoros", "brownsville"].map((id) => story.places.find((p) => p.id === id).name);
  assert.ok(names.includes(named), `${named} is one of ${names.join(", ")}`);
  // Once the table is there, the same tap asks which one.
  await page.touchscreen.tap((ax + bx) / 2, (ay + by) / 2);
  const offered = await until(async () => (await page.locator("#app .place-picker__option").allTextContents()).join(" | "), 3000, "a choice");
  assert.ok(offered.includes("Matamoros") && offered.includes("Brownsville"), offered);
  assert.deepEqual(uncaught(page), []);
  await page.context().close();
  await site.close();
});

test("a language switch before the rest of the page has arrived carries the frame's fragment (WordPress's secret)", async () => {
  const { site, page } = await liveWhileHeld({ holdAfter: "start-point.js" }, "#?secret=abc123");
  assert.ok((await progress(page)).loading, "still loading when the reader switches");
  await page.locator('a.lang__option[hreflang="es"]').click({ noWaitAfter: true });
  await until(() => page.url().includes("/es/"), 10_000, "the Spanish page");
  const fragment = new URLSearchParams(new URL(page.url()).hash.replace(/^#\??/, ""));
  assert.equal(fragment.get("secret"), "abc123", page.url());
  assert.equal(fragment.get("focus"), "language", page.url());
  site.release();
  await page.context().close();
  await site.close();
});
