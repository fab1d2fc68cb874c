#!/usr/bin/env python
"""
Throughput and latency of the JSON API (/api/v1/) under gunicorn, measured
with wrk on 127.0.0.1, next to the Django floor page as in run.py.

    .venv/bin/python benchmarks/api.py                 # prepares micic_bench_api
    .venv/bin/python benchmarks/api.py --duration 3 --skip-setup --modes nocache

Production settings and the demo data on PostgreSQL (DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/micic_bench_api), 2 workers; the throttle
is raised out of the way (the benchmark is one client). "nocache" builds every
response; "cache" lets the anonymous page cache (Redis db 8) keep them.
Writes benchmarks/results/api.{json,md}.
"""

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness
from run import wrk

DATABASE_URL = "postgres://postgres@127.0.0.1:5432/micic_bench_api"
RESULTS_DIR = Path(__file__).resolve().parent / "results"
ENDPOINTS = [
    ("phases", "/api/v1/phases"),
    ("guidelines", "/api/v1/guidelines"),
    ("practices", "/api/v1/practices"),
    ("practices, 2 filters", "/api/v1/practices?guideline=9&crisis=conflict"),
    ("factsheets", "/api/v1/factsheets"),
    ("consultations", "/api/v1/consultations"),
]


def environment(mode):
    env = harness.production_env(
        page_cache=mode == "cache",
        database_url=os.environ.get("DATABASE_URL") or DATABASE_URL,
    )
    env["MICIC_API_THROTTLE_RATE"] = "1000000/s"
    if mode == "cache":
        env["CACHE_URL"] = "redis://127.0.0.1:6379/8"
    return env


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--modes", default="nocache,cache")
    parser.add_argument("--skip-setup", action="store_true")
    args = parser.parse_args()
    modes = args.modes.split(",")
    if not args.skip_setup:
        harness.prepare_site(environment("nocache"))
    results = {}
    for mode in modes:
        with harness.gunicorn(environment(mode)) as base_url:
            rows = []
            for name, path in [("floor", "/en/benchmark-floor/"), *ENDPOINTS]:
                wrk(base_url + path, duration=1, connections=4, threads=2)  # warm up
                measured = wrk(base_url + path, duration=args.duration, connections=8, threads=2)
                rows.append({"name": name, "path": path, **measured})
                print(
                    f"{mode:8} {name:22} {measured['rps']:8.0f} req/s  "
                    f"p50 {measured['p50_ms']:6.2f} ms  p99 {measured['p99_ms']:6.2f} ms  "
                    f"non-2xx {measured['non_2xx']}"
                )
            floor = rows[0]["rps"]
            for row in rows:
                row["ratio_to_floor"] = round(row["rps"] / floor, 2) if floor else None
            results[mode] = rows
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / "api.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = [
        "# API benchmark",
        "",
        "| mode | endpoint | req/s | p50 ms | p99 ms | ratio to floor |",
        "|---|---|---|---|---|---|",
    ]
    for mode, rows in results.items():
        lines += [
            f"| {mode} | {r['name']} | {r['rps']:.0f} | {r['p50_ms']} | {r['p99_ms']} | "
            f"{r['ratio_to_floor']} |"
            for r in rows
        ]
    (RESULTS_DIR / "api.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
