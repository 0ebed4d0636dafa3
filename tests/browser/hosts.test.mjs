// The hosts beyond pym and AMP: WordPress (oEmbed discovery and its own
// wp-embed.js, in the sandboxed frame WordPress writes), a frame with an
// opaque origin with and without the CORS headers the README lists, the
// browser's own responsive iframes (frame-sizing + requestResize), a wasm
// download that stalls, and a long session that must not leak.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { serve, serveRoutes, launch, openPage, appStarted, until, story, storyEs, CSP, CORS, CURRENT, LIVE } from "./harness.mjs";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist");
// WordPress's own script, from Debian's package (scripts/wp-embed.sh).
const wpEmbed = readFileSync(join(root, execFileSync("bash", [join(root, "scripts/wp-embed.sh")]).toString().trim()), "utf8");

let browser, withCors, withoutCors;
before(async () => {
  browser = await launch();
  // The site as the README says to serve it, and as a host that forgot CORS.
  withCors = await serve(dist, { "content-security-policy": CSP, ...CORS });
  withoutCors = await serve(dist, { "content-security-policy": CSP });
});
after(async () => {
  await browser?.close();
  await withCors?.close();
  await withoutCors?.close();
});

/** A host page served from its own origin; `body` is its HTML body. */
async function host(body, { width = 375, height = 667, initScript } = {}) {
  const server = await serveRoutes({
    "/post.html": ["text/html", `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A post</title><style>body{margin:0 8px} iframe{max-width:100%}</style></head><body>${body}</body></html>`],
    "/wp-embed.js": ["text/javascript", wpEmbed],
    "/spy.js": ["text/javascript", `window.wp_messages = []; addEventListener("message", function (e) { if (e.data && e.data.message) window.wp_messages.push(e.data); });`],
  });
  const page = await openPage(browser, server.url + "post.html", { viewport: { width, height } }, initScript);
  page.on("close", () => server.close());
  return page;
}

/** What WordPress's wp_filter_oembed_result makes of an oEmbed document's html. */
function asWordPressWritesIt(html, pageUrl, secret) {
  const iframe = html.match(/<iframe[^>]*>/)[0];
  const allowed = ["src", "width", "height", "frameborder", "marginwidth", "marginheight", "scrolling", "title"];
  const attributes = [...iframe.matchAll(/ ([a-z-]+)="([^"]*)"/g)]
    .filter(([, name]) => allowed.includes(name))
    .map(([, name, value]) => (name === "src" ? ` src="${pageUrl}#?secret=${secret}" data-secret="${secret}"` : ` ${name}="${value}"`));
  return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"${attributes.join("")}></iframe>`;
}

/** The oEmbed document a page links, as a WordPress site discovers it. */
function discovered(folder) {
  const page = readFileSync(join(dist, folder, "index.html"), "utf8");
  const link = page.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/);
  assert.ok(link, `${folder || "/"} links its oEmbed document`);
  const path = new URL(link[1]).pathname;
  return JSON.parse(readFileSync(join(dist, path), "utf8"));
}

async function wordPressPost(server, query = "", secret = "a1B2c3D4e5") {
  const oembed = discovered("");
  const iframe = asWordPressWritesIt(oembed.html, server.url + query, secret);
  const page = await host(`<article><h1>A post</h1><p>Before.</p>${iframe}<p>After.</p></article><script src="/spy.js"></script><script src="/wp-embed.js"></script>`);
  const frame = await until(() => page.frame({ url: (u) => u.href.startsWith(server.url) }), 10000, "the explainer frame");
  return { page, frame, secret };
}

const frameHeight = (page) => page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
const contentHeight = (frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
const heightMessages = (page, secret) =>
  page.evaluate((s) => window.wp_messages.filter((m) => m.secret === s && m.message === "height").map((m) => m.value), secret);

test("oEmbed: each page links a valid oEmbed 1.0 rich document whose embed code is its own page", () => {
  for (const [folder, lang] of [["", "en"], ["es", "es"]]) {
    const doc = discovered(folder);
    // Required for every type, then for "rich" (oEmbed 1.0, section 2.3.4).
    assert.equal(doc.version, "1.0");
    assert.equal(doc.type, "rich");
    for (const field of ["html", "width", "height"]) assert.ok(doc[field], `${lang}: ${field}`);
    assert.ok(Number.isInteger(doc.width) && Number.isInteger(doc.height));
    // Thumbnails come as a set of three, or not at all.
    assert.ok(doc.thumbnail_url && doc.thumbnail_width === 1200 && doc.thumbnail_height === 630);
    assert.ok(doc.title && doc.provider_name && doc.provider_url);
    const src = doc.html.match(/<iframe src="([^"]+)"/)[1];
    const canonical = readFileSync(join(dist, folder, "index.html"), "utf8").match(/<link rel="canonical" href="([^"]+)"/)[1];
    assert.equal(src, canonical, `${lang}: the embed shows the page that links it`);
    assert.ok(doc.html.includes(`title="${doc.title}"`));
    assert.equal(new URL(doc.thumbnail_url).pathname.split("/").pop(), `share-${lang}.png`);
  }
});

test("WordPress: wp-embed.js sizes the frame it wrote, and the app works inside its opaque sandbox (CORS headers)", async () => {
  const { page, frame, secret } = await wordPressPost(withCors, "?phase=court-order");
  assert.equal(await page.evaluate(() => document.querySelector("iframe").getAttribute("sandbox")), "allow-scripts");
  await appStarted(frame);
  assert.equal(await frame.evaluate(() => window.origin), "null", "an opaque origin");
  // The deep link holds.
  assert.equal(await frame.locator(`${CURRENT} .phase__title`).textContent(), story.phases[2].title);
  // wp-embed.js got the height and applied it, clamped to 200–1,000 px.
  const told = await until(async () => (await heightMessages(page, secret)).at(-1), 5000, "a WordPress height message");
  assert.ok(Math.abs(told - (await contentHeight(frame))) <= 2, `told ${told}px, content ${await contentHeight(frame)}px`);
  const applied = Math.min(1000, Math.max(200, told));
  await until(async () => (await page.evaluate(() => document.querySelector("iframe").getAttribute("height"))) === String(applied), 3000, "the frame to take the height");
  // The frame is capped, so the reader scrolls inside it: it must scroll.
  assert.ok(told > 1000 && (await frame.evaluate(() => document.scrollingElement.scrollHeight > innerHeight)));

  // The controls work; history is refused in an opaque frame, and the app
  // carries on without it.
  await frame.getByRole("button", { name: "Next phase" }).click();
  assert.equal(await frame.locator(`${CURRENT} .phase__title`).textContent(), story.phases[3].title);
  await new Promise((r) => setTimeout(r, 400));
  assert.ok(frame.url().endsWith(`#?secret=${secret}`), `the secret stays: ${frame.url()}`);
  // No clipboard here: the link is shown to copy by hand, and it reopens the phase.
  await frame.getByRole("button", { name: "Copy link to this phase" }).click();
  const link = await until(() => frame.locator(`${LIVE} .share__link`).inputValue().catch(() => ""), 3000, "the link to copy by hand");
  assert.equal(new URL(link).searchParams.get("phase"), "restart");
  assert.equal(new URL(link).origin, new URL(withCors.url).origin);

  // The language switch keeps the phase and the secret, so WordPress keeps
  // sizing the frame: even straight after a change, before the reader's
  // pause has brought the links up to date.
  const before = (await heightMessages(page, secret)).length;
  // Both clicks in one task, so the pause cannot pass between them.
  const stale = await frame.evaluate(() => {
    document.querySelector("#app .phase-control .step[data-step='1']").click();
    const link = document.querySelector("#app a.lang__option[hreflang='es']");
    const href = link.getAttribute("href");
    link.click();
    return href;
  });
  assert.ok(!stale.includes(story.phases[4].id), `the link was not yet up to date: ${stale}`);
  const spanish = await until(() => page.frame({ url: (u) => u.pathname === "/es/" }), 10000, "the Spanish page");
  await appStarted(spanish);
  assert.equal(await spanish.locator(`${CURRENT} .phase__title`).textContent(), storyEs.phases[4].title);
  await until(async () => (await heightMessages(page, secret)).length > before, 5000, "height messages from the Spanish page");
  assert.equal(await spanish.evaluate(() => document.activeElement.getAttribute("hreflang")), "es", "focus on the switch");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("WordPress without the CORS headers: the static story at once, still sized", async () => {
  const { page, frame, secret } = await wordPressPost(withoutCors);
  await until(() => frame.evaluate(() => document.documentElement.classList.contains("no-app")), 2000, "the static story (well before the boot timeout)");
  assert.equal(await frame.locator("#app[data-started]").count(), 0);
  assert.equal(await frame.locator(".phases > .phase:visible").count(), story.phases.length);
  const told = await until(async () => (await heightMessages(page, secret)).at(-1), 5000, "a WordPress height message");
  assert.ok(Math.abs(told - (await contentHeight(frame))) <= 2);
  // The app's module and wasm were refused (no CORS): the only errors are those.
  assert.ok(page.problems.every((p) => /CORS|Access-Control|failed: .*\.(js|wasm)$|ERR_FAILED/i.test(p)), page.problems.join("\n"));
  await page.close();
});

test("the browser's own responsive iframes: the page opts in and calls requestResize() as its content changes", async () => {
  // Chromium ships requestResize(), but this build does not yet apply
  // frame-sizing to the frame: what is checked is the page's part, the
  // opt-in and a call for each change of size.
  const page = await host(`<iframe src="${withCors.url}" title="Remain in Mexico" style="width:100%;border:0;frame-sizing:content-height"></iframe>`, {
    width: 800,
    height: 700,
    initScript: () => {
      window.__resizes = 0;
      if (window !== top && typeof window.requestResize === "function") {
        const real = window.requestResize.bind(window);
        window.requestResize = () => {
          window.__resizes++;
          return real();
        };
      }
    },
  });
  const frame = await until(() => page.frame({ url: (u) => u.href.startsWith(withCors.url) }), 10000, "the frame");
  await appStarted(frame);
  assert.equal(await frame.locator('head meta[name="responsive-embedded-sizing"]').count(), 1, "the opt-in, in <head>");
  assert.equal(await frame.evaluate(() => typeof window.requestResize), "function", "this Chromium has the API");
  const calls = await until(() => frame.evaluate(() => window.__resizes), 3000, "a first requestResize()");
  await frame.locator(`${LIVE} .map-table > summary`).click();
  await until(async () => (await frame.evaluate(() => window.__resizes)) > calls, 3000, "requestResize() after the content grew");
  assert.deepEqual(page.problems, []);
  await page.close();
});

/** Holds back the app's wasm in `page` until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("a wasm download that stalls leaves the static story after the boot timeout, and a late app does not take over", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const release = await holdWasm(page);
  const opened = Date.now();
  await page.goto(withCors.url + "?phase=restart");
  // The controls are there, the app is not: they say so, and take no input.
  await page.locator("#app .phase-control").waitFor();
  assert.equal(await page.locator("#app .phase-control input[type=range]").isDisabled(), true);
  assert.equal(await page.locator('#app button[aria-label="Next phase"]').isDisabled(), true);
  assert.ok((await page.locator("#app .phase-control__label").innerText()).includes("(loading…)"));
  // After a few seconds, the static story.
  await until(() => page.evaluate(() => document.documentElement.classList.contains("no-app")), 8000, "the static story");
  const waited = Date.now() - opened;
  assert.ok(waited >= 4000, `not before the timeout (${waited} ms)`);
  assert.equal(await page.locator(".phases > .phase:visible").count(), story.phases.length);
  assert.equal(await page.locator(".phase-control").isVisible(), false, "no control that does nothing");
  release();
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await page.locator("#app[data-started]").count(), 0, "the reader keeps the static story");
  assert.equal(await page.locator(".phases > .phase:visible").count(), story.phases.length);
  await context.close();
});

test("a deep link shows its phase from the first frame, before the app, exactly as the app shows it", async () => {
  // Every per-phase attribute of the page, as it stands.
  const snapshot = () =>
    [...document.querySelectorAll("#app [data-p]")].map((el) =>
      ["hidden", "class", "aria-label", "aria-valuetext", "aria-disabled", "data-status", "data-first"]
        .map((name) => `${name}=${el.getAttribute(name)}`)
        .join(" ") + (el.matches("input[type=range]") ? ` value=${el.value}` : ""),
    );
  // The phases shown in each frame drawn while the phases arrive, up to the
  // first frame with all of them (requestAnimationFrame runs just before
  // each frame is drawn): `__frames`, and the last as `__firstFrame`. A
  // frame drawn before the linked phase is parsed may show none, but never
  // another phase.
  const firstFrame = () => {
    window.__frames = [];
    const look = () => {
      const phases = document.querySelectorAll(".phases > .phase");
      const count = document.querySelector("[data-phases]")?.dataset.phases.split(" ").length;
      if (phases.length === 0) return requestAnimationFrame(look);
      const shown = [...phases].filter((p) => p.checkVisibility({ visibilityProperty: true })).map((p) => p.dataset.phase);
      window.__frames.push(shown);
      if (phases.length < count) return requestAnimationFrame(look);
      window.__firstFrame = shown;
    };
    requestAnimationFrame(look);
  };
  const onlyEver = async (page, id, what) => {
    for (const frame of await page.evaluate(() => window.__frames)) {
      assert.ok(frame.length === 0 || (frame.length === 1 && frame[0] === id), `${what}: a frame showed ${frame.join(", ")}`);
    }
  };
  const restart = story.phases.findIndex((p) => p.id === "restart");
  assert.ok(restart > 0, "the link names a phase after the first");

  // The app live, from the link: what the page must look like.
  const live = await openPage(browser, withCors.url + "?phase=restart");
  await appStarted(live);
  const wanted = await live.evaluate(snapshot);
  await live.context().close();

  // The app held back: the page shows the same, from the first frame.
  const context = await browser.newContext();
  await context.addInitScript(firstFrame);
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto(withCors.url + "?phase=restart");
  await until(() => page.evaluate(() => window.__firstFrame), 3000, "a first frame with the phases");
  assert.deepEqual(await page.evaluate(() => window.__firstFrame), ["restart"], "the first frame with every phase shows the linked phase");
  await onlyEver(page, "restart", "the link");
  assert.deepEqual(await page.evaluate(snapshot), wanted, "every per-phase attribute as the app sets it");
  assert.equal(await page.locator("#app[data-started]").count(), 0, "while the app is held back");
  assert.equal(await page.locator(`${CURRENT} h2`).first().isVisible(), true);
  // The app arrives and finds the page as it would have made it.
  release();
  await appStarted(page);
  assert.deepEqual(await page.evaluate(snapshot), wanted);
  await context.close();

  // Without deep-link.js (a host that strips it), the page is as written,
  // in the first phase, and the app shows the linked phase itself.
  const bare = await openPage(browser, "about:blank");
  await bare.route(/deep-link[^/]*\.js$/, (route) => route.abort());
  await bare.goto(withCors.url + "?phase=restart");
  await appStarted(bare);
  await until(async () => JSON.stringify(await bare.evaluate(snapshot)) === JSON.stringify(wanted), 5000, "the app to show the linked phase")
    .catch(async () => assert.deepEqual(await bare.evaluate(snapshot), wanted, "the app alone shows the linked phase"));
  assert.equal(await bare.evaluate(() => document.documentElement.getAttribute("data-phase-set")), "restart", "named by the app");
  await bare.context().close();

  // A link naming no phase, or one that does not exist, opens the first.
  for (const query of ["", "?phase=nonsense", "?phase=", "?phase=restart%"]) {
    const other = await browser.newContext();
    await other.addInitScript(firstFrame);
    const opened = await other.newPage();
    await opened.route(/\.wasm$/, () => {});
    await opened.goto(withCors.url + query);
    await until(() => opened.evaluate(() => window.__firstFrame), 3000, "a first frame");
    assert.deepEqual(await opened.evaluate(() => window.__firstFrame), [story.phases[0].id], query);
    await onlyEver(opened, story.phases[0].id, query);
    await other.close();
  }
});

test("a long session leaks nothing: 1,000 phase changes and 100 copies leave listeners, nodes and heap where they were", async () => {
  const page = await openPage(browser, withCors.url);
  await appStarted(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const metrics = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  };
  // Clicks dispatched in the page (as fast as a reader could never be),
  // each change given a task to settle.
  const session = (pairs, copyEvery) =>
    page.evaluate(
      async ([pairs, copyEvery]) => {
        const next = document.querySelector('#app button[aria-label="Next phase"]');
        const previous = document.querySelector('#app button[aria-label="Previous phase"]');
        const copy = document.querySelector("#app .share__button");
        const title = () => document.querySelector("#app .phase:not([hidden]) .phase__title").textContent;
        const settle = () => new Promise((r) => setTimeout(r, 0));
        const seen = new Set();
        for (let i = 0; i < pairs; i++) {
          next.click();
          await settle();
          seen.add(title());
          previous.click();
          await settle();
          seen.add(title());
          if (i % copyEvery === 0) copy.click(), await settle();
        }
        return seen.size;
      },
      [pairs, copyEvery],
    );
  // Warm up (the engine's own caches grow over the first few hundred
  // changes, then stay flat).
  await session(300, 3);
  const start = await metrics();
  assert.equal(await session(500, 5), 2, "the clicks moved the phase and back");
  await new Promise((r) => setTimeout(r, 500));
  const end = await metrics();
  assert.equal(end.JSEventListeners, start.JSEventListeners, "event listeners");
  assert.ok(end.Nodes - start.Nodes <= 20, `DOM nodes ${start.Nodes} → ${end.Nodes}`);
  const grown = end.JSHeapUsedSize - start.JSHeapUsedSize;
  assert.ok(grown < 128 * 1024, `JS heap grew ${(grown / 1024).toFixed(0)} KB`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a language link is up to date the moment the reader reaches for it: pressed with any button, or focused", async () => {
  const page = await openPage(browser, withCors.url);
  await appStarted(page);
  // Each change and each reach in one task, so the reader's pause (when
  // the links follow anyway) cannot pass between them.
  const reach = (how, step) =>
    page.evaluate(
      ([how, step]) => {
        document.querySelector(`#app .phase-control .step[data-step='${step}']`).click();
        const link = document.querySelector("#app a.lang__option[hreflang='es']");
        const before = link.getAttribute("href");
        if (how === "focus") link.focus();
        else link.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, button: how === "middle" ? 1 : 0 }));
        return [before, link.getAttribute("href")];
      },
      [how, step],
    );
  let phase = 0;
  for (const how of ["middle", "left", "focus"]) {
    phase += 1;
    const [before, after] = await reach(how, 1);
    const id = story.phases[phase].id;
    assert.ok(!before.includes(id), `${how}: not yet up to date before (${before})`);
    assert.equal(after, `es/?phase=${id}`, how);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
