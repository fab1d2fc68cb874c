#!/usr/bin/env python
"""
What one content query costs next to the whole floor request, in one process.

    .venv/bin/python benchmarks/orm_floor.py             # after run.py prepared the database
    .venv/bin/python benchmarks/orm_floor.py --rounds 9

The throughput target "every page at least 0.5x the floor without a page
cache" means a page may cost at most twice the floor request. This script
shows what that leaves: it times, in the site's production settings on the
benchmark database, the floor request through Django's WSGI handler (the
whole middleware stack, no database) and the cheapest ways of reading the 15
published Guidelines, from a bare SQL round trip to the QuerySet the pages
use. CPU time of this process, median of several rounds; the database
server's own time comes on top. Writes benchmarks/results/orm_floor.{json,md}.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import harness  # noqa: E402

RESULTS_DIR = HERE / "results"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=300, help="calls per round")
    args = parser.parse_args()

    os.environ.update(harness.production_env(page_cache=False))
    import django

    django.setup()
    from django.core.handlers.wsgi import WSGIHandler
    from django.db import connection
    from django.test import RequestFactory
    from django.utils import translation

    from guidelines.models import Guideline

    translation.activate("en")
    handler = WSGIHandler()
    environ = (
        RequestFactory(HTTP_HOST="127.0.0.1")
        .get(harness.FLOOR_PATH, headers=harness.FLOOR_HEADERS)
        .environ
    )
    cursor = connection.cursor()

    def floor_request():
        b"".join(handler(dict(environ), lambda status, headers, exc_info=None: None))

    def raw(sql):
        def run():
            cursor.execute(sql)
            cursor.fetchall()

        return run

    table = Guideline._meta.db_table
    cases = [
        ("floor request (whole Django stack, no database)", floor_request),
        ("SQL round trip: SELECT 1", raw("SELECT 1")),
        (
            "SQL: 15 guidelines, 4 columns",
            raw(f"SELECT id, number, slug_en, short_label_en FROM {table}"),
        ),
        (
            "ORM: build the published() query only",
            lambda: Guideline.objects.published().query.sql_with_params(),
        ),
        (
            "ORM: published().values(number, slug, short_label)",
            lambda: list(Guideline.objects.published().values("number", "slug", "short_label")),
        ),
        ("ORM: list(published()), model instances", lambda: list(Guideline.objects.published())),
    ]
    results = []
    for label, call in cases:
        for _ in range(20):
            call()
        rounds = []
        for _ in range(args.rounds):
            started = time.process_time()
            for _ in range(args.repeat):
                call()
            rounds.append((time.process_time() - started) / args.repeat * 1e6)
        results.append({"case": label, "cpu_us": round(statistics.median(rounds), 1)})
        print(f"  {label:<55} {results[-1]['cpu_us']:8.1f} µs", flush=True)

    floor = results[0]["cpu_us"]
    lines = [
        "| what | CPU µs (median) | times the floor request |",
        "|---|---:|---:|",
        *(
            f"| {row['case']} | {row['cpu_us']:.0f} | {row['cpu_us'] / floor:.2f} |"
            for row in results
        ),
    ]
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / "orm_floor.json").write_text(json.dumps(results, indent=2))
    (RESULTS_DIR / "orm_floor.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
