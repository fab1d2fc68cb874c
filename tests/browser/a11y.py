"""axe-core in the page under test (offline, bundled with axe-playwright-python)."""

from axe_playwright_python.sync_playwright import Axe

_AXE = Axe()


def assert_no_axe_violations(page):
    """Fail with axe's readable report if the page has any WCAG violation."""
    results = _AXE.run(page)
    assert results.violations_count == 0, results.generate_report()


def assert_no_serious_axe_violations(page):
    """Fail if axe finds a serious or critical violation (the admin's own
    minor ones, from Django's templates, are not ours to fix)."""
    results = _AXE.run(page)
    serious = [
        violation
        for violation in results.response["violations"]
        if violation.get("impact") in ("serious", "critical")
    ]
    assert not serious, [
        (v["id"], v["help"], [node["target"] for node in v["nodes"]][:5]) for v in serious
    ]
