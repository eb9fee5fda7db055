// Reading controls: text size, theme, font, spacing and width, remembered when allowed.
(function () {
  "use strict";
  var root = document.documentElement;
  var status = document.getElementById("announce");
  var kinds = window.ACCESS_KINDS || { size: "data-text-size", theme: "data-theme" };
  var names = window.ACCESS_NAMES || {};
  function remember(key, value) {
    try { localStorage.setItem("access." + key, value); } catch (e) { /* storage blocked */ }
  }
  function recall(key) {
    try { return localStorage.getItem("access." + key); } catch (e) { return null; }
  }
  function choose(kind, value, announce) {
    var label = value;
    document.querySelectorAll("button." + kind).forEach(function (b) {
      var on = b.getAttribute("data-" + kind) === value;
      b.setAttribute("aria-pressed", on ? "true" : "false");
      if (on) { label = b.getAttribute("aria-label") || b.textContent; }
    });
    root.setAttribute(kinds[kind], value);
    remember(kind, value);
    if (announce && status) {
      status.textContent = (names[kind] || kind) + ": " + label;
    }
  }
  var settings = document.querySelector("details.settings");
  if (settings) {
    if (recall("settings") === "open") { settings.open = true; }
    settings.addEventListener("toggle", function () { remember("settings", settings.open ? "open" : "closed"); });
  }
  Object.keys(kinds).forEach(function (kind) {
    var saved = recall(kind);
    var buttons = document.querySelectorAll("button." + kind);
    buttons.forEach(function (b) {
      if (saved && b.getAttribute("data-" + kind) === saved) { choose(kind, saved, false); }
      b.addEventListener("click", function () { choose(kind, b.getAttribute("data-" + kind), true); });
    });
  });
})();
