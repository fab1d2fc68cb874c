#!/usr/bin/env python
"""
Documents for the field: build time, size and pages of the handbook per
language, a kit's build time, the offline pack's size and build time, and
serving a built file (p50 through Django's handler, SQL queries counted).

Runs on its own SQLite database and media directory under a temporary
directory, filled with the demo content (override with DATABASE_URL, e.g.
postgres://postgres@127.0.0.1:5432/micic_handbook_bench).

    .venv/bin/python benchmarks/handbook.py
"""

import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORK = Path(tempfile.mkdtemp(prefix="micic-handbook-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "micic_portal.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{WORK / 'bench.sqlite3'}")
os.environ["DJANGO_MEDIA_ROOT"] = str(WORK / "media")
os.environ["MICIC_BUILD_ON_PUBLISH"] = "0"
os.environ["MICIC_PAGE_CACHE"] = "0"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from demo.loader import Loader  # noqa: E402
from guidelines.models import CrisisPhase, StakeholderType  # noqa: E402
from handbook import builders, pack  # noqa: E402
from handbook.forms import KitChoice  # noqa: E402
from handbook.models import Kind  # noqa: E402
from handbook.views import build_kit  # noqa: E402

VERSION = 1


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def mb(size):
    return f"{size / 1_000_000:.2f} MB"


def main():
    setup_test_environment()
    call_command("migrate", verbosity=0)
    with transaction.atomic():
        Loader().load()
    lines = ["# Documents for the field", "", f"Database: {connection.vendor}; demo content.", ""]
    lines += ["| Document | Build time | Size | Pages |", "|---|---|---|---|"]
    for language, _name in settings.LANGUAGES:
        document = builders.handbook_document(language)
        stored, seconds = timed(builders.build_pdf, document, VERSION)
        with stored.file.open("rb") as handle:
            pages = len(PdfReader(io.BytesIO(handle.read())).pages)
        lines.append(f"| Handbook ({language}) | {seconds:.2f} s | {mb(stored.size)} | {pages} |")
    role = StakeholderType.objects.get(key="host-states")
    phases = list(CrisisPhase.objects.all())
    kit = KitChoice(role=role, phases=phases, language="fr")
    files, seconds = timed(build_kit, kit, VERSION)
    lines.append(
        f"| Kit host-states, all phases (fr): PDF + ZIP | {seconds:.2f} s | "
        f"{mb(files[Kind.KIT_PDF].size)} + {mb(files[Kind.KIT_ZIP].size)} | |"
    )
    for language, _name in settings.LANGUAGES:
        stored, seconds = timed(pack.build_pack, language, VERSION)
        lines.append(f"| Offline pack ({language}) | {seconds:.2f} s | {mb(stored.size)} | |")

    client = Client()
    with translation.override("en"):
        url = reverse("handbook:download", kwargs={"kind": "handbook", "language": "en"})
    timings = []
    for _ in range(200):
        start = time.perf_counter()
        response = client.get(url)
        b"".join(response.streaming_content)
        timings.append(time.perf_counter() - start)
    with CaptureQueriesContext(connection) as queries:
        b"".join(client.get(url).streaming_content)
    lines += [
        "",
        f"Serving the English handbook ({response['Content-Length']} bytes) through Django, "
        f"200 requests: p50 {statistics.median(timings) * 1000:.1f} ms, "
        f"p90 {statistics.quantiles(timings, n=10)[-1] * 1000:.1f} ms, "
        f"{len(queries)} SQL quer{'y' if len(queries) == 1 else 'ies'} per download.",
    ]
    report = "\n".join(lines) + "\n"
    results = ROOT / "benchmarks" / "results"
    results.mkdir(exist_ok=True)
    (results / "handbook.md").write_text(report)
    print(report)


if __name__ == "__main__":
    main()
