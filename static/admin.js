// Progressive enhancement for the editor: live character counters and the search-result snippet.
// Everything works without it; the server renders the same counters and snippet on every page load.
(function () {
  "use strict";
  function updateCounter(field) {
    var counter = document.getElementById(field.id + "-counter");
    if (!counter) { return; }
    var limit = parseInt(counter.getAttribute("data-limit"), 10);
    var length = field.value.length;
    counter.textContent = length + " of " + limit + " characters";
    counter.classList.toggle("over", length > limit);
  }
  function updateSnippet() {
    var title = document.getElementById("metaTitle");
    var pageTitle = document.getElementById("title");
    var description = document.getElementById("metaDescription");
    var lead = document.getElementById("lead");
    var slug = document.getElementById("slug");
    var snippet = document.querySelector("[data-snippet]");
    if (!snippet) { return; }
    var shownTitle = (title && title.value.trim()) || (pageTitle && pageTitle.value.trim()) || "";
    var shownDescription = (description && description.value.trim()) || (lead && lead.value.trim()) || "";
    snippet.querySelector(".snippet__title").textContent = shorten(shownTitle, 60);
    snippet.querySelector(".snippet__description").textContent = shorten(shownDescription, 160);
    if (slug) {
      snippet.querySelector(".snippet__url").textContent =
        snippet.getAttribute("data-base") + "/articles/" + (slug.value.trim() || "…");
    }
  }
  function shorten(text, limit) {
    return text.length <= limit ? text : text.slice(0, limit - 1).replace(/\s+\S*$/, "") + " …";
  }
  // An editor may type for a long time without a request; keep the session alive while they do.
  var typedSinceLastPing = false;
  setInterval(function () {
    if (typedSinceLastPing) {
      typedSinceLastPing = false;
      fetch("/admin/ping", { credentials: "same-origin", cache: "no-store" });
    }
  }, 5 * 60 * 1000);
  document.addEventListener("input", function (event) {
    typedSinceLastPing = true;
    if (event.target.matches("[data-counted]")) { updateCounter(event.target); }
    if (event.target.closest("[data-snippet-source]")) { updateSnippet(); }
  });
})();
