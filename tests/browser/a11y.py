"""axe-core in the page under test (offline, the copy bundled with
axe-playwright-python).

Only the violations come back from the browser: axe's full result lists every
node of every passing rule, a JSON document of megabytes per page that Chromium,
Playwright's driver and Python would otherwise serialize and parse for each of
the suite's few hundred checks. Every rule still runs.
"""

import contextlib

from axe_playwright_python.sync_playwright import Axe

_AXE_SCRIPT = Axe().axe_script
_RUN = "axe.run(document, {resultTypes: ['violations']}).then(results => results.violations)"
_SERIOUS = ("serious", "critical")


def axe_violations(page):
    """axe's violations on the page as it is now (a list of axe's rule results)."""
    if not page.evaluate("typeof axe === 'object'"):
        page.evaluate(_AXE_SCRIPT)
    return page.evaluate(_RUN)


def _serious(violations):
    return [v for v in violations if v.get("impact") in _SERIOUS]


def _report(violations):
    return "\n".join(
        f"{v['id']} ({v.get('impact')}): {v['help']}\n"
        + "\n".join(
            f"    {node['target']}: {node.get('failureSummary', '')}" for node in v["nodes"]
        )
        for v in violations
    )


def assert_no_axe_violations(page):
    """Fail with a readable report if the page has any axe violation."""
    violations = axe_violations(page)
    assert not violations, _report(violations)


@contextlib.contextmanager
def axe_tour(page, serious_only=False):
    """Check one page after another in the same browser tab: `check()` runs
    axe on the page as it is now; every page's violations are reported at the
    end, each under its address.

    One tab for all the pages of a kind, rather than a test (a browser context,
    a new renderer process, cold caches) per page: Chromium then uses about a
    third of the CPU per check, on machines whose two cores the suite fills.
    axe comes with every page the tab opens (an init script, sent to the
    browser once) rather than being sent and compiled again for each check.
    """
    page.context.add_init_script(_AXE_SCRIPT)
    found = {}

    def check():
        violations = axe_violations(page)
        if serious_only:
            violations = _serious(violations)
        if violations:
            found[page.url] = violations

    yield check
    assert not found, "\n\n".join(f"{url}\n{_report(v)}" for url, v in found.items())
