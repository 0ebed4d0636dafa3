// Starts the interactive explainer when this browser can run it. Trunk's
// build writes the names of the app's files into this script's tag
// (Trunk.toml, pattern_script), so the page needs no inline script and runs
// under a strict Content-Security-Policy.
//
// Without WebAssembly (old browsers, Lockdown Mode, strict policies), or if
// the app fails to load, the page stays the static story: every phase in
// turn, without the live parts (the `no-app` class, also set by embed.js).
const tag = document.getElementById("explainer-boot");
const canRun =
  typeof WebAssembly === "object" && WebAssembly !== null && typeof WebAssembly.instantiate === "function";

if (tag && canRun) {
  import(tag.dataset.js)
    .then((glue) => glue.default({ module_or_path: tag.dataset.wasm }))
    .catch((error) => {
      document.documentElement.classList.add("no-app");
      console.warn("The interactive explainer could not start; the static story stays.", error);
    });
}
