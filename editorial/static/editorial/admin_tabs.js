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
  // Accessibility fixes for what jQuery UI, modeltranslation and Django's
  // widgets leave (found by axe):
  function repair() {
    // Not fixed here: jQuery UI gives role="tab" to the <li> and keeps its
    // link (nested-interactive for axe); jQuery UI needs the link's href.
    // modeltranslation's "all languages" switch has no label.
    var mainSwitch = document.getElementById("modeltranslation-main-switch");
    if (mainSwitch && !mainSwitch.hasAttribute("aria-label") && labels.dataset.switch) {
      mainSwitch.setAttribute("aria-label", labels.dataset.switch);
    }
    // Selects in tabular inline rows are labelled by their column heading.
    document.querySelectorAll(".tabular table").forEach(function (table) {
      var headings = table.querySelectorAll("thead th");
      table.querySelectorAll("tbody tr").forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, index) {
          var select = cell.querySelector("select");
          var heading = headings[index];
          if (select && heading && !select.labels.length && !select.hasAttribute("aria-label")) {
            select.setAttribute("aria-label", heading.textContent.trim());
          }
        });
      });
    });
    // The search icons of Django's two-list selects carry a label without a role.
    document.querySelectorAll(".help-tooltip[aria-label]:not([role])").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }
  window.addEventListener("load", function () {
    window.setTimeout(function () { mark(); repair(); }, 0);
  });
})();
