"""axe-core in the page under test (offline, bundled with axe-playwright-python)."""

from axe_playwright_python.sync_playwright import Axe

_AXE = Axe()


def assert_no_axe_violations(page):
    """Fail with axe's readable report if the page has any WCAG violation."""
    results = _AXE.run(page)
    assert results.violations_count == 0, results.generate_report()
