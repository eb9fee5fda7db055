// Read-along: the sentence being spoken carries data-reading; the player's buttons drive the
// <audio>. Nothing is announced (no live region); no single-key shortcuts (WCAG 2.1.4).
(function () {
  "use strict";
  var section = document.querySelector(".listen");
  var data = document.getElementById("readalong-timings");
  if (!section || !data) { return; }
  var audio = section.querySelector("audio");
  var timings = JSON.parse(data.textContent);
  var elements = {};
  document.querySelectorAll("[data-sentence]").forEach(function (el) {
    el.getAttribute("data-sentence").split(" ").forEach(function (id) { elements[id] = el; });
  });
  var playButton = section.querySelector("[data-action=play]");
  var speed = section.querySelector("[data-action=speed]");
  var current = null;
  var following = true;
  var ownScroll = 0;
  var calm = window.matchMedia("(prefers-reduced-motion: reduce)");

  function indexAt(time) {  // the last sentence started by ``time``, or -1
    var low = 0, high = timings.length - 1, found = -1;
    while (low <= high) {
      var mid = (low + high) >> 1;
      if (timings[mid].start <= time) { found = mid; low = mid + 1; } else { high = mid - 1; }
    }
    return found;
  }
  function visible(el) {
    var box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }
  function mark(el) {
    if (el === current) { return; }
    if (current) { current.removeAttribute("data-reading"); }
    current = el;
    if (!el) { return; }
    el.setAttribute("data-reading", "");
    if (visible(el)) { following = true; return; }
    if (following && !calm.matches && !audio.paused) {
      ownScroll = Date.now();
      el.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }
  function update() {
    var index = indexAt(audio.currentTime);
    mark(index < 0 || audio.ended ? null : elements[timings[index].id] || null);
  }
  function tick() {
    update();
    if (!audio.paused) { window.requestAnimationFrame(tick); }
  }
  function seek(time) {
    audio.currentTime = Math.max(0, Math.min(time, audio.duration || time));
    update();
  }
  function playFrom(time) {
    seek(time);
    var playing = audio.play();
    if (playing && playing.catch) { playing.catch(function () { /* blocked or no audio */ }); }
  }
  function step(by) {
    var index = indexAt(audio.currentTime + 0.05);  // a seek lands a hair before its target
    // "Previous" first returns to the start of the sentence when it is well under way.
    if (by < 0 && index >= 0 && audio.currentTime - timings[index].start > 1.5) { by = 0; }
    var target = Math.max(0, Math.min(timings.length - 1, index + by));
    following = true;
    seek(timings[target].start + 0.01);
  }
  function label() {
    playButton.textContent = playButton.getAttribute(audio.paused ? "data-play" : "data-pause");
  }
  var actions = {
    play: function () {
      if (audio.paused) { playFrom(audio.currentTime); } else { audio.pause(); label(); }
    },
    back: function () { seek(audio.currentTime - 10); },
    forward: function () { seek(audio.currentTime + 10); },
    previous: function () { step(-1); },
    next: function () { step(1); }
  };
  section.querySelectorAll("button[data-action]").forEach(function (button) {
    button.addEventListener("click", function () { actions[button.getAttribute("data-action")](); });
  });
  try {
    var saved = localStorage.getItem("access.speed");
    if (saved && speed.querySelector("option[value='" + saved + "']")) { speed.value = saved; }
  } catch (e) { /* storage blocked */ }
  function setSpeed() {
    audio.defaultPlaybackRate = audio.playbackRate = parseFloat(speed.value);
    try { localStorage.setItem("access.speed", speed.value); } catch (e) { /* storage blocked */ }
  }
  speed.addEventListener("change", setSpeed);
  audio.addEventListener("loadedmetadata", function () { audio.playbackRate = parseFloat(speed.value); });
  setSpeed();
  audio.addEventListener("play", function () { label(); following = true; tick(); });
  audio.addEventListener("pause", label);
  audio.addEventListener("ended", function () { label(); mark(null); });
  audio.addEventListener("seeked", update);
  audio.addEventListener("timeupdate", update);
  window.addEventListener("scroll", function () {
    // A scroll the reader made (not ours) stops the page following until the spoken
    // sentence is in view again.
    if (Date.now() - ownScroll > 1000 && current && !visible(current)) { following = false; }
  }, { passive: true });
  document.querySelector("main").addEventListener("click", function (event) {
    var el = event.target.closest("[data-sentence]");
    if (!el || event.target.closest("a, button, select, audio")) { return; }
    var selection = window.getSelection && window.getSelection();
    if (selection && String(selection).length) { return; }  // selecting text, not asking to listen
    var id = el.getAttribute("data-sentence").split(" ")[0];
    for (var i = 0; i < timings.length; i++) {
      if (timings[i].id === id) { following = true; playFrom(timings[i].start + 0.01); return; }
    }
  });
  document.documentElement.classList.add("readalong");
})();
