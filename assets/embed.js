// What the page does before (and without) the WebAssembly app: pick the
// language's page, fall back to the static story when the app cannot start
// in time, and tell the host page how tall the explainer is.
//
// A classic script, not a module and not part of the app, so it runs even
// where the app cannot start (no WebAssembly, a sandboxed frame without the
// CORS headers the README lists): the static story still gets the right
// language, a frame of the right size and its focus after a language switch.
// Loaded async: it runs as soon as it arrives, and so hears the reader
// while the rest of the page is still being parsed (the app may be live by
// then: assets/start-point.js).
//
// Height is told in every way a host may listen, each only where it applies:
// - NPR's pym.js child protocol: "pym" xPYMx childId xPYMx "height" xPYMx px,
//   with childId from the query string, and an answer to the parent's
//   "width" message;
// - AMP's embed-size message: {sentinel: "amp", type: "embed-size", height};
// - WordPress's embed protocol, when the frame's address carries WordPress's
//   "#?secret=…": {secret, message: "height", value} (WordPress clamps it to
//   200–1,000 px; the page scrolls inside a frame that is capped);
// - the browser's own responsive iframes (Chromium's frame-sizing; the page
//   opts in with <meta name="responsive-embedded-sizing">): requestResize().
//
// Inbound messages are accepted only from the parent window, only as short
// strings of the exact pym "width" shape for our childId; anything else is
// ignored without a word. Nothing a host sends can navigate the page or
// change its content.
(function () {
  "use strict";
  var root = document.documentElement;

  function paramsOf(text) {
    try {
      return new URLSearchParams(text);
    } catch (_) {
      return null;
    }
  }
  var params = paramsOf(window.location.search);
  function param(name) {
    return params ? params.get(name) : null;
  }
  // The fragment holds WordPress's secret ("#?secret=…") and, after a
  // language switch, where focus goes ("focus=language").
  var fragment = paramsOf(window.location.hash.replace(/^#\??/, ""));
  var secret = fragment && fragment.get("secret");
  if (secret && !/^[A-Za-z0-9]{1,64}$/.test(secret)) secret = null;

  // ?lang= on a page in the other language: go to that language's page (the
  // language links say where it is), keeping the rest of the address.
  var wanted = param("lang");
  var pageLang = root.getAttribute("lang");
  if ((wanted === "en" || wanted === "es") && wanted !== pageLang) {
    var link = document.querySelector('link[rel="alternate"][hreflang="' + wanted + '"]');
    var target = null;
    try {
      target = link && new URL(link.getAttribute("href"), document.baseURI);
    } catch (_) {
      target = null;
    }
    // The alternates are absolute addresses of the published site; off it
    // (a development server, a copy), go by the folder layout instead.
    if (!target || target.origin !== window.location.origin) {
      target = new URL(wanted === "es" ? "es/" : "../", window.location.href);
    }
    params.delete("lang");
    var query = params.toString();
    target.search = query ? "?" + query : "";
    target.hash = window.location.hash;
    try {
      window.location.replace(target.href);
      return;
    } catch (_) {
      /* a frame that may not navigate stays in its language */
    }
  }

  // Where the app cannot start at all, lay the page out as the static story
  // at once. Where it might, it gets a few seconds: a download that stalls
  // leaves the static story, not controls that do nothing. boot.js and the
  // app's panic hook do the same if it fails later.
  var BOOT_TIMEOUT_MS = 5000;
  var canRun = typeof WebAssembly === "object" && WebAssembly !== null &&
    typeof WebAssembly.instantiate === "function" && "noModule" in document.createElement("script");
  function started() {
    var app = document.getElementById("app");
    return !!app && app.hasAttribute("data-started");
  }
  function showStaticStory() {
    if (!started()) root.classList.add("no-app");
  }
  if (!canRun) showStaticStory();
  // Once everything has loaded, boot.js has run, unless it could not load
  // or run (blocked, or a browser too old for it): then there is no waiting.
  // (In a sandboxed frame without the CORS headers it runs, and gives up at
  // once when the app's module is refused.)
  window.addEventListener("load", function () {
    if (!root.hasAttribute("data-boot")) showStaticStory();
  });

  // ?theme= applies to the static story too, before the app (if it can run
  // at all) takes over; the app keeps it in step afterwards.
  var theme = param("theme");
  if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);

  // A language switch is a link to the other page: it carries the frame's
  // fragment (WordPress's secret) and asks that page to focus its switch.
  function carryFragment(event) {
    var target = event.target;
    var option = target && target.closest ? target.closest("a.lang__option") : null;
    if (!option) return;
    var carried = paramsOf(window.location.hash.replace(/^#\??/, "")) || paramsOf("");
    carried.set("focus", "language");
    option.hash = "?" + carried.toString();
  }
  function focusLanguageSwitch() {
    if (!fragment || fragment.get("focus") !== "language") return;
    var current = document.querySelector("a.lang__option[aria-current=page]");
    if (current) current.focus({ preventScroll: true });
    fragment.delete("focus");
    var rest = fragment.toString();
    try {
      history.replaceState(history.state, "", window.location.pathname + window.location.search + (rest ? "#?" + rest : ""));
    } catch (_) {
      /* an opaque frame keeps the marker in its address; it is harmless */
    }
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
    if (secret) post({ secret: secret, message: "height", value: height });
    if (typeof window.requestResize === "function") {
      try {
        window.requestResize();
      } catch (_) {
        /* not embedded by a host that sizes frames to their content */
      }
    }
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

  // After the reader moves the story from the control (a step, a tick,
  // the slider let go or moved by keys), the new phase's heading, dates and
  // first line must be in view with the control. Where they are not (a
  // phone, the control near the bottom of the screen), the control is
  // scrolled to the top: in the page, in a frame that scrolls itself, and
  // in a pym.js host (which scrolls its own page). Never without the
  // reader's action: nothing else here scrolls.
  // IntersectionObserver sees the reader's screen even from inside a
  // cross-origin frame.
  // One observer for every check, made on the first: a check answers once
  // for each part it watches, then stops; a newer change replaces it.
  var observer = null;
  var check = null;
  var revealing = false;
  function revealPhase() {
    var app = document.getElementById("app");
    if (!app || !app.hasAttribute("data-started") || typeof IntersectionObserver !== "function") return;
    var control = app.querySelector(".phase-control");
    var phase = app.querySelector(".phase:not([hidden])");
    if (!control || !phase) return;
    var parts = [control, phase.querySelector(".phase__title"), phase.querySelector(".phase__dates"), phase.querySelector(".phase__summary")]
      .filter(Boolean);
    if (!observer) observer = new IntersectionObserver(partsSeen, { threshold: [0, 0.99, 1] });
    else {
      // An older check's answers, queued but not delivered, are dropped.
      observer.takeRecords();
      observer.disconnect();
    }
    check = { control: control, parts: parts, pending: parts.length, hidden: false };
    parts.forEach(function (part) {
      observer.observe(part);
    });
  }
  function partsSeen(entries) {
    if (!check) return;
    var current = check;
    entries.forEach(function (entry) {
      if (current.parts.indexOf(entry.target) < 0) return;
      var box = entry.boundingClientRect;
      var seen = entry.intersectionRect;
      if (entry.target.classList.contains("phase__summary")) {
        // Its first line: the top edge and a line's height.
        var line = parseFloat(getComputedStyle(entry.target).lineHeight) || 24;
        if (!entry.isIntersecting || seen.top > box.top + 1 || seen.height < Math.min(line, box.height) - 1) current.hidden = true;
      } else if (entry.intersectionRatio < 0.99) {
        current.hidden = true;
      }
      observer.unobserve(entry.target);
      current.pending--;
    });
    if (current.pending > 0) return;
    check = null;
    if (current.hidden) bringControlToTop(current.control);
  }
  function bringControlToTop(control) {
    control.scrollIntoView({ block: "start", inline: "nearest", behavior: "instant" });
    if (embedded && childId) {
      var top = Math.round(control.getBoundingClientRect().top + window.scrollY);
      post(["pym", childId, "scrollToChildPos", String(top)].join(DELIMITER));
    }
  }
  function afterControlChange(event) {
    var target = event.target;
    if (!target || !target.closest) return;
    var slider = target.matches(".phase-control input[type=range]");
    var fromControl = event.type === "click"
      ? !!target.closest(".phase-control .step, .phase-control .ticks li")
      : event.type === "change"
        ? slider
        : slider && /^(Arrow|Page|Home|End)/.test(event.key);
    // One check per frame: an arrow key on the slider is heard twice (its
    // keydown, then its change).
    if (!fromControl || revealing) return;
    revealing = true;
    // Once the frame that shows the new phase has been painted (the app's
    // listener on #app runs before this one on the document): the reader
    // sees the phase first, and the check costs that frame nothing.
    requestAnimationFrame(function () {
      setTimeout(function () {
        revealing = false;
        revealPhase();
      }, 0);
    });
  }

  // The reader's moves and language switches are heard from the moment
  // this script runs (it loads async): the app may be live before the page
  // is parsed (assets/start-point.js).
  document.addEventListener("click", carryFragment, true);
  document.addEventListener("click", afterControlChange);
  document.addEventListener("change", afterControlChange);
  document.addEventListener("keydown", afterControlChange);

  // Once the page is parsed: the app's few seconds start, and the host
  // hears the height.
  function start() {
    if (canRun) setTimeout(showStaticStory, BOOT_TIMEOUT_MS);
    focusLanguageSwitch();
    if (!embedded) return;
    sendHeight(true);
    // Once more when everything has loaded, for a host whose listener came
    // late (WordPress's wp-embed.js may load after the frame).
    window.addEventListener("load", function () {
      sendHeight(true);
    });
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
  if (document.readyState !== "loading") start();
  else document.addEventListener("DOMContentLoaded", start);
})();
