// The web app with JavaScript: progress told in place, without the page refreshing itself.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.replace("no-js", "js");
  // The server leaves out its Refresh header for browsers that run this script.
  document.cookie = "js=1; path=/; SameSite=Strict";

  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("error-summary");
    if (summary) { summary.focus(); }
    var frame = document.querySelector("iframe.reading");
    if (frame && /(^|; )theme=/.test(document.cookie)) {
      // The reading page (same site) takes the theme and text size last chosen in the form.
      var changed = remember("theme", root.getAttribute("data-theme"));
      changed = remember("size", root.getAttribute("data-text-size")) || changed;
      if (changed) { frame.src = frame.src; }
    }
    var box = document.querySelector(".progress[data-status-url]");
    if (box) { follow(box); }
  });

  function remember(key, value) {
    try {
      if (localStorage.getItem("access." + key) === value) { return false; }
      localStorage.setItem("access." + key, value);
      return true;
    } catch (e) { return false; /* storage blocked */ }
  }

  function follow(box) {
    var status = document.getElementById("job-status");
    var bar = document.getElementById("job-progress");
    var url = box.getAttribute("data-status-url");
    var told = status.textContent;
    var toldStage = null;
    var toldTenth = -1;
    function poll() {
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (job) {
          var percent = Math.round(job.progress * 100);
          bar.value = percent;
          bar.textContent = percent + "%";
          if (job.status === "done" || job.status === "failed") {
            status.textContent = job.message;
            window.location.reload();
            return;
          }
          // A polite region is told of a new stage or each tenth, not of every poll.
          var tenth = Math.floor(percent / 10);
          if (job.message !== told && (job.stage !== toldStage || tenth !== toldTenth)) {
            status.textContent = told = job.message;
            toldStage = job.stage;
            toldTenth = tenth;
          }
          window.setTimeout(poll, 1000);
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 500);
  }
})();
