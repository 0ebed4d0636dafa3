// Every reader: the axe-core audit (WCAG 2.0/2.1/2.2 A and AA) for every
// phase, language and theme at 320 and 1280 px; the slider's keys; focus
// order and visibility; the live announcement; touch targets; 200% text;
// reduced motion; play/pause; Spanish; themes.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { join, resolve } from "node:path";
import { explainerSuite, story, storyEs, dateText, until, appStarted, LIVE, CURRENT } from "./harness.mjs";

const open = explainerSuite({ before, after, afterEach }, assert);
const axePath = join(resolve(import.meta.dirname, "../.."), "node_modules/axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const title = (page) => page.locator(`${CURRENT} .phase__title`).textContent();

const summary = [];
after(() => {
  // Printed for the closing note: violations per audited state.
  console.log(`axe-core audit: ${summary.length} states`);
  for (const line of summary) console.log(`  ${line}`);
});

for (const width of [320, 1280]) {
  for (const lang of ["en", "es"]) {
    for (const theme of ["light", "dark"]) {
      test(`axe finds no WCAG A/AA violation: ${lang}, ${theme}, ${width} px, every phase`, async () => {
        const page = await open({ viewport: { width, height: 900 } }, `?lang=${lang}&theme=${theme}`);
        await page.addScriptTag({ path: axePath });
        await page.getByRole("slider").focus();
        const texts = lang === "en" ? story : storyEs;
        for (let i = 0; i < story.phases.length; i++) {
          if (i > 0) await page.keyboard.press("ArrowRight");
          assert.equal(await title(page), texts.phases[i].title);
          const result = await page.evaluate(
            (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
            TAGS,
          );
          const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
          summary.push(`${lang} ${theme} ${width}px ${story.phases[i].id}: ${violations.length} violations`);
          assert.deepEqual(violations, [], `${lang} ${theme} ${width}px ${story.phases[i].id}`);
        }
      });
    }
  }
}

test("the slider follows the ARIA pattern: arrows, Home, End, PageUp, PageDown", async () => {
  const page = await open();
  await page.getByRole("slider").focus();
  const at = async (i) => assert.equal(await title(page), story.phases[i].title);
  await page.keyboard.press("PageUp");
  await at(2);
  await page.keyboard.press("PageUp");
  await at(4);
  await page.keyboard.press("PageUp");
  await at(5);
  await page.keyboard.press("PageDown");
  await at(3);
  await page.keyboard.press("ArrowLeft");
  await at(2);
  await page.keyboard.press("ArrowUp");
  await at(3);
  await page.keyboard.press("ArrowDown");
  await at(2);
  await page.keyboard.press("End");
  await at(5);
  await page.keyboard.press("Home");
  await at(0);
  await page.keyboard.press("PageDown");
  await at(0);
  const valuetext = await page.getByRole("slider").getAttribute("aria-valuetext");
  assert.equal(valuetext, `Phase 1 of 6: ${story.phases[0].title}, from ${dateText(story.phases[0].start)}`);
});

test("a phase change is announced once, briefly, in one polite live region, when the reader pauses", async () => {
  const page = await open();
  const live = () => page.locator(`${LIVE} [aria-live], #app [role=status]`).evaluateAll((els) => els.map((e) => e.textContent));
  const before = await live();
  assert.deepEqual(before.filter(Boolean), [], "nothing is said when the page opens");
  // Every change to the live region, from here on.
  await page.evaluate(() => {
    window.__said = [];
    const region = document.querySelector("#app > main:not([hidden]) .announce");
    new MutationObserver(() => window.__said.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
  });
  await page.getByRole("button", { name: "Next phase" }).click();
  const phase = story.phases[1];
  const said = `${phase.title}, from ${dateText(phase.start)}`;
  await until(async () => (await live()).includes(said), 5000, "the announcement");
  const changed = (await live()).filter((text, i) => text !== before[i]);
  assert.deepEqual(changed, [said]);
  // A run of moves (three in one task, so no pause can fall between them)
  // is announced once, for where the reader stops.
  await page.evaluate(() => { for (let i = 0; i < 3; i++) document.querySelector("#app > main:not([hidden]) .step[data-step='1']").click(); });
  const end = story.phases[4];
  await until(async () => (await page.evaluate(() => window.__said.length)) === 2, 5000, "the second announcement");
  await page.waitForTimeout(400);
  assert.deepEqual(await page.evaluate(() => window.__said), [said, `${end.title}, from ${dateText(end.start)}`]);
  assert.equal(await page.locator(`${LIVE} [aria-live]`).first().getAttribute("aria-live"), "polite");
  assert.equal(await page.locator("#app section.phase[aria-live]").count(), 0, "the panel itself is not live");
});

test("Tab follows the reading order, and focus is always visible and on screen", async () => {
  const page = await open({ viewport: { width: 1280, height: 800 } });
  // The elements themselves (a language link's address follows the phase
  // as it is focused, so markup would not do to compare).
  const domOrder = await page.evaluate(() => {
    window.__order = [...document.querySelectorAll("#app button, #app input, #app summary, #app [tabindex='0'], #app a[href]")]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest("details:not([open]) > :not(summary)"));
    return window.__order.map((el, i) => `${i}: ${el.outerHTML.slice(0, 60)}`);
  });
  const tabOrder = [];
  await page.locator("#app").focus().catch(() => {});
  await page.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < domOrder.length; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const ring = el.querySelector?.(".symbol__focus");
      return {
        html: `${window.__order.indexOf(el)}: ${el.outerHTML.slice(0, 60)}`,
        onScreen: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,
        visible: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2
          || (ring && getComputedStyle(ring).stroke !== "none"),
      };
    });
    tabOrder.push(info.html);
    assert.ok(info.onScreen, `focused element is off screen: ${info.html}`);
    assert.ok(info.visible, `focus is not visible on ${info.html}`);
  }
  assert.deepEqual(tabOrder.map((h) => h.split(":")[0]), domOrder.map((h) => h.split(":")[0]), `tab order ${tabOrder.join("\n")}`);
});

test("touch targets are at least 24 by 24 CSS pixels on a phone", async () => {
  const page = await open({ viewport: { width: 320, height: 700 }, hasTouch: true, isMobile: true });
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("#app button, #app input, #app summary")]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => [el.outerHTML.slice(0, 50), el.getBoundingClientRect()])
      .filter(([, r]) => r.width < 24 || r.height < 24)
      .map(([html, r]) => `${html} ${r.width}x${r.height}`),
  );
  assert.deepEqual(small, []);
});

test("text resized to 200% loses nothing and needs no sideways scrolling", async () => {
  const page = await open({ viewport: { width: 1280, height: 900 } });
  await page.evaluate(() => { document.documentElement.style.fontSize = "200%"; });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  for (const name of ["Previous phase", "Next phase", "Play"]) {
    assert.ok(await page.getByRole("button", { name }).isVisible(), name);
  }
  await page.getByRole("button", { name: "Next phase" }).click();
  assert.equal(await title(page), story.phases[1].title);
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll("#app h1, #app h2, #app p, #app button")]
      .filter((el) => !el.classList.contains("visually-hidden"))
      .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== "visible")
      .map((el) => el.outerHTML.slice(0, 60)),
  );
  assert.deepEqual(clipped, []);
});

test("a phase change shows at once: nothing animates, and motion added later still stops for readers who ask", async () => {
  const page = await open({ reducedMotion: "no-preference" });
  await page.getByRole("button", { name: "Next phase" }).click();
  assert.equal(await page.evaluate(() => document.getAnimations().length), 0, "no fade holds back the change");
  await page.context().close();

  // The guard: a transition a later change might add runs by default (the
  // control) and never under reduced motion.
  const fade = ".era, .tick { transition: background-color 1s linear, border-color 1s linear; }";
  const moving = await open({ reducedMotion: "no-preference" });
  await moving.addStyleTag({ content: fade });
  await moving.getByRole("button", { name: "Next phase" }).click();
  assert.ok((await moving.evaluate(() => document.getAnimations().length)) > 0, "the control: the added fade runs");
  await moving.context().close();

  const still = await open({ reducedMotion: "reduce" });
  await still.addStyleTag({ content: fade });
  await still.getByRole("button", { name: "Next phase" }).click();
  assert.equal(await still.evaluate(() => document.getAnimations().length), 0);
  await still.getByRole("slider").focus();
  await still.keyboard.press("End");
  assert.equal(await still.evaluate(() => document.getAnimations().length), 0);
});

test("play steps through the phases at a readable pace, pauses, and stops at the end; it never starts by itself", async () => {
  const page = await open({}, "", { clock: true });
  await page.clock.runFor(30_000);
  assert.equal(await title(page), story.phases[0].title, "no autoplay");
  const play = page.getByRole("button", { name: "Play" });
  await play.click();
  await page.clock.runFor(8_000);
  assert.equal(await title(page), story.phases[1].title);
  await page.getByRole("button", { name: "Pause" }).click();
  await page.clock.runFor(30_000);
  assert.equal(await title(page), story.phases[1].title, "paused");
  await page.getByRole("button", { name: "Play" }).click();
  await page.clock.runFor(8_000 * 10);
  assert.equal(await title(page), story.phases.at(-1).title, "reached the end");
  assert.ok(await page.getByRole("button", { name: "Play" }).isVisible(), "stopped at the end");
  await page.clock.runFor(30_000);
  assert.equal(await title(page), story.phases.at(-1).title);
  // A reader's own move stops playback.
  await page.getByRole("button", { name: "Play" }).click();
  assert.equal(await title(page), story.phases[0].title, "play from the end starts over");
  await page.getByRole("button", { name: "Next phase" }).click();
  await page.clock.runFor(20_000);
  assert.equal(await title(page), story.phases[1].title);
});

test("Spanish: its own page with every text, dates and numbers; the switch keeps the phase and the focus", async () => {
  // ?lang=es on the English address reaches the Spanish page.
  const page = await open({}, "?lang=es");
  assert.equal(new URL(page.url()).pathname, "/es/");
  assert.equal(await page.locator("#app > main").count(), 1, "one language per page");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Quédate en México");
  assert.equal(await page.evaluate(() => document.title), "Quédate en México: los Protocolos de Protección a Migrantes, 2019–2023");
  await page.getByRole("slider").focus();
  for (let i = 0; i < storyEs.phases.length; i++) {
    if (i > 0) await page.keyboard.press("ArrowRight");
    assert.equal(await title(page), storyEs.phases[i].title);
    const events = await page.locator(`${CURRENT} .event__text`).allTextContents();
    assert.deepEqual(events.sort(), storyEs.events.filter((e) => e.phase === storyEs.phases[i].id).map((e) => e.text).sort());
  }
  assert.equal(await page.locator(`${CURRENT} .phase__dates time`).first().textContent(), "Desde diciembre de 2022");
  const numbers = await page.locator(`${LIVE} .figure__number`).allTextContents();
  assert.deepEqual(numbers, ["más de 71,000", "más de 70,000", "alrededor de 74,000", "aproximadamente 7,500"]);
  const slider = await page.getByRole("slider").getAttribute("aria-valuetext");
  assert.ok(slider.startsWith("Fase 6 de 6: "), slider);
  // Source titles stay in their original language.
  assert.ok((await page.locator(`${LIVE} #es-source-abc-2023-02-07`).textContent()).includes("Mexico rejects any effort"));

  // The switch is a link to the other page that keeps the phase; focus
  // lands on the same control there.
  const english = page.getByRole("link", { name: "English" });
  await until(async () => (await english.getAttribute("href")).includes("phase=mexico-refuses"), 3000, "the link to keep the phase");
  await english.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === "/");
  await appStarted(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await page.evaluate(() => document.title), "Remain in Mexico: the Migrant Protection Protocols, 2019–2023");
  assert.equal(await title(page), story.phases.at(-1).title, "the phase is kept");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "English", "focus is on the switch");
  assert.equal(await page.getByRole("link", { name: "English" }).getAttribute("aria-current"), "page");
  await until(async () => !(await page.evaluate(() => location.hash)), 3000, "the focus marker to leave the address");
  assert.ok(!(await page.evaluate(() => location.search)).includes("lang=es"));
  // And back, by click.
  await page.getByRole("link", { name: "Español" }).click();
  await page.waitForURL((url) => url.pathname === "/es/");
  await appStarted(page);
  assert.equal(await title(page), storyEs.phases.at(-1).title);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("hreflang")), "es");
});

test("themes: forced light or dark, and auto follows the reader's system", async () => {
  const paper = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await open({ colorScheme: "light" }, "?theme=dark");
  assert.equal(await paper(dark), "rgb(21, 24, 27)");
  await dark.context().close();
  const light = await open({ colorScheme: "dark" }, "?theme=light");
  assert.equal(await paper(light), "rgb(255, 255, 255)");
  await light.context().close();
  const autoDark = await open({ colorScheme: "dark" }, "?theme=auto");
  assert.equal(await paper(autoDark), "rgb(21, 24, 27)");
  await autoDark.context().close();
  const autoLight = await open({ colorScheme: "light" });
  assert.equal(await paper(autoLight), "rgb(255, 255, 255)");
});
