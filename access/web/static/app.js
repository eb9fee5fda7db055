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
    var form = document.querySelector("form[action='/convert']");
    if (form) {
      // The reading page (same site) opens in the theme and text size chosen here.
      form.addEventListener("submit", function () {
        try {
          localStorage.setItem("access.theme", form.elements.theme.value);
          localStorage.setItem("access.size", form.elements.text_size.value);
        } catch (e) { /* storage blocked */ }
      });
    }
    var box = document.querySelector(".progress[data-status-url]");
    if (box) { follow(box); }
  });

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
