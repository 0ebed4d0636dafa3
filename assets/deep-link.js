// Shows the phase a link names (`?phase=<id>`) from the first paint, before
// the app is live (and for good if the app never starts).
//
// The page is written showing the first phase. Every element whose
// attributes change with the phase carries them for every phase (crates/
// protocol, per_phase.rs): `data-p`, then `data-p-<name>="v0|v1|…"`, with
// `~` where the attribute is absent in that phase. This script sets them
// for the linked phase as the parser adds each element: a MutationObserver's
// records are handled before the browser next renders, so no frame shows
// the first phase. The phase ids come from the tree's root (`data-phases`),
// which the parser adds before anything inside it. The app, once live,
// finds the page already showing the phase and writes nothing. It marks
// `<html data-linked-phase="<id>">`: the stylesheet's "only the first phase
// until the app is live" gives way to the phases' own `hidden`, and the app
// knows which phase the page shows without reading every element.
//
// Loaded in <head>, blocking (it is small and does nothing without a
// `phase` in the address); the first `phase` counts and an unknown id
// means the first phase, as in the app (src/url_state.rs).
(function () {
  var id = new URLSearchParams(window.location.search).get("phase");
  if (!id || typeof MutationObserver !== "function") return;
  var index = -1;

  function show(el) {
    if (el.hasAttribute("data-phases")) {
      index = (el.getAttribute("data-phases") || "").split(" ").indexOf(id);
      // The stylesheet's "first phase only until the app is live" gives way.
      if (index > 0) document.documentElement.setAttribute("data-linked-phase", id);
    }
    if (index < 1 || !el.hasAttribute("data-p")) return;
    if (el.matches(".phase-control input[type=range]")) el.setAttribute("value", String(index));
    var names = el.getAttributeNames();
    for (var i = 0; i < names.length; i++) {
      if (names[i].indexOf("data-p-") !== 0) continue;
      var name = names[i].slice(7);
      var value = el.getAttribute(names[i]).split("|")[index];
      if (value === undefined || value === "~") el.removeAttribute(name);
      else el.setAttribute(name, value);
    }
  }

  function visit(records) {
    for (var r = 0; r < records.length; r++) {
      var added = records[r].addedNodes;
      for (var n = 0; n < added.length; n++) if (added[n].nodeType === 1) show(added[n]);
    }
  }

  var observer = new MutationObserver(visit);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener(
    "DOMContentLoaded",
    function () {
      visit(observer.takeRecords());
      observer.disconnect();
    },
    { once: true },
  );
})();
