// Embedding: a host page on one loopback origin, the explainer (served with
// its strict Content-Security-Policy) on another. Checks auto-height with
// the stock pym.js parent, AMP's embed-size, forged messages, deep links and
// the copy-link control, privacy (no third parties, cookies or storage), and
// the static story without WebAssembly, without JavaScript and after a panic.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { explainerSuite, serveRoutes, openPage, appStarted, until, story, CSP, LIVE, CURRENT } from "./harness.mjs";

const open = explainerSuite({ before, after, afterEach }, assert, { "content-security-policy": CSP });
const root = resolve(import.meta.dirname, "../..");
const pym = readFileSync(join(root, "node_modules/pym.js/dist/pym.v1.min.js"), "utf8");

// The host page: the stock pym.js parent, a record of every message it gets,
// and a third frame that can forge messages to the explainer.
const hostJs = `
window.heights = []; window.amp = [];
window.addEventListener("message", function (e) {
  if (typeof e.data === "string" && e.data.indexOf("xPYMxheightxPYMx") > 0) window.heights.push(+e.data.split("xPYMx")[3]);
  if (e.data && e.data.sentinel === "amp" && e.data.type === "embed-size") window.amp.push(e.data.height);
});
var params = new URLSearchParams(location.search);
window.pymParent = new pym.Parent("explainer", params.get("src"), {
  title: "Remain in Mexico explainer",
  sandbox: params.get("sandbox") || undefined,
});
`;
const forgerJs = `
window.forge = function () {
  // The explainer's own frame (parent.frames[0] would be this forger: it
  // is in the page before pym.js adds the explainer's iframe).
  var target = parent.document.querySelector("#explainer iframe").contentWindow;
  if (target === window) throw new Error("the forger would post to itself");
  var id = "explainer";
  var messages = [
    "pymxPYMx" + id + "xPYMxwidthxPYMx320",
    "pymxPYMx" + id + "xPYMxnavigateToxPYMxhttps://evil.example/",
    "pymxPYMx" + id + "xPYMxwidthxPYMx" + "9".repeat(5000),
    { sentinel: "amp", type: "embed-size", height: 1 },
    { phase: "restart" }, "phase=restart", null, 42,
  ];
  messages.forEach(function (m) { target.postMessage(m, "*"); });
  return messages.length;
};`;
let host;
before(async () => {
  host = await serveRoutes({
    "/host.html": ["text/html", `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title><style>body{margin:0}</style></head><body><div id="explainer"></div><iframe id="forger" src="/forger.html" title="forger" width="10" height="10"></iframe><script src="/pym.v1.min.js"></script><script src="/host.js"></script></body></html>`],
    "/forger.html": ["text/html", `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>forger</title><script src="/forger.js"></script></head><body></body></html>`],
    "/host.js": ["text/javascript", hostJs],
    "/forger.js": ["text/javascript", forgerJs],
    "/pym.v1.min.js": ["text/javascript", pym],
  });
});
after(async () => host?.close());

/** Opens the host page with the explainer in a pym iframe. */
async function openHost(width, query = "", initScript, sandbox = "") {
  const hostUrl = `${host.url}host.html?src=${encodeURIComponent(open.url() + query)}&sandbox=${encodeURIComponent(sandbox)}`;
  const page = await openPage(open.browser(), hostUrl, {
    viewport: { width, height: 800 },
  }, initScript);
  const frame = await until(() => page.frame({ url: (u) => u.href.startsWith(open.url()) }), 10000, "the explainer frame");
  return { page, frame };
}

async function contentHeight(frame) {
  return frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
}
async function iframeHeight(page) {
  return page.evaluate(() => document.querySelector("#explainer iframe").getBoundingClientRect().height);
}
async function assertFits(page, frame, what) {
  await until(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))) <= 2, 5000, `iframe to fit ${what}`);
  const [outer, inner] = [await iframeHeight(page), await contentHeight(frame)];
  assert.ok(Math.abs(outer - inner) <= 2, `${what}: iframe ${outer}px, content ${inner}px`);
  return inner;
}

for (const width of [320, 1280]) {
  test(`the stock pym.js parent fits the iframe to the content at ${width} px, after a phase change and when the content grows`, async () => {
    const { page, frame } = await openHost(width);
    await appStarted(frame);
    const first = await assertFits(page, frame, `${width}px, first phase`);
    // AMP hosts get the same height.
    await until(() => page.evaluate((h) => window.amp.includes(h), first), 3000, "an AMP embed-size message");
    await frame.getByRole("slider").focus();
    await frame.page().keyboard.press("End");
    await until(async () => (await frame.locator(`${CURRENT} .phase__title`).textContent()) === story.phases.at(-1).title);
    const last = await assertFits(page, frame, `${width}px, last phase`);
    if (width >= 600) assert.equal(last, first, "beside the map the phases share one height: a phase change does not resize the host's iframe");
    else assert.notEqual(last, first, "on a phone each phase has its own height, and the iframe follows it");
    // Content that grows (the map's table opened) is followed.
    await frame.locator(`${LIVE} .map-table > summary`).click();
    const grown = await assertFits(page, frame, `${width}px, table open`);
    assert.ok(grown > last + 100, `the table adds height (${last} → ${grown}), so the test sees a resize`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("forged messages from another frame change nothing", async () => {
  // Every frame counts the messages it receives, so the test knows the
  // forged ones reached the explainer.
  const { page, frame } = await openHost(1024, "", () => {
    window.__received = 0;
    addEventListener("message", () => window.__received++, true);
  });
  await appStarted(frame);
  await assertFits(page, frame, "before forging");
  await frame.getByRole("button", { name: "Next phase" }).click();
  await assertFits(page, frame, "after one step");
  await until(() => frame.url().includes("phase=wind-down"), 3000, "the URL to follow");
  const before = {
    heights: await page.evaluate(() => window.heights.length),
    title: await frame.locator(`${CURRENT} .phase__title`).textContent(),
    url: frame.url(),
    html: (await frame.locator("#app").innerHTML()).length,
  };
  // Control: the real parent's width message is answered with a height.
  await page.evaluate(() => window.pymParent.sendWidth());
  await until(() => page.evaluate((n) => window.heights.length > n, before.heights), 3000, "an answer to the parent");
  const answered = await page.evaluate(() => window.heights.length);

  const forger = page.frame({ url: (u) => u.href.endsWith("/forger.html") });
  const received = await frame.evaluate(() => window.__received);
  assert.equal(await forger.evaluate(() => window.forge()), 8);
  await until(() => frame.evaluate((n) => window.__received >= n + 8, received), 3000, "the 8 forged messages to reach the explainer");
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(await page.evaluate(() => window.heights.length), answered, "no answer to forged messages");
  assert.equal(await frame.locator(`${CURRENT} .phase__title`).textContent(), before.title);
  assert.equal(frame.url(), before.url, "no navigation");
  assert.equal((await frame.locator("#app").innerHTML()).length, before.html, "no markup change");
  assert.deepEqual(page.problems, [], "no console error");
  await page.context().close();
});

test("under the strict CSP no policy is violated in any phase", async () => {
  const page = await openPage(open.browser(), open.url(), {}, () => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await appStarted(page);
  await page.getByRole("slider").focus();
  for (let i = 1; i < story.phases.length; i++) await page.keyboard.press("ArrowRight");
  assert.equal(await page.locator(`${CURRENT} .phase__title`).textContent(), story.phases.at(-1).title, "went through every phase");
  await page.locator(`${CURRENT} .event details.cite summary`).first().click();
  await page.locator(`${LIVE} .place[data-place="el-paso"]`).focus();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("every file each page pins by hash (Subresource Integrity) matches it after minification", () => {
  const dist = join(root, "dist");
  for (const [folder, up] of [["", "./"], ["es", "../"]]) {
    const page = readFileSync(join(dist, folder, "index.html"), "utf8");
    // The head preloads the glue, pinned (the browser checks it); the boot
    // script loads the same glue, and the wasm with its pin.
    const attrOf = (tag, name) => tag.match(new RegExp(` ${name}="([^"]+)"`))?.[1];
    const glue = page.match(/<link rel="modulepreload"[^>]*>/)?.[0] ?? "";
    assert.equal(attrOf(glue, "crossorigin"), "anonymous", glue);
    const boot = page.match(/<script[^>]*id="explainer-boot"[^>]*>/)?.[0];
    assert.ok(boot, `${folder || "/"}: the boot script`);
    assert.equal(attrOf(boot, "data-js"), attrOf(glue, "href"));
    const pinned = [[attrOf(glue, "href"), attrOf(glue, "integrity")], [attrOf(boot, "data-wasm"), attrOf(boot, "data-wasm-integrity")]];
    for (const [file, hash] of pinned) assert.ok(file && hash?.startsWith("sha384-"), `${folder || "/"}: ${file} pinned`);
    for (const [file, hash] of pinned) {
      assert.ok(file.startsWith(up), `${file} is relative to the page's folder`);
      const actual = "sha384-" + createHash("sha384").update(readFileSync(join(dist, file.slice(up.length)))).digest("base64");
      assert.equal(hash, actual, file);
    }
  }
});

test("no request leaves the origin, and nothing is stored", async () => {
  const page = await openPage(open.browser(), "about:blank", {}, () => {
    window.__writes = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (...args) {
      window.__writes++;
      return setItem.apply(this, args);
    };
  });
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(open.url() + "?phase=restart");
  await appStarted(page);
  await page.getByRole("slider").focus();
  for (let i = 0; i < story.phases.length; i++) await page.keyboard.press("ArrowLeft");
  assert.equal(await page.locator(`${CURRENT} .phase__title`).textContent(), story.phases[0].title, "went through every phase");
  assert.ok(requests.length >= 5, `saw ${requests.length} requests`);
  const foreign = requests.filter((u) => !u.startsWith(open.url()) && !u.startsWith("data:"));
  assert.deepEqual(foreign, [], "requests to other origins");
  assert.deepEqual(await page.context().cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), "");
  assert.deepEqual(
    await page.evaluate(() => [window.__writes, localStorage.length, sessionStorage.length]),
    [0, 0, 0],
  );
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a deep link opens its phase; a malformed one opens the first; moving never adds history", async () => {
  const restart = await open({}, "?phase=restart&lang=en&theme=auto");
  assert.equal(await restart.locator(`${CURRENT} .phase__title`).textContent(), story.phases[3].title);
  const length = await restart.evaluate(() => history.length);
  await restart.getByRole("button", { name: "Next phase" }).click();
  await until(async () => (await restart.evaluate(() => location.search)).includes("phase=supreme-court"), 3000, "the URL to follow");
  await restart.getByRole("button", { name: "Previous phase" }).click();
  await restart.getByRole("button", { name: "Previous phase" }).click();
  await until(async () => (await restart.evaluate(() => location.search)).includes("phase=court-order"), 3000, "the URL to follow");
  assert.equal(await restart.evaluate(() => history.length), length, "replaceState only");
  await restart.context().close();

  const bad = await open({}, "?phase=%E0%A4%A&lang=xx&theme=<script>&phase=restart");
  assert.equal(await bad.locator(`${CURRENT} .phase__title`).textContent(), story.phases[0].title);
});

test("copy link to this phase puts a link on the clipboard that reopens the phase", async () => {
  const page = await open({ permissions: ["clipboard-read", "clipboard-write"] }, "?phase=court-order&childId=explainer&initialWidth=600");
  await page.getByRole("button", { name: "Copy link to this phase" }).click();
  await until(async () => (await page.getByRole("status").filter({ hasText: "Link copied." }).count()) === 1, 3000, "the copied status");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${open.url()}?phase=court-order`, "no host parameters in the shared link");
  const reopened = await page.context().newPage();
  await reopened.goto(link);
  await appStarted(reopened);
  assert.equal(await reopened.locator(`${CURRENT} .phase__title`).textContent(), story.phases[2].title);
  await reopened.close();
});

test("when the browser refuses the clipboard, the link shows, selected, to copy by hand", async () => {
  // As in a frame without clipboard access: every write is refused.
  const page = await openPage(open.browser(), open.url() + "?phase=restart&childId=explainer&initialWidth=600", {}, () => {
    Object.defineProperty(Navigator.prototype, "clipboard", {
      get: () => ({ writeText: () => Promise.reject(new DOMException("refused", "NotAllowedError")) }),
    });
  });
  await appStarted(page);
  const field = page.getByRole("textbox", { name: "Link to this phase" });
  assert.equal(await field.count(), 0, "no field before a refusal");
  await page.getByRole("button", { name: "Copy link to this phase" }).click();
  await until(async () => (await page.getByRole("status").filter({ hasText: "Copy this link:" }).count()) === 1, 3000, "the by-hand status");
  assert.equal(await field.inputValue(), `${open.url()}?phase=restart`, "the shared link, without host parameters");
  await field.focus();
  const selected = await field.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  assert.equal(selected, `${open.url()}?phase=restart`, "focusing the field selects the whole link");
  // A new phase means a new link: the field goes until the next click.
  await page.getByRole("button", { name: "Next phase" }).click();
  await until(async () => (await field.count()) === 0, 3000, "the field to go after a phase change");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a clipboard that answers after the reader has moved on shows nothing under the new phase", async () => {
  // A clipboard that asks the reader first: its answer comes late.
  const page = await openPage(open.browser(), open.url() + "?phase=restart", {}, () => {
    window.__answer = [];
    Object.defineProperty(Navigator.prototype, "clipboard", {
      get: () => ({ writeText: () => new Promise((ok, no) => window.__answer.push({ ok, no })) }),
    });
  });
  await appStarted(page);
  for (const answer of ["ok", "no"]) {
    await page.getByRole("button", { name: "Copy link to this phase" }).click();
    await until(() => page.evaluate(() => window.__answer.length), 3000, "the clipboard asked");
    await page.getByRole("button", { name: "Next phase" }).click();
    await page.evaluate((answer) => window.__answer.pop()[answer](), answer);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(await page.locator(`${LIVE} .share__status`).textContent(), "", `${answer}: no status under the new phase`);
    assert.equal(await page.getByRole("textbox", { name: "Link to this phase" }).count(), 0, `${answer}: no field`);
  }
  // Answered in time, it shows.
  await page.getByRole("button", { name: "Copy link to this phase" }).click();
  await until(() => page.evaluate(() => window.__answer.length), 3000, "the clipboard asked");
  await page.evaluate(() => window.__answer.pop().ok());
  await until(async () => (await page.getByRole("status").filter({ hasText: "Link copied." }).count()) === 1, 3000, "the copied status");
  await page.context().close();
});

/** Checks the static story is what the reader sees. */
async function assertStaticStory(page) {
  const fallback = page.locator("#app > main:not([hidden])");
  assert.ok(await fallback.isVisible(), "the static story is visible");
  assert.equal(await fallback.getAttribute("lang"), "en");
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Remain in Mexico");
  assert.equal(await fallback.locator(".phases > .phase:visible").count(), story.phases.length);
  assert.equal(await fallback.locator(".map").isVisible(), false, "no map without the app");
  for (const phase of story.phases) {
    assert.ok(await fallback.getByRole("heading", { name: phase.title }).isVisible(), phase.id);
  }
  assert.equal(await fallback.locator(".figure").count(), story.figures.length);
  assert.equal(await fallback.locator(".era__badge:visible").count(), 0, "no era is marked as the phase shown when every phase is");
  const counts = await fallback.locator(".counts").textContent();
  assert.ok(counts.includes("more than 71,000") && counts.includes("ABC News") && counts.includes("approximately 7,500"));
}

test("without WebAssembly the static story is shown, and the host still gets its height", async () => {
  const { page, frame } = await openHost(375, "", () => {
    delete window.WebAssembly;
  });
  await frame.locator("#app").waitFor();
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await frame.locator("#app[data-started]").count(), 0, "the app did not start");
  const fallback = frame.locator("#app > main:not([hidden])");
  assert.ok(await fallback.isVisible());
  assert.equal(await fallback.locator(".phases > .phase:visible").count(), story.phases.length);
  await assertFits(page, frame, "the static story");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("without WebAssembly, ?lang=es and ?theme=dark still apply to the static story", async () => {
  const page = await openPage(open.browser(), open.url() + "?lang=es&theme=dark", {}, () => {
    delete window.WebAssembly;
  });
  const spanish = page.locator('#app > main[data-lang="es"]');
  await until(() => spanish.isVisible(), 5000, "the Spanish static story");
  assert.equal(await page.locator('#app > main[data-lang="en"]').isVisible(), false);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  assert.equal(await spanish.getByRole("heading", { level: 1 }).textContent(), "Quédate en México");
  assert.equal(await spanish.locator(".phases > .phase:visible").count(), story.phases.length);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("with JavaScript disabled the static story is the page", async () => {
  const page = await openPage(open.browser(), open.url(), { javaScriptEnabled: false });
  await assertStaticStory(page);
  await page.context().close();
});

test("a panic is reported on the console and leaves the static story, not a blank frame", async () => {
  // A host CMS that strips the data attributes the app finds the explainer
  // by: the app panics at start. The attribute goes the moment the parser
  // inserts the element, so the app, however early it starts, never finds it.
  const page = await openPage(open.browser(), open.url(), {}, () => {
    new MutationObserver(() => document.querySelectorAll("#app > main[data-lang]").forEach((e) => e.removeAttribute("data-lang")))
      .observe(document, { childList: true, subtree: true });
  });
  await until(() => page.problems.some((p) => p.includes("the page holds the explainer")), 10000, "the panic message");
  await assertStaticStory(page);
  await page.context().close();
});

test("a page without the copy link's place (stripped by a CMS) is still live, without a copy link", async () => {
  const page = await openPage(open.browser(), open.url(), {}, () => {
    new MutationObserver(() => document.querySelectorAll(".share").forEach((e) => e.remove()))
      .observe(document, { childList: true, subtree: true });
  });
  await page.locator("#app[data-started]").waitFor();
  assert.equal(await page.locator(".share").count(), 0);
  await page.getByRole("button", { name: "Next phase" }).click();
  await until(async () => (await page.locator("#app > main .phases > .phase:visible h2").first().textContent()) === story.phases[1].title, 3000, "phase 2 shown");
  assert.deepEqual(page.problems, [], "no error on the console");
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains("no-app")), false);
  await page.context().close();
});

test("sandboxed without allow-same-origin, the frame shows the static story at the right height", async () => {
  const { page, frame } = await openHost(800, "", undefined, "allow-scripts");
  assert.equal(await page.evaluate(() => document.querySelector("#explainer iframe").getAttribute("sandbox")), "allow-scripts");
  await frame.locator("#app").waitFor();
  await assertFits(page, frame, "the sandboxed static story");
  assert.ok(await frame.locator("#app").isVisible());
  // What the README and embed.html promise: the app itself cannot load its
  // modules from an opaque origin, so the page is laid out as the static story.
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await frame.locator("#app[data-started]").count(), 0);
  assert.equal(await frame.evaluate(() => document.documentElement.classList.contains("no-app")), true);
  assert.equal(await frame.locator("#app > main:not([hidden]) .phases > .phase:visible").count(), story.phases.length);
  await page.context().close();
});
