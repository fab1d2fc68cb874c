"""axe-core in the page under test (offline, the copy bundled with
axe-playwright-python).

Only the violations come back from the browser: axe's full result lists every
node of every passing rule, a JSON document of megabytes per page that Chromium,
Playwright's driver and Python would otherwise serialize and parse for each of
the suite's few hundred checks. Every rule still runs.
"""

from axe_playwright_python.sync_playwright import Axe

_AXE_SCRIPT = Axe().axe_script
_RUN = "axe.run(document, {resultTypes: ['violations']}).then(results => results.violations)"


def axe_violations(page):
    """axe's violations on the page as it is now (a list of axe's rule results)."""
    page.evaluate(_AXE_SCRIPT)
    return page.evaluate(_RUN)


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


def assert_no_serious_axe_violations(page):
    """Fail if axe finds a serious or critical violation (the admin's own
    minor ones, from Django's templates, are not ours to fix)."""
    serious = [v for v in axe_violations(page) if v.get("impact") in ("serious", "critical")]
    assert not serious, _report(serious)
