// Shows that two builds of the explainer say the same thing to a reader:
//   node scripts/equivalence.mjs OLD_DIST NEW_DIST
// 1. The prerendered markup, element by element in document order: tag,
//    every attribute (order ignored; `hidden=""` and `hidden` alike) and
//    the text of each element, in both languages and every phase's
//    per-phase values. Attributes in IGNORED are new hooks with no effect on
//    what a reader sees or hears.
// 2. What assistive technology gets: the accessibility tree (roles and
//    accessible names, Playwright's ARIA snapshot) of the language shown,
//    in every phase and both languages, with the app running.
// Prints each difference and exits 1 if there is any. Used for the
// component rewrite (issue 13); kept for any refactor that must not change
// what readers get.
import { resolve } from "node:path";
import { readFileSync } from "node:fs";
import { launch, serve } from "../tests/browser/harness.mjs";

const IGNORED = new Set(["data-cell"]);
const [oldDir, newDir] = process.argv.slice(2).map((d) => resolve(d));
if (!oldDir || !newDir) {
  console.error("usage: node scripts/equivalence.mjs OLD_DIST NEW_DIST");
  process.exit(2);
}

const browser = await launch();
const differences = [];

/** Every element under #app as [tag, sorted attributes, own text]. */
async function elements(html) {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.setContent(html.replace(/<script[\s\S]*?<\/script>/g, ""));
  const found = await page.evaluate((ignored) => {
    const out = [];
    for (const el of document.querySelectorAll("#app, #app *")) {
      const attrs = [...el.attributes]
        .filter((a) => !ignored.includes(a.name))
        .map((a) => `${a.name}=${a.value}`)
        .sort();
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join("")
        .replace(/\s+/g, " ")
        .trim();
      out.push(`<${el.tagName.toLowerCase()} ${attrs.join(" ")}> ${own}`);
    }
    return out;
  }, [...IGNORED]);
  await page.close();
  return found;
}

const [before, after] = await Promise.all(
  [oldDir, newDir].map((dir) => elements(readFileSync(`${dir}/index.html`, "utf8"))),
);
const length = Math.max(before.length, after.length);
for (let i = 0; i < length && differences.length < 20; i++) {
  if (before[i] !== after[i]) differences.push(`markup #${i}:\n  - ${before[i]}\n  + ${after[i]}`);
}
console.log(`markup: ${before.length} elements before, ${after.length} after`);

/** The ARIA snapshot of the language shown, in every phase. */
async function snapshots(dir) {
  const server = await serve(dir);
  const out = [];
  for (const lang of ["en", "es"]) {
    const page = await browser.newPage();
    await page.goto(`${server.url}?lang=${lang}`);
    await page.locator("#app[data-started]").waitFor({ state: "attached" });
    const count = await page.locator("#app > main:not([hidden]) .phases > .phase").count();
    await page.getByRole("slider").focus();
    for (let i = 0; i < count; i++) {
      if (i > 0) await page.keyboard.press("ArrowRight");
      out.push([`${lang} phase ${i + 1}`, await page.locator("#app > main:not([hidden])").ariaSnapshot()]);
    }
    await page.close();
  }
  await server.close();
  return out;
}
const [oldTree, newTree] = [await snapshots(oldDir), await snapshots(newDir)];
for (let i = 0; i < Math.max(oldTree.length, newTree.length); i++) {
  const [what, a] = oldTree[i] ?? ["?", ""];
  const b = newTree[i]?.[1] ?? "";
  if (a === b) continue;
  const [la, lb] = [a.split("\n"), b.split("\n")];
  const at = la.findIndex((line, k) => line !== lb[k]);
  differences.push(`accessibility tree, ${what}, line ${at + 1}:\n  - ${la[at]}\n  + ${lb[at]}`);
}
console.log(`accessibility tree: ${oldTree.length} states compared (${oldTree.reduce((n, [, s]) => n + s.split("\n").length, 0)} lines)`);
await browser.close();

if (differences.length) {
  console.log(`\n${differences.length} difference(s):\n${differences.join("\n")}`);
  process.exit(1);
}
console.log("no difference: the same text, attributes, per-phase values, roles and names");
