// Reading controls: text size and theme, remembered in localStorage when allowed.
(function () {
  "use strict";
  var root = document.documentElement;
  var status = document.getElementById("announce");
  function remember(key, value) {
    try { localStorage.setItem("access." + key, value); } catch (e) { /* private mode */ }
  }
  function recall(key) {
    try { return localStorage.getItem("access." + key); } catch (e) { return null; }
  }
  function choose(kind, value, announce) {
    var buttons = document.querySelectorAll("button." + kind);
    var label = value;
    buttons.forEach(function (b) {
      var on = b.getAttribute("data-" + kind) === value;
      b.setAttribute("aria-pressed", on ? "true" : "false");
      if (on) { label = b.getAttribute("aria-label") || b.textContent; }
    });
    root.setAttribute(kind === "size" ? "data-text-size" : "data-theme", value);
    remember(kind, value);
    if (announce && status) {
      status.textContent = (kind === "size" ? "Text size " : "Theme ") + label;
    }
  }
  ["size", "theme"].forEach(function (kind) {
    var saved = recall(kind);
    if (saved && document.querySelector("button." + kind + "[data-" + kind + "='" + saved + "']")) {
      choose(kind, saved, false);
    }
    document.querySelectorAll("button." + kind).forEach(function (b) {
      b.addEventListener("click", function () { choose(kind, b.getAttribute("data-" + kind), true); });
    });
  });
})();
