// Print (issue 16): printing or saving as PDF gives the static story, the
// same whether the app is live or not and whichever phase the reader was
// on: every phase in turn with its events, the map once and labelled with
// the phase it shows, the counts and the sources; no controls; black text
// on white. Prints the built page to PDF with headless Chromium and reads
// the PDF's text with pdftotext (Debian's poppler-utils).
// Serves DIST (a built site) or dist/ at the repo root.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serve, launch, openPage, appStarted } from "./harness.mjs";

const root = resolve(import.meta.dirname, "../..");
const dist = resolve(process.env.DIST ?? join(root, "dist"));
const scratch = mkdtempSync(join(tmpdir(), "print-test-"));
let server, browser;
before(async () => {
  server = await serve(dist);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Whitespace collapsed, compatibility forms folded (ligatures, spaces). */
const flat = (s) => s.normalize("NFKC").replace(/[\u00ad]/g, "").replace(/\s+/g, " ").trim();

/** The PDF's text, flattened, and its page count. */
function pdfText(pdf, name) {
  const file = join(scratch, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))[1]);
  return { text: flat(text), pages };
}

/**
 * What the page says, read from its own rendered HTML (every phase, shown
 * or not), and the words of its controls.
 */
function expectations(page) {
  return page.evaluate(() => {
    const all = (sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent);
    const control = document.querySelector(".phase-control");
    const label = document.querySelector(".phase-control__label");
    const caption = document.querySelector(".map-table caption");
    return {
      phases: all(".phases > .phase .phase__title"),
      events: all(".phases > .phase .event__text"),
      figures: all(".figure__number"),
      headings: all("#counts-title, #sources-title, .map__heading"),
      // The map's label: the caption's lead and the one phase title it shows.
      mapCaption: [caption.firstChild.textContent, caption.querySelector("span:not([hidden])").textContent].join(" "),
      mapHeading: document.querySelector(".map__heading").textContent,
      next: document.querySelector('.step[data-step="1"]').getAttribute("aria-label"),
      controls: [
        label.firstChild.textContent.trim(), // "Move through the story:" (the dek says it without the colon)
        ...all(".phase-control__position"),
        control.dataset.play,
        control.dataset.pause,
        ...[...document.querySelectorAll(".step")].map((b) => b.getAttribute("aria-label")),
        document.querySelector(".share__button").textContent,
        // The switch as it would print ("English Español"): the words alone
        // occur in the data note.
        all(".lang__option").join(" "),
        document.querySelector(".map-table > summary").textContent,
        document.querySelector(".place-details__hint").textContent,
      ],
    };
  });
}

/** `needle` occurs in `text` as whole words. */
function hasWords(text, needle) {
  const escaped = flat(needle).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}

/** Checks a printout against what the page says. */
function assertStaticStory({ text }, expected, mapPhase, what) {
  // The map, once, labelled with the phase it shows (some headings are set
  // in capitals: compare them without case).
  const lower = text.toLowerCase();
  assert.equal(lower.split(flat(expected.mapHeading).toLowerCase()).length - 1, 1, `${what}: the map is printed once`);
  const caption = text.indexOf(flat(expected.mapCaption));
  assert.ok(caption >= 0, `${what}: the map says which phase it shows`);
  assert.ok(flat(expected.mapCaption).endsWith(flat(mapPhase)), `${what}: the map's label names ${mapPhase}`);
  // Every phase in turn, after the map: each title after the one before.
  let from = caption + flat(expected.mapCaption).length;
  for (const title of expected.phases) {
    const at = text.indexOf(flat(title), from);
    assert.ok(at >= 0, `${what}: phase "${title}" is printed, after the phases before it`);
    from = at + flat(title).length;
  }
  for (const event of expected.events) assert.ok(text.includes(flat(event)), `${what}: event "${event.slice(0, 50)}…"`);
  for (const figure of expected.figures) assert.ok(hasWords(text, figure), `${what}: figure "${figure}"`);
  for (const heading of expected.headings) assert.ok(lower.includes(flat(heading).toLowerCase()), `${what}: heading "${heading}"`);
  for (const words of expected.controls) assert.ok(!hasWords(text, words), `${what}: no control: "${words}"`);
}

for (const [lang, path] of [["en", ""], ["es", "es/"]]) {
  test(`${lang}: the printout is the static story, from the first phase and after moving on`, async (t) => {
    const page = await openPage(browser, server.url + path);
    await appStarted(page);
    const expected = await expectations(page);
    assert.equal(expected.phases.length, 6);
    // The controls are on screen, so their absence from the PDF means something.
    for (const words of expected.controls.slice(0, 2)) assert.ok(await page.getByText(words, { exact: false }).first().isVisible(), words);

    const first = pdfText(await page.pdf({ format: "A4" }), `${lang}-first`);
    assertStaticStory(first, expected, expected.phases[0], `${lang}, first phase`);

    // Move on: phase 1 is now hidden in the live layout, and the map shows phase 2.
    await page.getByRole("button", { name: expected.next, exact: true }).click();
    const moved = await expectations(page);
    assert.ok(!(await page.locator(".phases > .phase").first().isVisible()), "phase 1 is hidden on screen");
    const next = pdfText(await page.pdf({ format: "A4" }), `${lang}-next`);
    assertStaticStory(next, moved, expected.phases[1], `${lang}, second phase`);

    t.diagnostic(`${lang}: ${first.pages} A4 pages from the first phase, ${next.pages} after moving on`);
    assert.deepEqual(page.problems, [], "the page logged errors");
    await page.context().close();
  });

  test(`${lang}: the printout without JavaScript is the same as with the app live`, async () => {
    const live = await openPage(browser, server.url + path);
    await appStarted(live);
    const withApp = pdfText(await live.pdf({ format: "A4" }), `${lang}-app`);
    await live.context().close();
    const page = await openPage(browser, server.url + path, { javaScriptEnabled: false });
    const without = pdfText(await page.pdf({ format: "A4" }), `${lang}-nojs`);
    await page.context().close();
    assert.equal(without.text, withApp.text);
    assert.equal(without.pages, withApp.pages);
  });

  test(`${lang}: printed in black on white, in a dark theme too`, async () => {
    const page = await openPage(browser, server.url + path, { colorScheme: "dark" });
    await appStarted(page);
    await page.emulateMedia({ media: "print" });
    const found = await page.evaluate(() => {
      const rgb = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]) => {
        const lin = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const onWhite = (c) => 1.05 / (luminance(rgb(c)) + 0.05);
      const shown = (e) => e.checkVisibility({ visibilityProperty: true, opacityProperty: true });
      const problems = [];
      for (const e of [document.documentElement, document.body]) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg !== "rgb(255, 255, 255)") problems.push(`${e.tagName} background ${bg}`);
      }
      const body = getComputedStyle(document.body).color;
      for (const e of document.querySelectorAll("#app *")) {
        if (!shown(e)) continue;
        const style = getComputedStyle(e);
        const bg = style.backgroundColor;
        if (!/rgba\(.*, 0\)$/.test(bg) && bg !== "transparent" && bg !== "rgb(255, 255, 255)") problems.push(`${e.className?.baseVal ?? e.className} background ${bg}`);
        const text = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        if (!text) continue;
        // HTML text: at least 7:1 on white (WCAG AAA); map labels (SVG fill): 4.5:1.
        const svg = e instanceof SVGElement;
        const colour = svg ? style.fill : style.color;
        if (onWhite(colour) < (svg ? 4.5 : 7)) problems.push(`${e.tagName}.${e.className?.baseVal ?? e.className} "${e.textContent.trim().slice(0, 30)}" in ${colour}`);
      }
      return { body, problems };
    });
    assert.equal(found.body, "rgb(0, 0, 0)", "body text is black");
    assert.deepEqual(found.problems, [], "text not dark enough on white, or a coloured background");
    assert.deepEqual(page.problems, [], "the page logged errors");
    await page.context().close();
  });
}
