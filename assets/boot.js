// Starts the interactive explainer when this browser can run it. Trunk's
// build writes the names of the app's files into this script's tag
// (Trunk.toml, pattern_script), so the page needs no inline script and runs
// under a strict Content-Security-Policy.
//
// The page's <head> preloads the glue (`modulepreload`, checked against its
// Subresource Integrity hash), so its download starts as the browser first
// scans the page. This script, a classic one in <head> that blocks the
// parser for the moment it runs (it is small, and loads beside the
// stylesheet, which blocks rendering anyway), fetches the WebAssembly with
// its hash (data-wasm-integrity) and compiles it while the rest of the page
// is parsed, and starts the app as soon as what it needs is parsed. Paths
// are relative to the page, so the same script serves every language's
// page (the Spanish one is in es/).
//
// Without WebAssembly (old browsers, Lockdown Mode, strict policies), or if
// the app fails to load, the page stays the static story: every phase in
// turn, without the live parts (the `no-app` class, also set by embed.js
// when the app has not started in time).
(function () {
  const tag = document.getElementById("explainer-boot");
  const canRun =
    typeof WebAssembly === "object" && WebAssembly !== null && typeof WebAssembly.instantiate === "function";

  function giveUp(error) {
    document.documentElement.classList.add("no-app");
    console.warn("The interactive explainer could not start; the static story stays.", error);
  }

  // ?lang= naming the other language: embed.js is moving to that language's
  // page, so this one does not start (nor download the app).
  const wanted = new URLSearchParams(window.location.search).get("lang");
  const leaving = (wanted === "en" || wanted === "es") && wanted !== document.documentElement.lang;

  // Tells embed.js the boot script itself ran: where it could not, embed.js
  // shows the static story once the page has loaded, without waiting. (In
  // a sandboxed frame without the CORS headers it runs, and the glue it
  // imports is refused at once: giveUp, below.)
  document.documentElement.setAttribute("data-boot", "");

  if (tag && canRun && !leaving) {
    const page = document.baseURI;
    // The glue, checked against its hash by its module preload in <head>
    // (which carries the integrity the import() below cannot).
    const glue = new URL(tag.dataset.js, page).href;
    // The wasm, checked against its hash, compiled as it arrives.
    const wasm = fetch(new URL(tag.dataset.wasm, page), {
      integrity: tag.dataset.wasmIntegrity || "",
      mode: "cors",
      credentials: "omit",
    });
    const compiled =
      typeof WebAssembly.compileStreaming === "function"
        ? WebAssembly.compileStreaming(wasm)
        : wasm.then((r) => r.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes));
    // The app starts where the page says it may (assets/start-point.js,
    // right after what the app needs at once), or once the page is parsed,
    // whichever comes first.
    const startable = new Promise((done) => {
      if (document.readyState !== "loading") return done();
      document.addEventListener("explainer-start-point", done, { once: true });
      document.addEventListener("DOMContentLoaded", done, { once: true });
    });
    Promise.all([import(glue), compiled, startable])
      .then(([glue, module]) => glue.default({ module_or_path: module }))
      .catch(giveUp);
  }
})();
