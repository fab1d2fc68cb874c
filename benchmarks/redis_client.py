#!/usr/bin/env python
"""
Why pages/redis_cache.py exists: a page-cache read (the content version and a
9 KB page in one get_many) through Django's RedisCache next to the project's,
which keeps one Redis client per connection pool. CPU time in one process,
median of several rounds. Needs Redis at 127.0.0.1:6379 (uses database 3).

    .venv/bin/python benchmarks/redis_client.py
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "micic_portal.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django

django.setup()

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache  # noqa: E402

from pages.redis_cache import RedisCache  # noqa: E402

LOCATION = os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/3")


def main(rounds=7, calls=3000):
    caches = {
        "Django's RedisCache": DjangoRedisCache(LOCATION, {"KEY_PREFIX": "bench-redis"}),
        "pages.redis_cache.RedisCache": RedisCache(LOCATION, {"KEY_PREFIX": "bench-redis"}),
    }
    page = (1, (200, [("Content-Type", "text/html")], b"x" * 9000))
    for cache in caches.values():
        cache.set_many({"version": 1, "page": page})
    timings = {name: [] for name in caches}
    for _round in range(rounds):
        for name, cache in caches.items():
            started = time.perf_counter()
            for _call in range(calls):
                cache.get_many(["version", "page"])
            timings[name].append((time.perf_counter() - started) / calls * 1e6)
    for name, values in timings.items():
        print(f"{name:<30} {statistics.median(values):8.1f} µs per page-cache read")
    next(iter(caches.values())).delete_many(["version", "page"])


if __name__ == "__main__":
    main()
