#!/usr/bin/env python
"""
Run inside the benchmark's environment (settings come from the environment the
harness passes): list the pages under test and count each page's SQL queries
for an anonymous visitor, cold (empty cache) and warm. Prints JSON.
"""

import json
import os
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "micic_portal.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from benchmarks.pages_under_test import benchmark_pages  # noqa: E402


def main():
    if "--list" in sys.argv:
        # Every site language's addresses: {"pages": {language: [(name, path)]}}.
        languages = [code for code, _name in settings.LANGUAGES]
        print(json.dumps({"pages": {code: benchmark_pages(code) for code in languages}}))
        return
    pages = benchmark_pages()
    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for name, path in pages:
        cache.clear()
        with CaptureQueriesContext(connection) as cold:
            status = client.get(path).status_code
        with CaptureQueriesContext(connection) as warm:
            client.get(path)
        if status != 200:
            sys.exit(f"{name} ({path}) answered {status}")
        counts[name] = {"cold": len(cold), "warm": len(warm)}
    print(json.dumps({"pages": pages, "counts": counts}))


if __name__ == "__main__":
    main()
