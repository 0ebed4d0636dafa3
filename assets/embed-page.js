// Fills the embed snippets with the address this copy is published at.
(function () {
  "use strict";
  var base = window.location.href.replace(/[?#].*$/, "").replace(/embed\.html$/, "");
  var spots = document.querySelectorAll(".explainer-url");
  for (var i = 0; i < spots.length; i++) spots[i].textContent = base;
})();
