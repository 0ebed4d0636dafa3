// Where the app may start. The page places this script right after what
// the app finds as it starts, the phase control, the first thing a reader
// may use (protocol::hooks::AT_START), and before the map, the phases, the
// map key, the counts and the sources. A classic script without async or
// defer, so it runs when the parser meets it, with all of that above it in
// the document.
//
// On a slow phone the rest of the page still takes a while to parse and
// lay out; assets/boot.js starts the app here rather than waiting for
// DOMContentLoaded, so the control works as soon as it is on screen. The
// app reads the rest once the page is parsed (and assets/deep-link.js
// shows a phase the reader moved to in what is parsed before then).
// Without this script (a host that dropped it), boot.js starts the app at
// DOMContentLoaded.
//
// It says so only from its place inside the explainer: moved elsewhere (a
// host's optimiser hoisting scripts into <head>), it says nothing. And only
// where assets/deep-link.js runs (it marks <html data-phase-follow>): it
// sets what the parser adds after a reader's early move to the reader's
// phase. Without it (a host that stripped it), the app waits for the page.
(function () {
  var here = document.currentScript;
  var follows = document.documentElement.hasAttribute("data-phase-follow");
  if (follows && here && here.closest && here.closest("#app")) document.dispatchEvent(new Event("explainer-start-point"));
})();
