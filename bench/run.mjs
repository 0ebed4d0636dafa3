// The benchmark: what a reader downloads and how fast the explainer is,
// next to Knight Lab's TimelineJS telling the same events. Run with
// `make bench` (which builds the release site first). Prints tables and
// writes bench/results.json. Timings are reported, never asserted.
//
//   node bench/run.mjs [--runs N] [--no-lighthouse]
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { join, resolve, relative } from "node:path";
import { tmpdir } from "node:os";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { serve, launch, story } from "../tests/browser/harness.mjs";
import { readerFiles, budget, PAGES } from "../scripts/sizes.mjs";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf("--runs") + 1]) || 7;
const LIGHTHOUSE = !args.includes("--no-lighthouse");
const results = { date: new Date().toISOString(), runs: RUNS };

// ---------------------------------------------------------------- sizes --
const kb = (n) => (n / 1024).toFixed(1);
function sizes() {
  const dist = join(root, "dist");
  const perLanguage = {};
  for (const lang of Object.keys(PAGES)) {
    const rows = readerFiles(dist, lang).map((file) => {
      const bytes = readFileSync(join(dist, file));
      return {
        file,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
    const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
    console.log(`\nWhat a reader of the ${lang} page downloads (KB)`);
    console.log(`${"file".padEnd(46)}${"raw".padStart(9)}${"gzip".padStart(9)}${"brotli".padStart(9)}`);
    for (const r of rows) console.log(`${r.file.padEnd(46)}${kb(r.raw).padStart(9)}${kb(r.gzip).padStart(9)}${kb(r.brotli).padStart(9)}`);
    console.log(`${"total".padEnd(46)}${kb(total.raw).padStart(9)}${kb(total.gzip).padStart(9)}${kb(total.brotli).padStart(9)}`);
    perLanguage[lang] = { files: rows, total };
  }
  console.log(`budget (bench/budget.json): ${kb(budget())} KB gzipped per language`);
  return { ...perLanguage.en, per_language: perLanguage, budget_gzip: budget() };
}

// ------------------------------------------------------------- the peer --
/** A TimelineJS page with the same events, served from node_modules. */
function peerSite() {
  const dir = mkdtempSync(join(tmpdir(), "timelinejs-"));
  const events = story.events.map((e) => {
    // TimelineJS needs a date: an undated event sits at its phase's start.
    const phase = story.phases.find((p) => p.id === e.phase);
    const [year, month, day] = (e.date ?? phase.start).split("-").map(Number);
    const start_date = { year };
    if (month) start_date.month = month;
    if (day) start_date.day = day;
    return { start_date, text: { headline: phase.title, text: e.text } };
  });
  writeFileSync(join(dir, "events.json"), JSON.stringify({ title: { text: { headline: "Remain in Mexico", text: "The Migrant Protection Protocols, 2019–2023" } }, events }));
  writeFileSync(join(dir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Remain in Mexico (TimelineJS)</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="tl/css/timeline.css"></head>
<body style="margin:0"><div id="timeline-embed" style="width:100%;height:600px"></div>
<script src="tl/js/timeline.js"></script>
<script>window.timeline = new TL.Timeline("timeline-embed", "events.json", { script_path: "tl/js/", font: null, ga_measurement_id: null });</script>
</body></html>`);
  return dir;
}

/**
 * The least a page can do for a phase change, as a control for what the
 * browser itself costs on this machine: the same six phases (title,
 * summary, events) in one grid cell, a native range input, and a few lines
 * of plain JavaScript that flip which phase shows and say "Phase i of 6".
 * No map, no counts, no framework.
 */
function bareSite() {
  const dir = mkdtempSync(join(tmpdir(), "bare-"));
  const esc = (t) => String(t).replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const phases = story.phases
    .map((p, i) => {
      const events = story.events.filter((e) => e.phase === p.id).map((e) => `<li>${esc(e.text)}</li>`).join("");
      return `<section class="phase"${i ? " hidden" : ""}><h2>${esc(p.title)}</h2><p>${esc(p.summary)}</p><ol>${events}</ol></section>`;
    })
    .join("\n");
  writeFileSync(join(dir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Remain in Mexico (bare)</title><link rel="icon" href="data:,">
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem}input{width:100%}.phases{display:grid}.phase{grid-area:1/1}.phase[hidden]{display:block;visibility:hidden}</style></head>
<body><h1>Remain in Mexico</h1><label for="s">Move through the story: <span id="pos">Phase 1 of ${story.phases.length}</span></label>
<input id="s" type="range" min="0" max="${story.phases.length - 1}" value="0"><div class="phases">${phases}</div>
<script>const ps=[...document.querySelectorAll(".phase")],pos=document.getElementById("pos");
document.getElementById("s").addEventListener("input",(e)=>{const i=+e.target.value;ps.forEach((p,j)=>p.hidden=j!==i);pos.textContent="Phase "+(i+1)+" of "+ps.length;});</script>
</body></html>`);
  return dir;
}

async function servePeer(dir) {
  const tl = join(root, "node_modules/@knight-lab/timelinejs/dist");
  const { createServer } = await import("node:http");
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".woff": "font/woff", ".woff2": "font/woff2", ".png": "image/png" };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.startsWith("/tl/") ? join(tl, path.slice(4)) : join(dir, path === "/" ? "index.html" : path);
    try {
      const body = readFileSync(file);
      const type = types[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream";
      // Compressed on the fly, as a host would serve it: the same footing as ours.
      if (String(req.headers["accept-encoding"] ?? "").includes("gzip") && !type.startsWith("image/png") && !type.startsWith("font/")) {
        res.writeHead(200, { "content-type": type, "content-encoding": "gzip", vary: "accept-encoding" });
        return res.end(gzipSync(body, { level: 6 }));
      }
      res.writeHead(200, { "content-type": type });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

// --------------------------------------------------------------- timing --
// Runs in the page before anything else, with the page's `ready` test:
// records the first frame in which `ready()` holds (polled once per frame,
// the same way for every page, from navigation start), and the time from
// each key press or click to the next painted frame (the frame's rAF, then
// a task queued behind its paint).
function probe(ready) {
  window.__bench = { interactive: null, latencies: [] };
  const poll = () => {
    let holds = false;
    try {
      holds = ready();
    } catch {}
    if (holds) window.__bench.interactive = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  const markPaint = (start) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__bench.latencies.push(performance.now() - start);
      channel.port2.postMessage(0);
    });
  addEventListener("keydown", (e) => markPaint(e.timeStamp), true);
  addEventListener("click", (e) => markPaint(e.timeStamp), true);
}

// Ours and the bare page are moved the same way: arrow keys on the slider.
const bySlider = {
  step: async (page) => {
    await page.getByRole("slider").focus();
    return async () => page.keyboard.press("ArrowRight");
  },
  back: async (page) => page.keyboard.press("ArrowLeft"),
  steps: story.phases.length - 1,
};

const pages = {
  ours: {
    // Interactive: the app has made the page's control live.
    ready: () => !!document.querySelector("#app[data-started]") && !!document.querySelector("#app .phase-control input"),
    ...bySlider,
  },
  bare: {
    ready: () => !!document.querySelector("#s"),
    ...bySlider,
  },
  peer: {
    // Interactive: TimelineJS shows its first slide, with its navigation.
    ready: () => document.querySelectorAll(".tl-slide").length > 1 && !!document.querySelector(".tl-timenav"),
    step: async (page) => async () => page.locator(".tl-slidenav-next").first().click(),
    back: async (page) => page.locator(".tl-slidenav-previous").first().click(),
    steps: story.phases.length - 1,
  },
};

/**
 * A cold load (no cache) of `url` at 1280 px and `throttle`x CPU, with
 * `init` (script source) run in the page before anything else.
 */
async function coldLoad(browser, url, throttle, init = null) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (init) await context.addInitScript({ content: init });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.goto(url);
  return { context, page };
}

/** Moves forward through every phase, a change every 150 ms. */
async function stepThrough(page, spec) {
  const step = await spec.step(page);
  for (let i = 0; i < spec.steps; i++) {
    await step();
    await page.waitForTimeout(150);
  }
}

async function measure(browser, url, kind, throttle) {
  const spec = pages[kind];
  // As source, so the page's Content-Security-Policy (no eval) does not apply.
  const { context, page } = await coldLoad(browser, url, throttle, `(${probe})(${spec.ready});`);
  await page.waitForFunction(() => window.__bench.interactive != null, null, { timeout: 60_000 });
  const interactive = await page.evaluate(() => window.__bench.interactive);
  const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
  // Ours only: the moment the app marked itself live (the frame after is
  // `interactive`); in bench/results.json, not printed.
  const started = await page.evaluate(() => performance.getEntriesByName("explainer-ready")[0]?.startTime ?? null);
  await page.evaluate(() => { window.__bench.latencies = []; });
  await stepThrough(page, spec);
  const latencies = await page.evaluate(() => window.__bench.latencies);
  // The floor: a key press that changes nothing (Shift), so the time to
  // the next painted frame is the browser's own, not the page's work.
  await page.evaluate(() => { window.__bench.latencies = []; });
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Shift");
    await page.waitForTimeout(150);
  }
  const floor = await page.evaluate(() => window.__bench.latencies);
  const work = await workPerChange(browser, page, spec);
  await context.close();
  return {
    fcp,
    interactive,
    after_fcp: fcp == null ? null : interactive - fcp,
    started,
    latency: median(latencies),
    floor: median(floor),
    work: median(work),
  };
}

/**
 * The main thread's work for a phase change, from a trace: every task that
 * runs from the input event's dispatch to the end of the first frame
 * committed after it (the input handlers, the app's effects, style, layout,
 * paint, commit), idle time left out. Less than 16.7 ms means the change
 * fits in one frame at 60 Hz; unlike key-to-paint, it leaves out the
 * browser's input delivery and the wait for the display's next frame. Walks
 * back through the phases, since the latency pass ended on the last one.
 */
async function workPerChange(browser, page, spec) {
  await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing"] });
  for (let i = 0; i < spec.steps; i++) {
    await page.evaluate(() => performance.mark("bench-step"));
    await spec.back(page);
    await page.waitForTimeout(150);
  }
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const marks = events.filter((e) => e.name === "bench-step").sort((a, b) => a.ts - b.ts);
  if (!marks.length) return [];
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && e.pid === marks[0].pid);
  const mine = events.filter((e) => e.ph === "X" && e.pid === main?.pid && e.tid === main?.tid).sort((a, b) => a.ts - b.ts);
  const inputs = new Set(["keydown", "keyup", "pointerdown", "mousedown", "pointerup", "mouseup", "click"]);
  return marks.map((m, i) => {
    const end = marks[i + 1]?.ts ?? Infinity;
    const dispatches = mine.filter((e) => e.name === "EventDispatch" && inputs.has(e.args?.data?.type) && e.ts > m.ts && e.ts < end);
    if (!dispatches.length) return null;
    const from = dispatches[0].ts;
    const lastInput = Math.max(...dispatches.filter((e) => e.args.data.type !== "keyup").map((e) => e.ts + e.dur));
    const commit = mine.find((e) => e.name === "Commit" && e.ts >= lastInput && e.ts < end);
    if (!commit) return null;
    const to = commit.ts + commit.dur;
    return mine
      .filter((e) => e.name === "RunTask" && e.ts < to && e.ts + e.dur > from)
      .reduce((sum, e) => sum + (Math.min(e.ts + e.dur, to) - Math.max(e.ts, from)), 0) / 1000;
  });
}

/**
 * Where ours's work per change goes, at 4x CPU: the same changes with a
 * block of the page taken out of the layout by one rule, added once the
 * app is live (the app still writes every attribute it writes), next to
 * the bare page. The loads of every variant and of the bare page are
 * taken in turn, so the machine's noise falls on all of them alike.
 */
const WITHOUT = [
  ["whole page", []],
  ["without the map", [".map"]],
  ["without the phases", [".phases"]],
  ["without map and phases", [".map", ".phases"]],
];

async function whereTheWorkGoes(browser, oursUrl, bareUrl) {
  const variants = [...WITHOUT.map(([name, blocks]) => ({ name, blocks, url: oursUrl, spec: pages.ours })), { name: "bare page", blocks: [], url: bareUrl, spec: pages.bare }];
  const perLoad = variants.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, { name, blocks, url, spec }] of variants.entries()) {
      const { context, page } = await coldLoad(browser, url, 4);
      await page.waitForFunction(spec.ready, null, { timeout: 60_000 });
      for (const block of blocks) {
        if (!(await page.$(`#app ${block}`))) throw new Error(`bench: "${name}": the page has no ${block} any more`);
      }
      if (blocks.length) await page.addStyleTag({ content: `${blocks.join(", ")} { display: none !important; }` });
      // Forward through every phase, then the traced walk back.
      await stepThrough(page, spec);
      perLoad[k].push(median(await workPerChange(browser, page, spec)));
      await context.close();
    }
  }
  // As in the main table: the median over loads of each load's median.
  return Object.fromEntries(variants.map(({ name }, k) => [name, { median: median(perLoad[k]), min: spread(perLoad[k])[0], max: spread(perLoad[k])[1] }]));
}

function median(values) {
  const v = values.filter((x) => x != null).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
function spread(values) {
  const v = values.filter((x) => x != null).sort((a, b) => a - b);
  return v.length ? [v[0], v.at(-1)] : [null, null];
}
const ms = (x) => (x == null ? "n/a" : x.toFixed(1));

async function timings() {
  const ours = await serve(undefined, {}, { compressed: true });
  const peerDir = peerSite();
  const peer = await servePeer(peerDir);
  const bare = await servePeer(bareSite());
  const browser = await launch();
  const table = {};
  for (const throttle of [1, 4]) {
    for (const [kind, url] of [["ours", ours.url], ["peer", peer.url], ["bare", bare.url]]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, url, kind, throttle));
      const summary = {};
      for (const metric of ["fcp", "interactive", "after_fcp", "started", "latency", "floor", "work"]) {
        const values = runs.map((r) => r[metric]);
        summary[metric] = { median: median(values), min: spread(values)[0], max: spread(values)[1] };
      }
      table[`${kind}@${throttle}x`] = summary;
    }
  }
  const without = await whereTheWorkGoes(browser, ours.url, bare.url);
  await browser.close();
  await ours.close();
  await peer.close();
  await bare.close();

  console.log(`\nTimings in ms: median [min–max] of ${RUNS} cold loads, 1280 px, loopback, compressed as a host serves it (ours: the build's .br files; TimelineJS: gzip).`);
  console.log("Every time is from navigation start. First content: the first contentful paint. Interactive: the first frame in which the page");
  console.log("can be used (ours: the app has made the control live; TimelineJS: its first slide is shown with its navigation; bare: its slider);");
  console.log("it is taken at the start of that frame, so it can come just before the first contentful paint of the same frame.");
  const columns = [["fcp", "first content"], ["interactive", "interactive"], ["after_fcp", "interactive − first content"], ["latency", "key press to next paint"], ["floor", "no-op key to next paint"], ["work", "main-thread work per change"]];
  console.log("".padEnd(14) + columns.map(([, title]) => title.padEnd(30)).join(""));
  for (const [row, m] of Object.entries(table)) {
    const cell = (x) => `${ms(x.median)} [${ms(x.min)}–${ms(x.max)}]`.padEnd(30);
    console.log(row.padEnd(14) + columns.map(([key]) => cell(m[key])).join(""));
  }
  console.log("\nours / TimelineJS (median; below 1 means we are faster)");
  const ratios = {};
  const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);
  const fixed = (x) => x?.toFixed(2) ?? "n/a";
  for (const throttle of [1, 4]) {
    const o = table[`ours@${throttle}x`];
    const p = table[`peer@${throttle}x`];
    const b = table[`bare@${throttle}x`];
    ratios[`${throttle}x`] = {
      fcp: ratio(o.fcp.median, p.fcp.median),
      interactive: ratio(o.interactive.median, p.interactive.median),
      latency: ratio(o.latency.median, p.latency.median),
      work: ratio(o.work.median, p.work.median),
      work_vs_bare: ratio(o.work.median, b.work.median),
    };
    const r = ratios[`${throttle}x`];
    console.log(`${(throttle + "x CPU").padEnd(14)}first content ${fixed(r.fcp)}   interactive ${fixed(r.interactive)}   key to paint ${fixed(r.latency)}   work per change ${fixed(r.work)}`);
  }
  console.log("\nOne frame at 60 Hz is 16.7 ms. The bare page (the same phases flipped by a few lines of plain JavaScript: no map, no framework)");
  console.log("is the least a page can do for this change on this machine:");
  for (const throttle of [1, 4]) {
    const o = table[`ours@${throttle}x`].latency.median;
    const b = table[`bare@${throttle}x`].latency.median;
    console.log(`${(throttle + "x CPU").padEnd(14)}key to paint: ours ${ms(o)}, bare page ${ms(b)}, no-op key ${ms(table[`ours@${throttle}x`].floor.median)} (ms)`);
  }
  console.log("Main-thread work per change, from a trace (input handlers to the end of the first frame committed after it; tracing adds");
  console.log("some overhead of its own). Below 16.7 ms the change fits in one frame:");
  for (const throttle of [1, 4]) {
    const w = (kind) => table[`${kind}@${throttle}x`].work.median;
    const fits = (x) => (x == null ? "" : x < 1000 / 60 ? " (fits)" : " (over)");
    console.log(`${(throttle + "x CPU").padEnd(14)}ours ${ms(w("ours"))}${fits(w("ours"))}, bare page ${ms(w("bare"))}${fits(w("bare"))}, TimelineJS ${ms(w("peer"))}${fits(w("peer"))} (ms); ours / bare ${fixed(ratios[`${throttle}x`].work_vs_bare)}`);
  }
  console.log("Where ours's work per change goes at 4x CPU: the same changes with a block taken out of the layout (one CSS rule, added");
  console.log("once the app is live; the app still writes every attribute), next to the bare page; loads of each taken in turn:");
  const whole = without["whole page"].median;
  for (const [name, w] of Object.entries(without)) {
    console.log(`  ${name.padEnd(26)}${`${ms(w.median)} [${ms(w.min)}–${ms(w.max)}]`.padEnd(22)}${name === "whole page" ? "" : name === "bare page" ? `the whole page is ${fixed(whole / w.median)}x this` : `${ms(whole - w.median)} ms less than the whole page`}`);
  }
  // Issue 17's targets, at 4x CPU (reported, never asserted: timings vary).
  const at4 = table["ours@4x"];
  const targets = [
    ["interactive within 150 ms of first content", at4.after_fcp.median, 150, ms],
    ["interactive at most 0.5x TimelineJS's", ratios["4x"].interactive, 0.5, fixed],
    ["work per change at most 1.5x the bare page's", ratios["4x"].work_vs_bare, 1.5, fixed],
  ];
  console.log("\nTargets at 4x CPU (issue 17):");
  for (const [what, value, most, show] of targets) {
    console.log(`  ${what.padEnd(48)}${show(value).padStart(8)}  ${value != null && value <= most ? "met" : "not met"}`);
  }
  return {
    table,
    ratios,
    without,
    peer: "TimelineJS 3.9.11 (npm @knight-lab/timelinejs), same events, served from node_modules",
    bare: "the same phases, title, summary and events, flipped in one grid cell by a range input and a few lines of plain JavaScript: no map, no framework",
  };
}

// ----------------------------------------------------------- lighthouse --
async function lighthouseRun() {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const site = await serve(undefined, {}, { compressed: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const result = await lighthouse(site.url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    const audits = result.lhr.audits;
    const figures = {
      score: Math.round(result.lhr.categories.performance.score * 100),
      fcp_ms: audits["first-contentful-paint"].numericValue,
      lcp_ms: audits["largest-contentful-paint"].numericValue,
      tbt_ms: audits["total-blocking-time"].numericValue,
      cls: audits["cumulative-layout-shift"].numericValue,
    };
    console.log(`\nLighthouse ${result.lhr.lighthouseVersion}, mobile preset (simulated throttling)`);
    console.log(`performance ${figures.score}   FCP ${ms(figures.fcp_ms)} ms   LCP ${ms(figures.lcp_ms)} ms   TBT ${ms(figures.tbt_ms)} ms   CLS ${figures.cls.toFixed(3)}`);
    return figures;
  } finally {
    await chrome.kill();
    await site.close();
  }
}

results.sizes = sizes();
results.timings = await timings();
if (LIGHTHOUSE) results.lighthouse = await lighthouseRun();
writeFileSync(join(root, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
console.log(`\nwrote ${relative(root, join(root, "bench/results.json"))}`);
