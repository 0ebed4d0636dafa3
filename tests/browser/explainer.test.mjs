// End-to-end: drives the built explainer in headless Chromium as a reader
// does (keyboard, buttons, pointer, touch) and checks what the page says
// against assets/story.toml. Any console error or uncaught exception fails.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { explainerSuite, story, dateText, figureText, eventsOf, sourceById, LIVE, CURRENT } from "./harness.mjs";

const open = explainerSuite({ before, after, afterEach }, assert);
let page;

/** Checks that everything phase-dependent on the page shows phase `i`. */
async function assertPhase(i) {
  const phase = story.phases[i];
  const slider = page.getByRole("slider");
  assert.equal(await slider.inputValue(), String(i), "slider value");
  const valuetext = await slider.getAttribute("aria-valuetext");
  assert.ok(valuetext.startsWith(`Phase ${i + 1} of ${story.phases.length}: ${phase.title}`), valuetext);
  // A phase is dated by its start; its end is an editorial boundary.
  assert.ok(valuetext.endsWith(`, from ${dateText(phase.start)}`), valuetext);

  const panel = page.locator(CURRENT);
  assert.equal(await panel.getByRole("heading", { level: 2 }).textContent(), phase.title);
  assert.equal(await panel.locator(".phase__summary").textContent(), phase.summary);
  assert.deepEqual(
    await panel.locator(".phase__dates time").evaluateAll((ts) => ts.map((t) => [t.dateTime, t.textContent])),
    [[phase.start, `From ${dateText(phase.start)}`]],
  );
  // A start not stated by the sources says where it comes from.
  const basis = await panel.locator(".phase__basis").allTextContents();
  assert.deepEqual(basis, phase.start_basis === "public-record" ? ["(date from public record)"] : []);

  const expected = eventsOf(phase);
  const shown = await panel.locator(".event").evaluateAll((items) =>
    items.map((li) => ({
      date: li.querySelector(".event__when time")?.dateTime,
      when: li.querySelector(".event__date").textContent,
      basis: li.querySelector(".event__basis")?.textContent,
      text: li.querySelector(".event__text").textContent,
    })),
  );
  assert.equal(shown.length, expected.length, `events of ${phase.id}`);
  for (const event of expected) {
    const match = shown.find((s) => s.text === event.text);
    assert.ok(match, `event ${event.id} is shown`);
    if (event.date) {
      assert.equal(match.date, event.date);
      assert.equal(match.when, dateText(event.date));
      // A date worked out from the text or from public record says so.
      const basis = { "worked-out": "(date worked out from the text)", "public-record": "(date from public record)" }[event.date_basis];
      assert.equal(match.basis, basis, `${event.id}: where its date comes from`);
    } else {
      assert.equal(match.date, undefined, `${event.id} is undated`);
      assert.equal(match.when, event.undated);
    }
  }

  // Counts stay visible in every phase; the phase's era is the highlighted one.
  const figures = page.locator(`${LIVE} .figure`);
  assert.equal(await figures.count(), story.figures.length);
  for (const figure of story.figures) {
    const row = page.locator(`${LIVE} .figure[data-figure="${figure.id}"]`);
    assert.ok(await row.isVisible(), `${figure.id} visible in ${phase.id}`);
    assert.equal(await row.locator(".figure__number").textContent(), figureText(figure));
    assert.ok((await row.locator(".figure__meta").textContent()).includes(`reported ${dateText(figure.reported)}`));
  }
  assert.equal(await page.locator(`${LIVE} .era--current`).getAttribute("data-era"), phase.era);
  assert.equal(await page.locator(`${LIVE} .era--current .era__badge`).isVisible(), true);
  assert.equal(await page.locator(`${LIVE} .era:not(.era--current) .era__badge`).isVisible(), false);
  // The tick for this phase is marked too.
  assert.equal(await page.locator(`${LIVE} .tick--current .tick__name`).textContent(), phase.short_title);
}

test("the page opens on the first phase with its title, counts and sources", async () => {
  page = await open();
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Remain in Mexico");
  await assertPhase(0);
  const listed = await page.locator(`${LIVE} .sources__list li`).count();
  assert.equal(listed, story.sources.length);
  for (const source of story.sources) {
    const item = page.locator(`#source-${source.id}`);
    const text = await item.textContent();
    assert.ok(text.includes(source.outlet) && text.includes(source.title) && text.includes(dateText(source.date)), text);
  }
});

test("the keyboard moves through every phase: arrows, Home and End", async () => {
  page = await open();
  const slider = page.getByRole("slider");
  await slider.focus();
  for (let i = 1; i < story.phases.length; i++) {
    await page.keyboard.press("ArrowRight");
    await assertPhase(i);
  }
  await page.keyboard.press("ArrowRight");
  await assertPhase(story.phases.length - 1);
  await page.keyboard.press("Home");
  await assertPhase(0);
  await page.keyboard.press("ArrowLeft");
  await assertPhase(0);
  await page.keyboard.press("End");
  await assertPhase(story.phases.length - 1);
  for (let i = story.phases.length - 2; i >= 0; i--) {
    await page.keyboard.press("ArrowLeft");
    await assertPhase(i);
  }
});

test("the previous and next buttons move through every phase and stop at the ends", async () => {
  page = await open();
  const next = page.getByRole("button", { name: "Next phase" });
  const previous = page.getByRole("button", { name: "Previous phase" });
  assert.equal(await previous.getAttribute("aria-disabled"), "true");
  for (let i = 1; i < story.phases.length; i++) {
    await next.click();
    await assertPhase(i);
  }
  assert.equal(await next.getAttribute("aria-disabled"), "true");
  // aria-disabled (not disabled) keeps focus on the button; a click is a no-op.
  await next.click({ force: true });
  await assertPhase(story.phases.length - 1);
  for (let i = story.phases.length - 2; i >= 0; i--) {
    await previous.click();
    await assertPhase(i);
  }
  // Buttons work from the keyboard as well.
  await next.focus();
  await page.keyboard.press("Enter");
  await assertPhase(1);
  await page.keyboard.press("Space");
  await assertPhase(2);
});

test("clicking a phase name on the timeline jumps to it", async () => {
  page = await open();
  const last = story.phases.length - 1;
  await page.locator(`${LIVE} .tick`).nth(last).click();
  await assertPhase(last);
  await page.locator(`${LIVE} .tick`).nth(2).click();
  await assertPhase(2);
});

test("a citation opens by click and by keyboard, naming outlet, title and date", async () => {
  page = await open();
  // The first event of the court-order phase cites two sources and quotes one.
  await page.getByRole("slider").focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  const phase = story.phases[2];
  const event = eventsOf(phase).find((e) => e.id === "court-order");
  const cite = page.locator(`${CURRENT} .event[data-event="${event.id}"] details.cite`);
  const body = cite.locator(".cite__body");
  assert.equal(await body.isVisible(), false, "closed at first");
  const summary = cite.locator("summary");
  assert.equal(
    await summary.textContent(),
    `Sources: ${event.sources.map((id) => sourceById(id).outlet).join("; ")}`,
  );
  await summary.click();
  assert.equal(await body.isVisible(), true, "open after a click");
  const text = await body.textContent();
  for (const id of event.sources) {
    const s = sourceById(id);
    assert.ok(text.includes(s.outlet), `names ${s.outlet}`);
    assert.ok(text.includes(s.title), `names the title of ${id}`);
    assert.ok(text.includes(dateText(s.date)), `dates ${id}`);
  }
  assert.ok(text.includes(event.quote.text) && text.includes(event.quote.speaker), "shows the attributed quotation");
  await summary.click();
  assert.equal(await body.isVisible(), false, "closes again");

  // Keyboard: a figure's citation opens with Enter.
  const figureCite = page.locator(`${LIVE} .figure[data-figure="biden-mexico"] details.cite`);
  await figureCite.locator("summary").focus();
  await page.keyboard.press("Enter");
  assert.equal(await figureCite.getAttribute("open"), "");
  const abc = sourceById("abc-2023-02-07");
  const figureText = await figureCite.locator(".cite__body").textContent();
  assert.ok(figureText.includes(abc.title) && figureText.includes(abc.authors) && figureText.includes("February 7, 2023"));
});

test("the counts show the sources' disagreement in their own words", async () => {
  page = await open();
  const trump = page.locator(`${LIVE} .era[data-era="trump"]`);
  const note = await trump.locator(".era__disagreement").textContent();
  assert.ok(note.includes("“over 70,000”") && note.includes("“around 74,000”"), note);
  assert.ok(note.includes("not an average") && note.includes("None of the sources says how it counted"), note);
  assert.ok(!note.includes("need not agree"), "no invented reason for a difference");
  const compare = await page.locator(`${LIVE} .counts__compare`).textContent();
  assert.ok(compare.includes("“around 74,000”") && compare.includes("“approximately 7,500”"), compare);
  // Bars are proportional to the stated numbers: compare rendered widths.
  const widths = Object.fromEntries(
    await page.locator(`${LIVE} .figure`).evaluateAll((rows) =>
      rows.map((r) => [r.dataset.figure, r.querySelector(".figure__fill").getBoundingClientRect().width]),
    ),
  );
  // A floor's arrowhead sits inside its own bar's end, so it never reaches
  // past a larger figure's bar.
  const tips = await page.locator(`${LIVE} .figure`).evaluateAll((rows) =>
    rows.filter((r) => r.querySelector(".figure__beyond")).map((r) => [
      r.dataset.figure,
      r.querySelector(".figure__beyond").getBoundingClientRect().right - r.querySelector(".figure__fill").getBoundingClientRect().right,
    ]),
  );
  assert.equal(tips.length, 2, "two floors");
  for (const [id, past] of tips) assert.ok(past <= 0.5, `${id}: the arrowhead reaches ${past}px past its bar`);
  const max = Math.max(...story.figures.map((f) => f.value));
  for (const f of story.figures) {
    const ratio = widths[f.id] / widths["trump-mexico"];
    assert.ok(Math.abs(ratio - f.value / max) < 0.01, `${f.id} bar ratio ${ratio}`);
  }
});

test("on a 320 px touch screen, taps move the story and nothing scrolls sideways", async () => {
  page = await open({
    viewport: { width: 320, height: 640 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });
  const next = page.getByRole("button", { name: "Next phase" });
  const box = await next.boundingBox();
  assert.ok(box.width >= 24 && box.height >= 24, "touch target at least 24×24");
  for (let i = 1; i < story.phases.length; i++) {
    await next.tap();
    await assertPhase(i);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px in phase ${i}`);
  }
  await page.locator(`${CURRENT} .event details.cite summary`).first().tap();
  assert.equal(await page.locator(`${CURRENT} .event details.cite`).first().getAttribute("open"), "");
});
