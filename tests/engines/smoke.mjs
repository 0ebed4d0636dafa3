// The cross-engine smoke suite, written once against a tiny driver
// interface so that Firefox (WebDriver BiDi, firefox.test.mjs) and WebKitGTK
// (W3C WebDriver, webkit.test.mjs) run exactly the same checks as a reader
// would: the app starts; every phase by keyboard and by button; the map
// changes; ?phase, ?lang and ?theme apply; no sideways scrolling, also in a
// 375 px iframe; no console error, uncaught exception or failed request.
//
// A driver is { goto(url), evaluate(fn, ...jsonArgs), press(key),
// click(cssSelector), problems(), close() }: `evaluate` runs a self-contained
// function in the page; `press` takes "ArrowRight", "ArrowLeft", "Home" or
// "End"; `problems` returns (and forgets) the console errors and uncaught
// exceptions the engine reported since the last call.
import { describe, test as testOf, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { parse } from "smol-toml";

/**
 * Every way the suite finds something on the page, in one place for when the
 * markup changes. Buttons are found by role and accessible name (NAMES).
 */
export const SELECTORS = {
  started: "#app[data-started]",
  /** The explainer in the language shown (the other language's tree is hidden). */
  live: "#app > main:not([hidden])",
  /** The phase shown, inside `live`; its heading is the phase's title. */
  currentPhase: ".phase:not([hidden])",
  phaseHeading: "h2",
  pageHeading: "h1",
  /** The phase control, inside `live`. */
  slider: 'input[type="range"], [role="slider"]',
  /** The places on the map, inside `live` (the map table's rows also carry data-place). */
  mapPlace: "svg [data-place][data-status]",
  button: 'button, [role="button"]',
};
export const NAMES = { next: "Next phase", previous: "Previous phase" };
/** Body backgrounds of the two themes (the same values tests/browser checks). */
export const PAPER = { light: "rgb(255, 255, 255)", dark: "rgb(21, 24, 27)" };

const root = resolve(import.meta.dirname, "../..");
/** The built site: dist/, or ENGINES_DIST (e.g. a copy of it). */
export const DIST = resolve(process.env.ENGINES_DIST ?? join(root, "dist"));

// What the page should say, from the data file, not from the app.
const raw = parse(readFileSync(join(root, "assets/story.toml"), "utf8"));
function inLanguage(value, lang) {
  if (Array.isArray(value)) return value.map((v) => inLanguage(v, lang));
  if (value && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 2 && keys.includes("en") && keys.includes("es")) return value[lang];
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLanguage(v, lang)]));
  }
  return value;
}
export const story = inLanguage(raw, "en");
export const storyEs = inLanguage(raw, "es");
const day = (iso, last) => {
  const [y, m, d] = iso.split("-").map(Number);
  if (last) return !m ? Date.UTC(y, 11, 31) : !d ? Date.UTC(y, m, 0) : Date.UTC(y, m - 1, d);
  return Date.UTC(y, (m || 1) - 1, d || 1);
};
/** The status the map gives a place in a phase (as tests/browser/harness.mjs's stateAt). */
export function statusAt(placeId, phase) {
  const place = story.places.find((p) => p.id === placeId);
  const state = (place.states ?? []).filter((s) => day(s.from, false) <= day(phase.end, true)).at(-1);
  return state?.status ?? "geography";
}

/** Polls `check` until it returns a truthy value; fails after `ms` saying what it saw last. */
export async function until(check, ms, what) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    last = await check();
    if (last && last.ok !== false) return last;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}; last saw ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Rejects after `ms` unless `promise` settles first. */
export function bounded(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${what}: no answer within ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------
// The server: dist/ on 127.0.0.1 with the Content-Security-Policy the build
// ships (dist/_headers), a host page for the narrow iframe, and, only where
// the engine exposes no console (inject: true), a recorder script added as
// the first script of every HTML page. Every 4xx/5xx answer is a problem.

const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".wasm": "application/wasm", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json",
  ".png": "image/png", ".ico": "image/x-icon", ".woff2": "font/woff2", ".txt": "text/plain",
};

/**
 * Runs in every page and frame: records console.error calls, uncaught
 * exceptions, unhandled rejections, resources that failed to load and CSP
 * violations into the top page's `__engineProblems`.
 */
const RECORDER = `(() => {
  let sink;
  try { sink = (top.__engineProblems ||= []); } catch { sink = (window.__engineProblems ||= []); }
  const where = window === top ? "" : " (in frame " + location.pathname + location.search + ")";
  const text = (v) => v instanceof Error ? v.name + ": " + v.message : typeof v === "string" ? v : (() => { try { return JSON.stringify(v); } catch { return String(v); } })();
  const error = console.error;
  console.error = function (...args) { sink.push("console: " + args.map(text).join(" ") + where); return error.apply(this, args); };
  addEventListener("error", (e) => {
    if (e instanceof ErrorEvent) sink.push("uncaught: " + (e.error ? text(e.error) : e.message) + where);
    else if (e.target && e.target !== window) sink.push("failed to load: " + (e.target.src || e.target.href || e.target.tagName) + where);
  }, true);
  addEventListener("unhandledrejection", (e) => sink.push("unhandled rejection: " + text(e.reason) + where));
  addEventListener("securitypolicyviolation", (e) => sink.push("CSP violation: " + e.violatedDirective + " " + e.blockedURI + where));
})();
`;

function shippedCsp() {
  for (const file of [join(DIST, "_headers"), join(root, "assets/_headers")]) {
    if (!existsSync(file)) continue;
    const line = readFileSync(file, "utf8").split("\n").find((l) => l.trim().startsWith("Content-Security-Policy:"));
    if (line) return line.split(/:(.*)/s)[1].trim();
  }
  return undefined;
}

export async function serveDist({ inject = false } = {}) {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error(`no built site at ${DIST}/index.html: run \`trunk build --release\` first (or set ENGINES_DIST)`);
  }
  const csp = shippedCsp();
  const security = csp ? { "content-security-policy": csp, "x-content-type-options": "nosniff" } : {};
  const problems = [];
  const holding = { on: false, waiting: [] };
  const asked = [];
  const recorderTag = '<script src="/__engines/recorder.js"></script>';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    const answer = (status, type, body, headers = security) => {
      if (status >= 400) problems.push(`HTTP ${status}: ${url.pathname}`);
      res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers }).end(body);
    };
    if (url.pathname === "/__engines/recorder.js") return answer(200, types[".js"], RECORDER);
    if (url.pathname === "/__engines/host.html") {
      // Host page: one iframe per `src`, each `w` px wide (same origin as the app).
      const width = Number(url.searchParams.get("w") ?? 375);
      const frames = url.searchParams.getAll("src").map((src, i) =>
        `<iframe id="f${i}" title="explainer ${i}" src="${src.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}" width="${width}" height="900" style="border:0;display:block"></iframe>`).join("");
      const head = inject ? recorderTag : "";
      // Not under the explainer's CSP: its default-src 'none' would forbid the frames.
      return answer(200, types[".html"], `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title>${head}</head><body style="margin:0">${frames}</body></html>`, {});
    }
    asked.push(url.pathname);
    let file = normalize(join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST)) return answer(403, "text/plain", "forbidden");
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      // Held back while a test asks (the page before its app), answered on release.
      if (holding.on && extname(file) === ".wasm") await new Promise((go) => holding.waiting.push(go));
      if (inject && extname(file) === ".html") {
        // First in <head>, so it sees everything the page does.
        body = String(body).replace(/<head([^>]*)>/i, (m) => `${m}${recorderTag}`);
      }
      answer(200, types[extname(file)] ?? "application/octet-stream", body);
    } catch {
      answer(404, "text/plain", "not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    problems,
    /** The paths asked for since the last call, and forgets them. */
    asked: () => asked.splice(0),
    /** Holds back the app's wasm until `release()`. */
    holdApp: () => { holding.on = true; },
    release: () => { holding.on = false; holding.waiting.splice(0).forEach((go) => go()); },
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

// ---------------------------------------------------------------------------
// In-page helpers: self-contained functions run by driver.evaluate.

/** What the page shows now: phase heading, slider value and text, El Paso's status. */
function readState(S, placeId) {
  const live = document.querySelector(S.live);
  const slider = live?.querySelector(S.slider);
  const heading = live?.querySelector(`${S.currentPhase} ${S.phaseHeading}`);
  return {
    heading: heading?.textContent.trim() ?? null,
    value: slider ? (slider.value ?? slider.getAttribute("aria-valuenow")) : null,
    valuetext: slider?.getAttribute("aria-valuetext") ?? null,
    focused: !!slider && document.activeElement === slider,
    status: [...(live?.querySelectorAll(S.mapPlace) ?? [])].find((g) => g.getAttribute("data-place") === placeId)?.getAttribute("data-status") ?? null,
  };
}

/** Marks the visible button of the live tree named `name` with data-engines-target. */
function markButton(S, name) {
  document.querySelectorAll("[data-engines-target]").forEach((el) => el.removeAttribute("data-engines-target"));
  const text = (el) => (el.textContent ?? "").replace(/\s+/g, " ").trim();
  const accessibleName = (el) => {
    const ids = el.getAttribute("aria-labelledby");
    if (ids) return ids.split(/\s+/).map((id) => text(document.getElementById(id) ?? {})).join(" ").trim();
    return (el.getAttribute("aria-label") ?? "").trim() || text(el) || (el.getAttribute("title") ?? "").trim();
  };
  const live = document.querySelector(S.live);
  const matches = [...(live?.querySelectorAll(S.button) ?? [])]
    .filter((el) => accessibleName(el) === name && el.getClientRects().length > 0 && !el.closest("[hidden]"));
  if (matches.length !== 1) return `${matches.length} visible buttons named "${name}"`;
  matches[0].setAttribute("data-engines-target", "");
  return "ok";
}

function focusSlider(S) {
  const slider = document.querySelector(S.live)?.querySelector(S.slider);
  slider?.focus();
  return !!slider && document.activeElement === slider;
}

function overflow() {
  const el = document.documentElement;
  return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, innerWidth };
}

/** The first phase shown, language, theme and title of a freshly opened page. */
function readLook(S) {
  const live = document.querySelector(S.live);
  return {
    lang: document.documentElement.lang,
    h1: live?.querySelector(S.pageHeading)?.textContent.trim() ?? null,
    paper: getComputedStyle(document.body).backgroundColor,
  };
}

/** For each iframe of the host page: started?, and its sideways overflow. */
function readFrames(startedSel) {
  return [...document.querySelectorAll("iframe")].map((f) => {
    const doc = f.contentDocument;
    const el = doc?.documentElement;
    return {
      src: f.getAttribute("src"),
      frameWidth: f.clientWidth,
      started: !!doc?.querySelector(startedSel),
      scrollWidth: el?.scrollWidth ?? null,
      clientWidth: el?.clientWidth ?? null,
    };
  });
}

// ---------------------------------------------------------------------------
// The suite.

/**
 * Whether to run: a missing browser fails the suite, unless ENGINES_OPTIONAL=1
 * is set outside CI, when the suite is skipped saying what is missing.
 */
export function skipReason(engine, missing) {
  if (!missing) return false;
  if (process.env.ENGINES_OPTIONAL === "1" && process.env.CI !== "true") {
    return `${engine} not run: ${missing} (ENGINES_OPTIONAL=1; scripts/setup.sh installs it)`;
  }
  return false;
}

/**
 * Registers the smoke tests for one engine. `missing` says what the engine
 * lacks (or is null); `start()` resolves to a driver; `inject` serves the
 * console recorder where the engine has no console of its own to read.
 */
export function smokeSuite(engine, { missing, start, inject = false }) {
  const skip = skipReason(engine, missing);
  if (skip) console.log(`# ${skip}`);
  describe(`${engine} smoke`, () => {
    let server, driver, setupError;
    before(async () => {
      if (skip) return;
      try {
        if (missing) throw new Error(`${engine}: ${missing}. Run scripts/setup.sh (or, outside CI, set ENGINES_OPTIONAL=1 to skip this suite).`);
        server = await serveDist({ inject });
        driver = await start();
      } catch (e) {
        // Reported by every test, so that each fails saying why (not "cancelled").
        setupError = e;
      }
    }, { timeout: 90_000 });
    after(async () => {
      await driver?.close().catch((e) => console.error(`# closing ${engine}: ${e.message}`));
      await server?.close();
    }, { timeout: 30_000 });
    afterEach(async () => {
      if (!driver) return;
      const problems = [...(await driver.problems()), ...server.problems.splice(0)];
      assert.deepEqual(problems, [], `${engine}: the page reported errors`);
    }, { timeout: 15_000 });
    const test = (name, options, fn) => testOf(name, { ...options, skip }, async (t) => {
      if (setupError) throw setupError;
      return fn(t);
    });

    const T = { timeout: 60_000 };
    const open = async (query = "") => {
      await driver.goto(server.url + query);
      await until(() => driver.evaluate((sel) => !!document.querySelector(sel), SELECTORS.started), 15_000,
        `the app to start (${SELECTORS.started}) at ${query || "/"}`);
    };
    const state = () => driver.evaluate(readState, SELECTORS, "el-paso");
    /** Waits until the page shows phase `i` (0-based) everywhere the suite looks. */
    const shows = async (i, how) => {
      const phase = story.phases[i];
      const prefix = `Phase ${i + 1} of ${story.phases.length}: ${phase.title}`;
      const s = await until(async () => {
        const s = await state();
        return { ...s, ok: s.heading === phase.title && s.value === String(i) && (s.valuetext ?? "").startsWith(prefix) };
      }, 5_000, `phase ${i + 1} (${phase.id}) ${how}: heading "${phase.title}", slider value ${i}, valuetext "${prefix}…"`);
      return s;
    };
    const click = async (name) => {
      assert.equal(await driver.evaluate(markButton, SELECTORS, name), "ok", `button "${name}"`);
      await driver.click("[data-engines-target]");
    };

    test("(a) the app starts within 15 s, on phase 1", T, async () => {
      await open();
      await shows(0, "on opening");
    });

    test("(a2) the app's glue and wasm are downloaded once (the glue from its preload)", T, async () => {
      server.asked();
      await open();
      await until(() => driver.evaluate(() => document.readyState === "complete"), 15_000, "the page to load");
      const app = server.asked().filter((path) => /remain-in-mexico-[0-9a-f]+(_bg\.wasm|\.js)$/.test(path));
      assert.equal(app.filter((path) => path.endsWith(".wasm")).length, 1, app.join(", "));
      // (An engine may keep the glue from the last test's page.)
      assert.ok(app.filter((path) => path.endsWith(".js")).length <= 1, app.join(", "));
    });

    test("(b) keyboard: ArrowRight walks every phase on the focused slider; Home and End jump to the ends", T, async () => {
      await open();
      assert.ok(await driver.evaluate(focusSlider, SELECTORS), "the slider takes focus");
      await shows(0, "at first");
      for (let i = 1; i < story.phases.length; i++) {
        await driver.press("ArrowRight");
        const s = await shows(i, "after ArrowRight");
        assert.ok(s.focused, "focus stays on the slider");
      }
      await driver.press("Home");
      await shows(0, "after Home");
      await driver.press("End");
      await shows(story.phases.length - 1, "after End");
    });

    test("(c) buttons: Next phase through every phase, Previous phase back; (d) the map changes", T, async () => {
      await open();
      const statuses = [(await shows(0, "at first")).status];
      for (let i = 1; i < story.phases.length; i++) {
        await click(NAMES.next);
        statuses.push((await shows(i, `after "${NAMES.next}"`)).status);
      }
      for (let i = story.phases.length - 2; i >= 0; i--) {
        await click(NAMES.previous);
        await shows(i, `after "${NAMES.previous}"`);
      }
      // (d) El Paso's mark follows the data file, and differs between phases 1 and 4.
      const expected = story.phases.map((p) => statusAt("el-paso", p));
      assert.notEqual(expected[0], expected[3], "the data file gives El Paso different statuses in phases 1 and 4");
      assert.deepEqual(statuses, expected, "El Paso's data-status in each phase");
    });

    test("(e) ?phase=restart&lang=es&theme=dark opens phase 4 in Spanish, dark", T, async () => {
      await open("?phase=restart&lang=es&theme=dark");
      const i = story.phases.findIndex((p) => p.id === "restart");
      const s = await state();
      assert.equal(s.heading, storyEs.phases[i].title, "the phase's Spanish title");
      assert.equal(s.value, String(i), "slider value");
      assert.equal(s.status, statusAt("el-paso", story.phases[i]), "El Paso on the map");
      assert.deepEqual(await driver.evaluate(readLook, SELECTORS), { lang: "es", h1: "Quédate en México", paper: PAPER.dark });
      await open("?theme=light");
      assert.deepEqual(await driver.evaluate(readLook, SELECTORS), { lang: "en", h1: "Remain in Mexico", paper: PAPER.light });
    });

    test("(e2) a link to a phase shows it before the app is live, and the app keeps it", T, async () => {
      const i = story.phases.findIndex((p) => p.id === "restart");
      server.holdApp();
      try {
        await driver.goto(server.url + "?phase=restart");
        const s = await until(async () => {
          const s = await state();
          return s.heading === story.phases[i].title ? s : null;
        }, 10_000, "the linked phase's heading before the app");
        assert.equal(s.value, String(i), "slider value");
        assert.equal(s.status, statusAt("el-paso", story.phases[i]), "El Paso on the map");
        assert.equal(await driver.evaluate((sel) => !!document.querySelector(sel), SELECTORS.started), false, "the app is held back");
      } finally {
        server.release();
      }
      await until(() => driver.evaluate((sel) => !!document.querySelector(sel), SELECTORS.started), 15_000, "the app to start");
      await shows(i, "once the app is live");
    });

    test("(f) no sideways scrolling at the window's width, nor in a 375 px iframe", T, async (t) => {
      for (const query of ["", "?phase=mexico-refuses&lang=es"]) {
        await open(query);
        const o = await driver.evaluate(overflow);
        t.diagnostic(`${query || "/"}: window ${o.innerWidth} px, scrollWidth ${o.scrollWidth}, clientWidth ${o.clientWidth}`);
        assert.ok(o.innerWidth >= 1024, `the window is ${o.innerWidth} px wide, not the 1280 px asked for`);
        assert.ok(o.scrollWidth <= o.clientWidth, `${query || "/"} at ${o.innerWidth} px: scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth}`);
      }
      const srcs = ["/", "/?phase=mexico-refuses&lang=es"];
      await driver.goto(`${server.url}__engines/host.html?w=375&${srcs.map((s) => `src=${encodeURIComponent(s)}`).join("&")}`);
      const frames = await until(async () => {
        const fs = await driver.evaluate(readFrames, SELECTORS.started);
        return fs.length === srcs.length && fs.every((f) => f.started) ? fs : { ok: false, fs };
      }, 15_000, "the app to start in both 375 px iframes");
      for (const f of frames) {
        t.diagnostic(`${f.src} in a ${f.frameWidth} px iframe: scrollWidth ${f.scrollWidth}, clientWidth ${f.clientWidth}`);
        assert.equal(f.frameWidth, 375, `${f.src}: iframe width`);
        assert.ok(f.scrollWidth <= f.clientWidth, `${f.src} in a 375 px iframe: scrollWidth ${f.scrollWidth} > clientWidth ${f.clientWidth}`);
      }
    });

    test("(g) errors reach the suite: a deliberate console.error and exception are seen, then nothing else", T, async () => {
      await open();
      await driver.evaluate(() => {
        console.error("engines-probe console");
        setTimeout(() => { throw new Error("engines-probe throw"); }, 0);
        return true;
      });
      const seen = [];
      await until(async () => {
        seen.push(...(await driver.problems()));
        return seen.some((p) => p.includes("engines-probe console")) && seen.some((p) => p.includes("engines-probe throw"));
      }, 5_000, `${engine} to report the probe's console error and exception`);
      const others = seen.filter((p) => !p.includes("engines-probe"));
      assert.deepEqual(others, [], "nothing but the probe");
      // afterEach then checks that nothing else was reported.
    });
  });
}
