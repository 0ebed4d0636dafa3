// Phone readers: after a phase change made from the control, the control,
// the new phase's heading and dates and the start of its summary are in
// view together, with the map's state in view or directly below; in a page
// of its own, an auto-height frame (pym.js: the host page scrolls) and a
// WordPress frame (1,000 px, scrolls itself); at 320×568, 375×667, 414×896
// and 667×375. Measured from the reader's viewport, not eyeballed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { serve, serveRoutes, launch, openPage, appStarted, until, story, CSP, CORS } from "./harness.mjs";

const root = resolve(import.meta.dirname, "../..");
const pym = readFileSync(join(root, "node_modules/pym.js/dist/pym.v1.min.js"), "utf8");
const SCREENS = [[320, 568], [375, 667], [414, 896], [667, 375]];

let browser, site, hosts;
before(async () => {
  browser = await launch();
  site = await serve(undefined, { "content-security-policy": CSP, ...CORS });
  hosts = await serveRoutes({
    "/pym.html": ["text/html", `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Host</title><style>body{margin:0 8px}</style></head><body><p>An article.</p><div id="explainer"></div><p>After.</p><script src="/pym.v1.min.js"></script><script src="/pym-host.js"></script></body></html>`],
    "/pym-host.js": ["text/javascript", `new pym.Parent("explainer", new URLSearchParams(location.search).get("src"), { title: "Remain in Mexico" });`],
    "/pym.v1.min.js": ["text/javascript", pym],
    "/wp.html": ["text/html", `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Post</title><style>body{margin:0 8px} iframe{max-width:100%;border:0}</style></head><body><p>A post.</p><iframe id="wp" class="wp-embedded-content" sandbox="allow-scripts" title="Remain in Mexico" width="600" height="1000"></iframe><p>After.</p><script src="/wp-host.js"></script></body></html>`],
    // The height WordPress would set (wp-embed.js is tested in hosts.test.mjs).
    "/wp-host.js": ["text/javascript", `var f = document.getElementById("wp"); f.src = new URLSearchParams(location.search).get("src") + "#?secret=abc";
addEventListener("message", function (e) { if (e.source === f.contentWindow && e.data && e.data.secret === "abc" && e.data.message === "height") f.height = Math.max(200, Math.min(1000, +e.data.value)); });`],
  });
});
after(async () => {
  await browser?.close();
  await site?.close();
  await hosts?.close();
});

/** Opens the explainer on its own, or in a host, on a touch screen. */
async function openIn(kind, [width, height]) {
  const options = { viewport: { width, height }, hasTouch: true, isMobile: true };
  if (kind === "page") {
    const page = await openPage(browser, site.url, options);
    await appStarted(page);
    return { page, frame: page.mainFrame() };
  }
  const page = await openPage(browser, `${hosts.url}${kind}.html?src=${encodeURIComponent(site.url)}`, options);
  const frame = await until(() => page.frame({ url: (u) => u.href.startsWith(site.url) }), 10000, "the frame");
  await appStarted(frame);
  return { page, frame };
}

/**
 * Where the parts the reader needs are, in the reader's viewport (the
 * frame's own viewport, then the host's): top and bottom of each.
 */
async function whereAre(page, frame) {
  const inFrame = await frame.evaluate(() => {
    const rect = (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    };
    const phase = document.querySelector("#app .phase:not([hidden])");
    const summary = phase.querySelector(".phase__summary");
    // The summary's first line.
    const range = document.createRange();
    range.setStart(summary.firstChild, 0);
    range.setEnd(summary.firstChild, 1);
    const first = range.getBoundingClientRect();
    return {
      viewport: innerHeight,
      control: rect(document.querySelector("#app .phase-control")),
      heading: rect(phase.querySelector(".phase__title")),
      dates: rect(phase.querySelector(".phase__dates")),
      summary: { top: first.top, bottom: first.bottom },
      map: rect(document.querySelector("#app .map__svg")),
    };
  });
  const offset = frame === page.mainFrame() ? null
    : await page.evaluate(() => {
      const f = document.querySelector("iframe:not([title=forger])");
      return { top: f.getBoundingClientRect().top, viewport: innerHeight };
    });
  return { ...inFrame, offset };
}

/** Whether a part is wholly in view, in the frame and (embedded) in the host. */
function inView(where, part) {
  const { top, bottom } = where[part];
  const inFrame = top >= -1 && bottom <= where.viewport + 1;
  if (!where.offset) return inFrame;
  return inFrame && where.offset.top + top >= -1 && where.offset.top + bottom <= where.offset.viewport + 1;
}

async function tapNext(frame) {
  await frame.locator('#app button[aria-label="Next phase"]').tap();
}

for (const kind of ["page", "pym", "wp"]) {
  for (const screen of SCREENS) {
    test(`${kind}, ${screen.join("×")}: after a tap on "next", the control, the phase's heading, dates and first line are in view, the map too or just below`, async () => {
      const { page, frame } = await openIn(kind, screen);
      // The reader first scrolls the control to the bottom of the screen.
      await frame.evaluate(() => document.querySelector("#app .phase-control").scrollIntoView({ block: "end" }));
      await new Promise((r) => setTimeout(r, 200));
      for (let i = 1; i < 4; i++) {
        await tapNext(frame);
        await until(async () => (await frame.locator("#app .phase:not([hidden]) .phase__title").textContent()) === story.phases[i].title, 3000, `phase ${i + 1}`);
        // The reveal, if any, is instant; give layout and scroll a frame.
        await new Promise((r) => setTimeout(r, 300));
        const where = await whereAre(page, frame);
        for (const part of ["control", "heading", "dates", "summary"]) {
          assert.ok(inView(where, part), `${kind} ${screen.join("×")} phase ${i + 1}: ${part} out of view (${JSON.stringify(where)})`);
        }
        // The control names the phase shown (on a phone, under the ticks).
        const named = frame.locator("#app .tick--current .tick__name");
        assert.ok(await named.isVisible(), "the control names the phase");
        assert.equal(await named.textContent(), story.phases[i].short_title);
        const directlyBelow = where.map.top >= where.summary.bottom && where.map.top - where.summary.bottom <= 120;
        assert.ok(inView(where, "map") || directlyBelow, `the map is in view or directly below (${JSON.stringify(where)})`);
      }
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }
}

test("the page never scrolls its host by itself: opening it and waiting moves nothing", async () => {
  const { page } = await openIn("pym", [375, 667]);
  await new Promise((r) => setTimeout(r, 1000));
  assert.equal(await page.evaluate(() => scrollY), 0);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("on a phone each phase takes its own height, and the host page does not shift under the reader when the frame resizes", async () => {
  const { page, frame } = await openIn("pym", [414, 896]);
  // The reader has the control at the top of the screen.
  await frame.evaluate(() => document.querySelector("#app .phase-control").scrollIntoView({ block: "start" }));
  await new Promise((r) => setTimeout(r, 300));
  await page.evaluate(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push(entry.value);
    }).observe({ type: "layout-shift" });
  });
  const controlTop = () => page.evaluate(() => document.querySelector("#explainer iframe").getBoundingClientRect().top)
    .then(async (top) => top + (await frame.evaluate(() => document.querySelector("#app .phase-control").getBoundingClientRect().top)));
  const frameHeight = () => page.evaluate(() => document.querySelector("#explainer iframe").getBoundingClientRect().height);
  const heights = new Set([await frameHeight()]);
  const before = await controlTop();
  for (let i = 1; i < story.phases.length; i++) {
    await tapNext(frame);
    await until(async () => (await frame.locator("#app .phase:not([hidden]) .phase__title").textContent()) === story.phases[i].title, 3000, `phase ${i + 1}`);
    await new Promise((r) => setTimeout(r, 400));
    heights.add(await frameHeight());
    assert.ok(Math.abs((await controlTop()) - before) <= 1, `phase ${i + 1}: the control stays where the reader has it`);
  }
  assert.ok(heights.size >= 3, `the frame follows each phase's height (${[...heights].join(", ")})`);
  const shifted = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  assert.equal(shifted, 0, "no layout shift in the host's viewport");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("every place on the map can be tapped at 375 px: directly, or by choosing it where places crowd together", async () => {
  const { page } = await openIn("page", [375, 667]);
  const places = await page.locator("#app .place").evaluateAll((gs) => gs.map((g) => g.dataset.place));
  assert.equal(places.length, story.places.length);
  for (const id of places) {
    const symbol = page.locator(`#app .place[data-place="${id}"] .symbol__focus`);
    await symbol.scrollIntoViewIfNeeded();
    const box = await symbol.boundingBox();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const details = page.locator("#app .place-details");
    await until(async () => (await details.locator("h3, .place-picker").count()) > 0, 3000, `an answer to the tap on ${id}`);
    const name = await page.evaluate((id) => {
      const row = [...document.querySelectorAll(`#app .map-table tr[data-place="${id}"]`)].find((r) => !r.hidden);
      return row.querySelector('[data-cell="name"]').textContent;
    }, id);
    if ((await details.locator(".place-picker").count()) > 0) {
      const option = details.getByRole("button", { name, exact: true });
      assert.equal(await option.count(), 1, `${id} is offered where it was tapped`);
      const size = await option.boundingBox();
      assert.ok(size.width >= 24 && size.height >= 24, `${id}: a 24×24 target (${size.width}×${size.height})`);
      await option.tap();
    }
    await until(async () => (await details.locator("h3").textContent().catch(() => "")) === name, 3000, `${id}'s details`);
  }
  // A tap between two crowded symbols asks, offering both.
  const [a, b] = await Promise.all(["matamoros", "brownsville"].map((id) => page.locator(`#app .place[data-place="${id}"] .symbol__focus`).boundingBox()));
  const centre = (r) => [r.x + r.width / 2, r.y + r.height / 2];
  const [[ax, ay], [bx, by]] = [centre(a), centre(b)];
  assert.ok(Math.hypot(ax - bx, ay - by) < 24, "Matamoros and Brownsville are closer than a finger at 375 px");
  await page.touchscreen.tap((ax + bx) / 2, (ay + by) / 2);
  const offered = await until(async () => (await page.locator("#app .place-picker__option").allTextContents()).join(" | "), 3000, "a choice");
  assert.ok(offered.includes("Matamoros") && offered.includes("Brownsville"), offered);
  assert.deepEqual(page.problems, []);
  await page.close();
});
