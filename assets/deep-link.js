// Shows a phase in what the parser adds to the page, before the app has
// read the page: the phase a link names (`?phase=<id>`), from the first
// paint; or the phase the reader moved to while the page was still being
// parsed (the app starts before then: assets/start-point.js).
//
// The page is written showing the first phase (its phases show every
// phase, for the static story; the stylesheet shows the first). Every element whose
// attributes change with the phase carries them for every phase (crates/
// protocol, per_phase.rs): `data-p`, then `data-p-<name>="v0|v1|…"`, with
// `~` where the attribute is absent in that phase. This script sets them
// for the phase as the parser adds each element: a MutationObserver's
// records are handled before the browser next renders, so no frame shows
// another phase. The phase ids come from the tree's root (`data-phases`),
// which the parser adds before anything inside it.
//
// `<html data-phase-set="<id>">` names the phase the page's attributes are
// set to. This script sets it for a linked phase (the stylesheet's "first
// phase only" then gives way to the phases' own `hidden`, and the app knows
// which phase the page shows); the app sets it when the reader moves before
// the page is parsed (having set what is parsed so far), and this script
// sets the rest to that phase as it arrives. Once the page is parsed the
// app reads it whole, and this script is done.
//
// Loaded in <head>, blocking (it is small and, without a `phase` in the
// address, only listens); the first `phase` counts and an unknown id means
// the first phase, as in the app (src/url_state.rs).
(function () {
  if (typeof MutationObserver !== "function" || document.readyState !== "loading") return;
  var root = document.documentElement;
  var MARK = "data-phase-set";
  var linked = new URLSearchParams(window.location.search).get("phase");
  // Says it is here to follow a move made while the page is parsed: only
  // then may the app start before the page is parsed (assets/start-point.js).
  root.setAttribute("data-phase-follow", "");
  var ids = null;
  var index = -1;

  // The index of phase `id` (-1 where unknown or the tree is not parsed yet).
  function indexOf(id) {
    if (!ids) {
      var tree = document.querySelector("[data-phases]");
      if (!tree) return -1;
      ids = (tree.getAttribute("data-phases") || "").split(" ").filter(Boolean);
    }
    return ids.indexOf(id);
  }

  function show(el) {
    if (linked && el.hasAttribute("data-phases")) {
      var at = indexOf(linked);
      linked = null;
      // The stylesheet's "first phase only" gives way.
      if (at > 0) {
        index = at;
        root.setAttribute(MARK, ids[at]);
      }
    }
    if (index < 0 || !el.hasAttribute("data-p")) return;
    if (el.matches(".phase-control input[type=range]")) el.setAttribute("value", String(index));
    var names = el.getAttributeNames();
    for (var i = 0; i < names.length; i++) {
      if (names[i].indexOf("data-p-") !== 0) continue;
      var name = names[i].slice(7);
      var value = el.getAttribute(names[i]).split("|")[index];
      if (value === undefined || value === "~") {
        if (el.hasAttribute(name)) el.removeAttribute(name);
      } else if (el.getAttribute(name) !== value) {
        el.setAttribute(name, value);
      }
    }
  }

  function visit(records) {
    for (var r = 0; r < records.length; r++) {
      var added = records[r].addedNodes;
      for (var n = 0; n < added.length; n++) if (added[n].nodeType === 1) show(added[n]);
    }
  }

  // Observing again with the same options changes nothing (records queued
  // so far are kept), so each caller may ask.
  var parsed = new MutationObserver(visit);
  function watch() {
    parsed.observe(root, { childList: true, subtree: true });
  }
  if (linked) watch();

  // The app names the phase it moved to: what the parser adds from now on
  // shows it (the app has set what was parsed before).
  var marks = new MutationObserver(function () {
    var at = indexOf(root.getAttribute(MARK));
    if (at < 0 || at === index) return;
    // Added before the move, queued but not handled yet: the app has them.
    parsed.takeRecords();
    index = at;
    watch();
  });
  marks.observe(root, { attributes: true, attributeFilter: [MARK] });

  document.addEventListener(
    "DOMContentLoaded",
    function () {
      visit(parsed.takeRecords());
      parsed.disconnect();
      marks.disconnect();
    },
    { once: true },
  );
})();
