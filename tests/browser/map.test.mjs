// The border map, driven as a reader would: every phase's marked places
// against the data file, hover, focus and tap on places, the table, and
// labels that neither overlap nor overflow from 320 px to 1600 px.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { explainerSuite, story, stateAt, sourceById, LIVE, CURRENT } from "./harness.mjs";

const open = explainerSuite({ before, after, afterEach }, assert);

/** Status each place should show in phase `i`, from the data file. */
function expectedStatuses(i) {
  return Object.fromEntries(story.places.map((p) => [p.id, stateAt(p, story.phases[i])?.status ?? "geography"]));
}

test("every phase marks each place as the sources say", async () => {
  const page = await open();
  const svg = page.locator(`${LIVE} svg.map__svg`);
  assert.ok((await svg.locator("title").textContent()).includes("US–Mexico border"));
  assert.ok((await svg.locator("desc").textContent()).length > 40);
  // Open the table once: it then follows every phase change.
  await page.locator(`${LIVE} .map-table > summary`).click();
  await page.getByRole("slider").focus();
  for (let i = 0; i < story.phases.length; i++) {
    if (i > 0) await page.keyboard.press("ArrowRight");
    const shown = Object.fromEntries(
      await page.locator(`${LIVE} .place`).evaluateAll((gs) => gs.map((g) => [g.dataset.place, g.dataset.status])),
    );
    assert.deepEqual(shown, expectedStatuses(i), `statuses in ${story.phases[i].id}`);
    // El Paso is drawn as the first port (a star) only while the restart runs.
    const firsts = await page.locator(`${LIVE} .place[data-first="true"]`).evaluateAll((gs) => gs.map((g) => g.dataset.place));
    const expectedFirst = story.places.filter((p) => stateAt(p, story.phases[i])?.first && ["planned", "active"].includes(stateAt(p, story.phases[i]).status)).map((p) => p.id);
    assert.deepEqual(firsts, expectedFirst);
    // The star shows, and the plain circle hides, exactly when El Paso is first.
    assert.equal(await page.locator(`${LIVE} .place[data-place="el-paso"] .shape--star`).isVisible(), expectedFirst.length === 1);
    assert.equal(await page.locator(`${LIVE} .place[data-place="el-paso"] .shape--base`).isVisible(), expectedFirst.length === 0);
    // Marks that do not rely on colour follow the status.
    for (const [id, status] of Object.entries(expectedStatuses(i))) {
      const place = page.locator(`${LIVE} .place[data-place="${id}"]`);
      if (status !== "geography") {
        assert.equal(await place.locator(".mark--cross").isVisible(), status === "ended", `${id} cross`);
        assert.equal(await place.locator(".mark--q").isVisible(), status === "unclear", `${id} question mark`);
      }
    }
    // The table says the same as the map, one row per place, and names the phase.
    assert.ok((await page.locator(`${LIVE} .map-table caption`).innerText()).endsWith(story.phases[i].title));
    assert.equal(await page.locator(`${LIVE} .map-table tbody tr:not([hidden])`).count(), story.places.length);
    const table = Object.fromEntries(
      await page.locator(`${LIVE} .map-table tbody tr:not([hidden])`).evaluateAll((rows) =>
        rows.map((r) => [r.dataset.place, r.querySelector("td[data-status]").dataset.status]),
      ),
    );
    assert.deepEqual(table, expectedStatuses(i), `table in ${story.phases[i].id}`);
  }
});

test("hovering, focusing or tapping a place shows its role in this phase and its source", async () => {
  const page = await open();
  const details = page.locator(`${LIVE} .place-details`);
  // Hover: Matamoros in the first phase.
  await page.locator(`${LIVE} .place[data-place="matamoros"] .symbol__focus`).hover();
  const matamoros = story.places.find((p) => p.id === "matamoros");
  const state = stateAt(matamoros, story.phases[0]);
  assert.equal(await details.locator("h3").textContent(), matamoros.name);
  assert.ok((await details.textContent()).includes(state.note));
  assert.ok((await details.locator(".cite summary").textContent()).includes(sourceById(state.sources[0]).outlet));

  // Keyboard: Tab from the slider reaches the places, in document order.
  await page.getByRole("slider").focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight"); // restart phase
  // Places are buttons whose names start with the words on the map.
  const elPasoButton = page.locator(LIVE).getByRole("button", { name: /^El Paso, Texas:/ });
  await elPasoButton.focus();
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement.dataset.place);
  const order = story.places.map((p) => p.id);
  assert.equal(focused, order[order.indexOf("el-paso") + 1], "Tab moves to the next place");
  await page.keyboard.press("Shift+Tab");
  const elPaso = story.places.find((p) => p.id === "el-paso");
  assert.equal(await details.locator("h3").textContent(), elPaso.name);
  const restart = stateAt(elPaso, story.phases[3]);
  assert.ok((await details.textContent()).includes(restart.note));
  assert.equal(await elPasoButton.getAttribute("aria-label"), "El Paso, Texas: US port of entry; in this phase: planned");

  // A twin city says it is geography, not a claim of the sources.
  await page.locator(LIVE).getByRole("button", { name: /^Cd\. Juárez \(Ciudad Juárez, Chihuahua\)/ }).focus();
  assert.ok((await details.textContent()).includes("Across the border from El Paso, Texas"));
});

test("a tap on a touch screen selects a place", async () => {
  const page = await open({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  await page.locator(`${LIVE} .place[data-place="laredo"] .symbol__focus`).tap();
  assert.equal(await page.locator(`${LIVE} .place-details h3`).textContent(), "Laredo, Texas");
});

test("the table opens by keyboard and lists every place", async () => {
  const page = await open();
  const summary = page.locator(`${LIVE} .map-table > summary`);
  await summary.focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.locator(`${LIVE} .map-table`).getAttribute("open"), "");
  assert.equal(await page.locator(`${LIVE} .map-table tbody tr:not([hidden])`).count(), story.places.length);
  assert.ok(await page.locator(`${LIVE} .map-table caption`).isVisible());
});

/** Rectangles of the visible labels and symbols, in page pixels. */
async function layoutBoxes(page) {
  return page.evaluate(() => {
    const visible = (el) => getComputedStyle(el).display !== "none" && el.closest("[style*='display: none']") === null;
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const live = document.querySelector("#app > main:not([hidden])");
    const labels = [...live.querySelectorAll(".place__label, .map__area")]
      .filter(visible)
      .map((el) => ({ who: el.closest(".place")?.dataset.place ?? el.textContent, box: box(el) }));
    // Each symbol's outline points in page pixels: a circle's as 16 points
    // on it, a polygon's or rectangle's corners.
    const outline = (el) => {
      const m = el.getScreenCTM();
      const local = el.tagName === "circle"
        ? Array.from({ length: 16 }, (_, k) => [el.r.baseVal.value * Math.cos(k * Math.PI / 8), el.r.baseVal.value * Math.sin(k * Math.PI / 8)])
        : el.tagName === "rect"
          ? [[0, 0], [1, 0], [1, 1], [0, 1]].map(([i, j]) => [el.x.baseVal.value + i * el.width.baseVal.value, el.y.baseVal.value + j * el.height.baseVal.value])
          : [...el.points].map((pt) => [pt.x, pt.y]);
      return local.map(([x, y]) => [m.a * x + m.c * y + m.e + scrollX, m.b * x + m.d * y + m.f + scrollY]);
    };
    const symbols = [...live.querySelectorAll(".place .symbol")]
      .filter((el) => getComputedStyle(el).visibility !== "hidden" && getComputedStyle(el).display !== "none")
      .map((el) => ({ who: el.closest(".place").dataset.place, box: box(el), outline: outline(el) }));
    const map = box(live.querySelector("svg.map__svg"));
    const fontSize = labels.length ? parseFloat(getComputedStyle(live.querySelector(".place__label")).fontSize) : 0;
    return { labels, symbols, map, fontSize, pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
  });
}

const overlap = (a, b) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

/**
 * Whether two convex outlines (lists of [x, y] corners in order) overlap by
 * more than half a pixel: by the separating axis theorem, they are apart
 * when their projections on some edge's normal are.
 */
function shapesOverlap(p, q) {
  for (const shape of [p, q]) {
    for (let i = 0; i < shape.length; i++) {
      const [x0, y0] = shape[i];
      const [x1, y1] = shape[(i + 1) % shape.length];
      const len = Math.hypot(x1 - x0, y1 - y0);
      if (len === 0) continue;
      const [nx, ny] = [(y0 - y1) / len, (x1 - x0) / len];
      const span = (s) => s.map(([x, y]) => x * nx + y * ny);
      const [a, b] = [span(p), span(q)];
      if (Math.max(...a) <= Math.min(...b) + 0.5 || Math.max(...b) <= Math.min(...a) + 0.5) return false;
    }
  }
  return true;
}

for (const width of [320, 375, 480, 640, 800, 1024, 1280, 1600]) {
  test(`at ${width} px labels stay legible, inside the map and clear of each other`, async () => {
    const page = await open({ viewport: { width, height: 900 } });
    const { labels, symbols, map, pageOverflow } = await layoutBoxes(page);
    assert.ok(pageOverflow <= 0, `page scrolls sideways by ${pageOverflow}px`);
    assert.ok(labels.length >= 10, `only ${labels.length} labels shown`);
    // Legible: the rendered text is at least 10 CSS px tall.
    const heights = await page.locator(`${LIVE} .place__label`).evaluateAll((ts) =>
      ts.filter((t) => getComputedStyle(t).display !== "none").map((t) => t.getBoundingClientRect().height),
    );
    assert.ok(Math.min(...heights) >= 10, `smallest label is ${Math.min(...heights)}px tall`);
    for (const [i, a] of labels.entries()) {
      assert.ok(a.box.x0 >= map.x0 - 0.5 && a.box.x1 <= map.x1 + 0.5 && a.box.y0 >= map.y0 - 0.5 && a.box.y1 <= map.y1 + 0.5,
        `${a.who} spills out of the map at ${width}px`);
      for (const b of labels.slice(i + 1)) {
        assert.ok(!overlap(a.box, b.box), `${a.who} overlaps ${b.who} at ${width}px`);
      }
      for (const s of symbols) {
        if (s.who !== a.who) assert.ok(!overlap(a.box, s.box), `label ${a.who} covers the symbol of ${s.who} at ${width}px`);
      }
    }
    // No place's symbol hides another's (a facility at a port's
    // coordinates is drawn beside it): the shapes, all convex, do not
    // intersect, with half a pixel of tolerance.
    for (const [i, a] of symbols.entries()) {
      for (const b of symbols.slice(i + 1)) {
        if (a.who !== b.who) assert.ok(!shapesOverlap(a.outline, b.outline), `the symbol of ${a.who} overlaps that of ${b.who} at ${width}px`);
      }
    }
  });
}
