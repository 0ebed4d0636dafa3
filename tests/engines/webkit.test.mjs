// The smoke suite (smoke.mjs) in WebKitGTK: Debian's WebKitWebDriver
// (package webkit2gtk-driver) drives MiniBrowser over plain W3C WebDriver,
// spoken here with fetch (no npm dependency). MiniBrowser needs an X display:
// run under `xvfb-run -a`, or this file starts its own Xvfb when DISPLAY is
// unset. WebKitWebDriver exposes no console (no BiDi, no log endpoint), so the
// server adds a recorder script to every page (smoke.mjs, RECORDER) and the
// driver reads back what it recorded.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { smokeSuite, until } from "./smoke.mjs";

const DRIVER = process.env.WEBKIT_WEBDRIVER_PATH ?? "/usr/bin/WebKitWebDriver";
/** MiniBrowser ships in libwebkit2gtk-4.1-0 under the multiarch library folder. */
function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const candidates = ["/usr/libexec/webkit2gtk-4.1/MiniBrowser"];
  for (const dir of existsSync("/usr/lib") ? readdirSync("/usr/lib") : []) {
    candidates.unshift(join("/usr/lib", dir, "webkit2gtk-4.1/MiniBrowser"));
  }
  return candidates.find((p) => existsSync(p)) ?? null;
}
const MINIBROWSER = findMiniBrowser();
const XVFB = "/usr/bin/Xvfb";

function missing() {
  if (!existsSync(DRIVER)) return `${DRIVER} is missing (Debian package webkit2gtk-driver)`;
  if (!MINIBROWSER) return "MiniBrowser is missing (Debian package libwebkit2gtk-4.1-0, pulled in by webkit2gtk-driver)";
  if (!process.env.DISPLAY && !existsSync(XVFB)) return "no X display and no Xvfb (run under xvfb-run; Debian package xvfb)";
  return null;
}

// WebDriver key codes (W3C WebDriver, "Keyboard actions").
const KEYS = { ArrowLeft: "\uE012", ArrowRight: "\uE014", Home: "\uE011", End: "\uE010" };
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** Processes this file started, killed (with their process groups) however it exits. */
const started = new Set();
process.on("exit", () => { for (const p of started) try { process.kill(-p.pid, "SIGKILL"); } catch {} });
async function stop(proc) {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return started.delete(proc);
  const exited = new Promise((ok) => proc.once("exit", ok));
  try { process.kill(-proc.pid, "SIGTERM"); } catch {}
  const timer = setTimeout(() => { try { process.kill(-proc.pid, "SIGKILL"); } catch {} }, 3_000);
  await exited;
  clearTimeout(timer);
  started.delete(proc);
}
function launch(cmd, args, options = {}) {
  // Own process group, so MiniBrowser and its web processes go with the driver.
  const proc = spawn(cmd, args, { detached: true, stdio: ["ignore", "ignore", "pipe"], ...options });
  started.add(proc);
  proc.stderrText = "";
  proc.stderr?.on("data", (d) => { proc.stderrText = (proc.stderrText + d).slice(-4000); });
  return proc;
}

/** An Xvfb of our own when there is no display (xvfb-run gives one). */
async function ensureDisplay() {
  if (process.env.DISPLAY) return { env: process.env, xvfb: null };
  const xvfb = launch(XVFB, ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  let out = "";
  xvfb.stdio[3].on("data", (d) => { out += d; });
  await until(() => /\d+\n/.test(out) || xvfb.exitCode !== null, 10_000, "Xvfb to report its display");
  if (xvfb.exitCode !== null) throw new Error(`Xvfb exited: ${xvfb.stderrText}`);
  return { env: { ...process.env, DISPLAY: `:${out.trim()}` }, xvfb };
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().once("error", fail).listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function start() {
  const { env, xvfb } = await ensureDisplay();
  const port = await freePort();
  const driverProc = launch(DRIVER, [`--port=${port}`, "--host=local"], { env });
  const base = `http://127.0.0.1:${port}`;
  /** One WebDriver command; every one is bounded. */
  async function cmd(method, path, body, ms = 20_000) {
    let res;
    try {
      res = await fetch(base + path, {
        method,
        headers: { "content-type": "application/json; charset=utf-8" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(ms),
      });
    } catch (e) {
      throw new Error(`WebKitWebDriver ${method} ${path}: ${e.message}${driverProc.stderrText ? `\n${driverProc.stderrText}` : ""}`);
    }
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const v = json.value ?? {};
      throw new Error(`WebKitWebDriver ${method} ${path}: ${v.error ?? res.status}: ${v.message ?? ""}`);
    }
    return json.value;
  }
  const cleanup = async () => { await stop(driverProc); await stop(xvfb); };
  let S;
  try {
    await until(async () => {
      if (driverProc.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${driverProc.stderrText}`);
      return cmd("GET", "/status", undefined, 1_000).then((v) => v?.ready, () => false);
    }, 10_000, "WebKitWebDriver to listen");
    const session = await cmd("POST", "/session", {
      capabilities: {
        alwaysMatch: {
          "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
          timeouts: { pageLoad: 20_000, script: 10_000, implicit: 0 },
        },
      },
    }, 30_000);
    S = `/session/${session.sessionId}`;
    await cmd("POST", `${S}/window/rect`, { width: 1280, height: 800 });
  } catch (e) {
    await cleanup();
    throw e;
  }

  const evaluate = (fn, ...args) =>
    cmd("POST", `${S}/execute/sync`, { script: `return (${fn}).apply(null, arguments);`, args });
  /** Takes what the recorder in this page (and its frames) has seen. */
  const recorded = () => evaluate(() => (window.__engineProblems ?? []).splice(0)).catch(() => []);
  const earlier = [];

  return {
    goto: async (url) => {
      earlier.push(...(await recorded()));
      await cmd("POST", `${S}/url`, { url }, 30_000);
    },
    evaluate,
    press: async (key) => {
      if (!KEYS[key]) throw new Error(`unknown key ${key}`);
      await cmd("POST", `${S}/actions`, {
        actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value: KEYS[key] }, { type: "keyUp", value: KEYS[key] }] }],
      });
    },
    click: async (selector) => {
      const el = await cmd("POST", `${S}/element`, { using: "css selector", value: selector });
      const id = el?.[ELEMENT];
      if (!id) throw new Error(`WebKitWebDriver found ${selector} but named it ${JSON.stringify(el)}`);
      await cmd("POST", `${S}/element/${id}/click`, {});
    },
    problems: async () => [...earlier.splice(0), ...(await recorded())],
    close: async () => {
      try { await cmd("DELETE", S, undefined, 10_000); } finally { await cleanup(); }
    },
  };
}

smokeSuite("webkitgtk", { missing: missing(), start, inject: true });
