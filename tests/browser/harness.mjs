// Shared pieces of the browser tests: a loopback static server for dist/,
// the system Chromium, the story data read from assets/story.toml, and a
// page that records every console error and uncaught exception.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";
import { parse } from "smol-toml";

const root = resolve(import.meta.dirname, "../..");
const raw = parse(readFileSync(join(root, "assets/story.toml"), "utf8"));
/** The story with every { en, es } text resolved to one language. */
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
/** The explainer (each language's page carries only its own). */
export const LIVE = "#app > main:not([hidden])";
/** The phase shown, inside it. */
export const CURRENT = `${LIVE} .phase:not([hidden])`;
export const storyEs = inLanguage(raw, "es");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/**
 * Serves `dir` on 127.0.0.1 at a free port; `headers` are added to every
 * answer. With `compressed`, it answers as a static host serving the
 * build's precompressed files: `.br` or `.gz` when the client accepts them.
 * With `holdAfter` (a string, or several in page order), a page (.html) is
 * sent up to the end of the first element naming it, and the rest only
 * once `release()` is called (for several, each `release()` sends up to the
 * next): a page that arrives slowly, as on a slow network or phone. The
 * points are the server's, not each page's: a second page asked for from
 * the same server is held only at the points not yet released. `rewrite`
 * changes a page's HTML before it is sent (as a host might).
 */
export async function serve(dir = join(root, "dist"), headers = {}, { compressed = false, holdAfter = null, rewrite = null } = {}) {
  const points = [holdAfter].flat().filter(Boolean);
  let released = 0;
  const waking = [];
  const release = (all = false) => {
    released = all ? Infinity : released + 1;
    for (const wake of waking.splice(0)) wake();
  };
  const releasedPast = async (n) => {
    while (released <= n) await new Promise((wake) => waking.push(wake));
  };
  const asked = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    asked.set(path, (asked.get(path) ?? 0) + 1);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const type = { "content-type": types[extname(file)] ?? "application/octet-stream", ...headers };
      const accepts = String(req.headers["accept-encoding"] ?? "");
      for (const [encoding, ext] of compressed ? [["br", ".br"], ["gzip", ".gz"]] : []) {
        if (!accepts.includes(encoding)) continue;
        const packed = await readFile(file + ext).catch(() => null);
        if (packed) return res.writeHead(200, { ...type, "content-encoding": encoding, vary: "accept-encoding" }).end(packed);
      }
      const body = await readFile(file);
      res.writeHead(200, type);
      const page = file.endsWith(".html") && (points.length || rewrite) ? body.toString() : null;
      const html = page && rewrite ? rewrite(page) : page;
      if (!html) return res.end(body);
      // Up to the end of each point's element, then held until released.
      let sent = 0;
      for (const [n, point] of points.entries()) {
        const named = html.indexOf(point, sent);
        if (named < 0) break;
        const cut = html.indexOf(">", named) + 1;
        const closing = html.startsWith("</", cut) ? html.indexOf(">", cut) + 1 : cut;
        res.write(html.slice(sent, closing));
        sent = closing;
        await releasedPast(n);
      }
      res.end(html.slice(sent));
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    release,
    /** How many times each path ending in `suffix` was asked for, by path. */
    asked: (suffix) => Object.fromEntries([...asked].filter(([path]) => path.endsWith(suffix))),
    close: () => {
      release(true);
      return new Promise((ok) => server.close(ok));
    },
  };
}

/** The system Chromium, started as this machine requires; never a download. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/** Serves fixed bodies by path on 127.0.0.1: { "/path": [type, body] }. */
export async function serveRoutes(routes) {
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url, "http://x").pathname];
    if (!route) return res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": route[0] });
    res.end(route[1]);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Opens the explainer and waits until the app has rendered. `page.problems`
 * collects console errors and uncaught exceptions; tests assert it is empty.
 */
export async function openExplainer(browser, url, options = {}, beforeLoad) {
  const page = await openPage(browser, url, options, undefined, beforeLoad);
  await appStarted(page);
  return page;
}

/**
 * Waits until the app has started in a page or frame. The phase control is
 * in the page's HTML before that; the app marks #app when it is live.
 */
export function appStarted(target) {
  return target.locator("#app[data-started]").waitFor({ state: "attached" });
}

/**
 * Opens a page with problem recording, without waiting for the app.
 * `beforeLoad(page)` runs before the page loads (e.g. to install a clock).
 */
export async function openPage(browser, url, options = {}, initScript, beforeLoad, goto = {}) {
  const context = await browser.newContext(options);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  if (beforeLoad) await beforeLoad(page);
  page.problems = [];
  page.on("console", (m) => { if (m.type() === "error") page.problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => page.problems.push(`uncaught: ${e.message}`));
  page.on("response", (r) => { if (r.status() >= 400) page.problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on("requestfailed", (r) => page.problems.push(`request failed: ${r.url()}`));
  await page.goto(url, goto);
  return page;
}

/** Polls `check` until it returns a truthy value or `ms` pass. */
export async function until(check, ms = 5000, what = "condition") {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The headers the built site ships with (assets/_headers), as one object. */
const shipped = Object.fromEntries(
  readFileSync(join(root, "assets/_headers"), "utf8")
    .split("\n")
    .filter((l) => /^\s+[A-Za-z-]+:/.test(l))
    .map((l) => l.trim().split(/:(.*)/s).slice(0, 2).map((v) => v.trim())),
);
/** Its Content-Security-Policy. */
export const CSP = shipped["Content-Security-Policy"];
/** Its CORS header, which lets the app start in an opaque-origin frame. */
export const CORS = { "access-control-allow-origin": shipped["Access-Control-Allow-Origin"] };

// What the page should say, computed from the data file, not from the app.
const months = ["January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"];
export function dateText(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  if (!m) return `${y}`;
  if (!d) return `${months[m - 1]} ${y}`;
  return `${months[m - 1]} ${d}, ${y}`;
}
const qualifiers = { "more-than": "more than", over: "over", around: "around", approximately: "approximately" };
export function figureText(f) {
  return `${qualifiers[f.qualifier]} ${f.value.toLocaleString("en-US")}`;
}
export function eventsOf(phase) {
  return story.events.filter((e) => e.phase === phase.id);
}
export function sourceById(id) {
  return story.sources.find((s) => s.id === id);
}

/**
 * Registers the hooks every browser test file needs: one loopback server
 * and one browser for the file, and after each test a check that the page
 * logged no error. Returns `open(options)`, which opens the explainer.
 */
export function explainerSuite({ before, after, afterEach }, assert, headers = {}) {
  let server, browser, page;
  before(async () => {
    server = await serve(undefined, headers);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    if (!page) return;
    const problems = page.problems;
    await page.context().close();
    page = undefined;
    assert.deepEqual(problems, [], "the page logged errors");
  });
  const open = async function (options = {}, query = "", { clock = false } = {}) {
    // A fake clock must be installed before the page loads.
    page = await openExplainer(browser, server.url + query, options, clock ? (p) => p.clock.install() : undefined);
    return page;
  };
  open.url = () => server.url;
  open.browser = () => browser;
  return open;
}

/** The last day a partial ISO date covers, as a comparable number. */
export function lastDay(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  if (!m) return Date.UTC(y, 11, 31);
  if (!d) return Date.UTC(y, m, 0);
  return Date.UTC(y, m - 1, d);
}
/** The first day a partial ISO date covers. */
export function firstDay(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1);
}
/** The state a place is in at the end of a phase, from the data file. */
export function stateAt(place, phase) {
  const end = lastDay(phase.end);
  return (place.states ?? []).filter((s) => firstDay(s.from) <= end).at(-1);
}
