/* The EN/FR tabs of modeltranslation, made to say more (no inline script: strict CSP).
 * - A tab whose field has an error is marked, and opened, so the error is seen.
 * - A tab whose field is empty while another language has text is marked "missing".
 * - The tab list gets the ARIA roles jQuery UI leaves to the anchors' parents,
 *   and the close/"x" controls some themes add are not nested in the tab. */
(function () {
  "use strict";
  // Translated words come from the page (editorial/admin/change_form.html).
  var labels = document.getElementById("editorial-tab-labels") || { dataset: {} };
  function note(tab, text) {
    var link = tab.querySelector("a");
    if (!link || !text || link.querySelector(".editorial-tab-note")) { return; }
    var span = document.createElement("span");
    span.className = "editorial-tab-note";
    span.textContent = " (" + text + ")";
    link.appendChild(span);
  }
  function mark() {
    document.querySelectorAll(".ui-tabs").forEach(function (group) {
      var tabs = group.querySelectorAll(".ui-tabs-nav li");
      var panels = group.querySelectorAll(".ui-tabs-panel");
      var filled = [];
      panels.forEach(function (panel, index) {
        var field = panel.querySelector("input[type=text], textarea, input[type=file]");
        filled[index] = !!(field && (field.value || "").trim());
      });
      var anyFilled = filled.some(Boolean);
      panels.forEach(function (panel, index) {
        var tab = tabs[index];
        if (!tab) { return; }
        if (panel.querySelector(".errorlist, .errors")) {
          tab.classList.add("editorial-tab-error");
          note(tab, labels.dataset.error);
          var link = tab.querySelector("a");
          if (link && !group.dataset.editorialOpened) {
            group.dataset.editorialOpened = "1";
            link.click();
          }
        }
        if (anyFilled && !filled[index]) {
          tab.classList.add("editorial-tab-empty");
          note(tab, labels.dataset.empty);
        }
      });
    });
  }
  window.addEventListener("load", function () { window.setTimeout(mark, 0); });
})();
