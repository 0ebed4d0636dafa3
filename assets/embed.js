// Tells the host page how tall the explainer is, so its iframe can fit it.
//
// A classic script, not a module and not part of the WebAssembly app, so it
// runs even where the app cannot start (no WebAssembly, a sandbox without
// allow-same-origin): the static story still gets a frame of the right size.
//
// Speaks two protocols host pages already understand:
// - NPR's pym.js child protocol: "pym" xPYMx childId xPYMx "height" xPYMx px,
//   with childId from the query string, and an answer to the parent's
//   "width" message;
// - AMP's embed-size message: {sentinel: "amp", type: "embed-size", height}.
//
// Inbound messages are accepted only from the parent window, only as short
// strings of the exact pym "width" shape for our childId; anything else is
// ignored without a word. Nothing a host sends can navigate the page or
// change its content.
(function () {
  "use strict";
  var params = null;
  try {
    params = new URLSearchParams(window.location.search);
  } catch (_) {
    params = null;
  }
  function param(name) {
    return params ? params.get(name) : null;
  }

  // Where the app cannot start (no WebAssembly, or an opaque sandbox it
  // cannot load its modules from), lay the page out as the static story.
  // boot.js and the app's panic hook do the same if it fails later.
  var root = document.documentElement;
  var canRun = typeof WebAssembly === "object" && WebAssembly !== null &&
    typeof WebAssembly.instantiate === "function" &&
    window.origin !== "null" && "noModule" in document.createElement("script");
  if (!canRun) root.classList.add("no-app");

  // ?theme= and ?lang= apply to the static story too, before the app (if
  // it can run at all) takes over; the app keeps them in step afterwards.
  var theme = param("theme");
  if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  function showLanguage() {
    if (param("lang") !== "es") return;
    var versions = document.querySelectorAll("#app > [data-lang]");
    for (var i = 0; i < versions.length; i++) {
      if (versions[i].getAttribute("data-lang") === "es") versions[i].removeAttribute("hidden");
      else versions[i].setAttribute("hidden", "");
    }
    root.setAttribute("lang", "es");
  }

  var parentWindow = window.parent;
  var embedded = parentWindow && parentWindow !== window;

  var DELIMITER = "xPYMx";
  var MAX_MESSAGE = 200;
  var childId = null;
  var id = param("childId");
  // pym ids are element ids; accept only a plain, short one.
  if (id && /^[A-Za-z0-9_-]{1,64}$/.test(id)) childId = id;

  var lastHeight = -1;
  function contentHeight() {
    return Math.ceil(document.body.getBoundingClientRect().height);
  }
  function post(message) {
    try {
      parentWindow.postMessage(message, "*");
    } catch (_) {
      /* a host that refuses messages simply gets none */
    }
  }
  function sendHeight(force) {
    var height = contentHeight();
    if (!force && height === lastHeight) return;
    lastHeight = height;
    if (childId) post(["pym", childId, "height", String(height)].join(DELIMITER));
    post({ sentinel: "amp", type: "embed-size", height: height });
  }

  var widthMessage = childId
    ? new RegExp("^pym" + DELIMITER + childId + DELIMITER + "width" + DELIMITER + "\\d{1,5}$")
    : null;
  if (embedded) window.addEventListener("message", function (event) {
    if (event.source !== parentWindow) return;
    var data = event.data;
    if (typeof data !== "string" || data.length > MAX_MESSAGE) return;
    if (widthMessage && widthMessage.test(data)) sendHeight(true);
  });

  function start() {
    showLanguage();
    if (!embedded) return;
    sendHeight(true);
    if (typeof ResizeObserver === "function") {
      new ResizeObserver(function () {
        sendHeight(false);
      }).observe(document.body);
    } else {
      window.addEventListener("resize", function () {
        sendHeight(false);
      });
    }
  }
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
