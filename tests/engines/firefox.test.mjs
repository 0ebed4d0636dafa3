// The smoke suite (smoke.mjs) in Debian's Firefox ESR, driven over WebDriver
// BiDi by puppeteer-core. Nothing is downloaded: puppeteer-core never fetches
// a browser, and this runs /usr/bin/firefox-esr (or FIREFOX_PATH).
// Console errors and uncaught exceptions come from BiDi's log.entryAdded
// (puppeteer's "console" and "pageerror" events).
import { existsSync } from "node:fs";
import { smokeSuite, bounded } from "./smoke.mjs";

const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
const KEYS = new Set(["ArrowRight", "ArrowLeft", "Home", "End"]);

async function start() {
  const { default: puppeteer } = await import("puppeteer-core");
  const browser = await puppeteer.launch({
    browser: "firefox",
    protocol: "webDriverBiDi",
    executablePath: FIREFOX,
    headless: true,
    timeout: 60_000,
    protocolTimeout: 30_000,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      // No network but loopback: no updates, telemetry or remote settings.
      "app.update.enabled": false,
      "network.captive-portal-service.enabled": false,
      "toolkit.telemetry.enabled": false,
    },
  });
  let page;
  try {
    page = await browser.newPage();
  } catch (e) {
    await bounded(browser.close(), 15_000, "closing Firefox").catch(() => browser.process()?.kill("SIGKILL"));
    throw e;
  }
  page.setDefaultTimeout(20_000);
  page.setDefaultNavigationTimeout(20_000);
  let problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message ?? e}`));
  return {
    goto: (url) => page.goto(url, { waitUntil: "load" }),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    press: (key) => {
      if (!KEYS.has(key)) throw new Error(`unknown key ${key}`);
      return page.keyboard.press(key);
    },
    click: (selector) => page.click(selector),
    problems: async () => problems.splice(0),
    close: async () => {
      const proc = browser.process();
      try {
        await bounded(browser.close(), 15_000, "closing Firefox");
      } finally {
        if (proc && proc.exitCode === null) proc.kill("SIGKILL");
      }
    },
  };
}

smokeSuite("firefox-esr", {
  missing: existsSync(FIREFOX) ? null : `${FIREFOX} is missing (Debian package firefox-esr)`,
  start,
});
