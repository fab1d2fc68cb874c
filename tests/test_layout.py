"""The import rules of the code layout (README, "Code layout")."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT_APPS = ["guidelines", "factsheets", "practices", "consultations"]
# Apps below the content apps: they import none of them.
SHARED_APPS = ["editorial", "documents"]


def imported_apps(app):
    """The top-level packages `app`'s code imports (demo seeding aside)."""
    found = set()
    for path in (ROOT / app).rglob("*.py"):
        if path.name in {"demo.py", "demo_content.py"}:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
            elif isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
    return found


@pytest.mark.parametrize("app", CONTENT_APPS)
def test_content_apps_never_import_pages(app):
    assert "pages" not in imported_apps(app)


@pytest.mark.parametrize("app", SHARED_APPS)
def test_shared_apps_import_no_content_app(app):
    assert not imported_apps(app) & {*CONTENT_APPS, "pages", "search"}


def test_factsheets_and_consultations_share_documents_not_each_other():
    assert "consultations" not in imported_apps("factsheets")
    assert "factsheets" not in imported_apps("consultations")
