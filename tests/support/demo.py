"""The demo site for tests: `seed_demo` as `make run` runs it, less the
documents for the field.

Building the handbook, phase and guideline PDFs and the offline packs
(WeasyPrint) takes most of seed_demo's time: about a minute per seed on these
machines against a few seconds for the content. No test of the demo's pages
reads those documents; tests/handbook covers the builds (`build_all` included)
and tests/demo checks that seed_demo asks for them.
"""

from io import StringIO
from unittest import mock

from django.core.management import call_command

from demo.loader import read

GUIDELINES = read("guidelines")["guideline"]


def seed_demo():
    """Run `manage.py seed_demo` without building the documents for the field;
    return the `build_all` stand-in, which records the versions it was asked for."""
    with mock.patch("handbook.tasks.build_all", return_value=0) as build_all:
        call_command("seed_demo", stdout=StringIO())
    return build_all


def guidelines_with_practices_for(stakeholder):
    """The numbers of the demo guidelines with a practice for `stakeholder`
    (a stakeholder type key of demo/data/phases.toml) or for one of its children."""
    kinds = {stakeholder} | {
        kind["key"]
        for kind in read("phases")["stakeholder_type"]
        if kind.get("parent") == stakeholder
    }
    return sorted(
        g["number"]
        for g in GUIDELINES
        if any(practice["stakeholder"] in kinds for practice in g["practice"])
    )
