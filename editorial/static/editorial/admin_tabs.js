/* The EN/FR tabs of modeltranslation, made to say more (no inline script: strict CSP).
 * - A tab whose field has an error is marked, and opened, so the error is seen.
 * - A tab whose field is empty while another language has text is marked "missing".
 * - Each tab is one control: jQuery UI makes the <li> the tab and leaves a
 *   link inside it, which becomes a plain label. */
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
  // jQuery UI makes each <li> the tab (role="tab", aria-selected, the
  // roving tabindex, arrow keys) and keeps its <a href> inside: a link
  // nested in a tab (axe: nested-interactive) that screen readers announce
  // as a second control. The <li> stays the tab; its link becomes a plain
  // label (the tab's accessible name, through aria-labelledby), which
  // clicks still reach. Done with jQuery UI's own way of extending a widget,
  // before modeltranslation builds the tabs (this script is deferred: it
  // runs before the page's "ready" handlers).
  var jq = window.jQuery;
  if (jq && jq.ui && jq.ui.tabs) {
    jq.widget("ui.tabs", jq.ui.tabs, {
      _processTabs: function () {
        // A refresh finds the tabs by their links' href: give it back first.
        this.element.find(".ui-tabs-anchor[data-href]").each(function () {
          this.setAttribute("href", this.dataset.href);
        });
        this._super();
        this.anchors.each(function () {
          this.dataset.href = this.getAttribute("href");
          this.removeAttribute("href");
          this.removeAttribute("tabindex");
        });
      },
      // A link without href is a panel of this page, not one to fetch.
      _isLocal: function (anchor) {
        return !anchor.hasAttribute("href") || this._super(anchor);
      }
    });
  }

  // Accessibility fixes for what modeltranslation and Django's widgets
  // leave (found by axe):
  function repair() {
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
