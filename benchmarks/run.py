#!/usr/bin/env python
"""
Throughput, latency, SQL queries and page weight of the public pages, compared
with the Django "floor" (a view rendering a small template, no database).

    .venv/bin/python benchmarks/run.py            # full run, both cache modes
    .venv/bin/python benchmarks/run.py --duration 3 --modes nocache

It prepares a PostgreSQL database with the demo data (DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/micic_bench), runs the site with production
settings under gunicorn (2 workers), and drives it with wrk on 127.0.0.1,
alternating floor and page so both see the same machine noise. Results are
printed and written to benchmarks/results/latest.{json,md}.
"""

import argparse
import gzip
import json
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness

RESULTS_DIR = Path(__file__).resolve().parent / "results"
# Cached pages must be served at least as fast as the floor. Uncached pages
# have no ratio target: compare each page type's ratio with an earlier run
# (issue 18: none more than 20% slower). Files always go through their view
# (they are counted), so they have no cached target either.
TARGET_RATIO = {"nocache": None, "cache": 1.0}
MAX_QUERIES = 6
MAX_WEIGHT = 30 * 1024


def wrk(url, *, duration, connections, threads, headers=None):
    headers = {"Accept-Encoding": "gzip", **(headers or {})}
    output = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration}s",
            "--latency",
            *(arg for name, value in headers.items() for arg in ("-H", f"{name}: {value}")),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": _latency(output, 50),
        "p99_ms": _latency(output, 99),
        "non_2xx": int(bad.group(1)) if bad else 0,
        "socket_errors": errors.group(1).strip() if errors else "",
    }


def _latency(output, percentile):
    match = re.search(rf"^\s+{percentile}(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    value, unit = float(match.group(1)), match.group(2)
    return round(value * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2)


class _Assets(HTMLParser):
    """Collects what a browser must fetch to render a page: CSS, JS, images, icons."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").split()
        if tag == "link" and ({"stylesheet", "icon"} & set(rel)) and attrs.get("href"):
            self.urls.append(attrs["href"])
        elif tag in {"script", "img"} and attrs.get("src"):
            self.urls.append(attrs["src"])


def _fetch(url):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read()
        return body, response.headers


def page_weight(base_url, path):
    """Bytes on the wire (compressed as served) for the page and everything it needs."""
    url = urljoin(base_url, path)
    body, headers = _fetch(url)
    total = len(body)
    weight = {
        "html": len(body),
        "assets": {},
        "html_compressed": bool(headers["Content-Encoding"]),
        "is_page": headers.get("Content-Type", "").startswith("text/html"),
    }
    if not weight["is_page"]:
        return total, weight
    html = gzip.decompress(body) if headers["Content-Encoding"] == "gzip" else body
    parser = _Assets()
    parser.feed(html.decode("utf-8", "replace"))
    seen = set()
    queue = [urljoin(url, asset) for asset in parser.urls]
    while queue:
        asset_url = queue.pop()
        if asset_url in seen or urlsplit(asset_url).netloc != urlsplit(base_url).netloc:
            continue
        seen.add(asset_url)
        asset, asset_headers = _fetch(asset_url)
        total += len(asset)
        weight["assets"][urlsplit(asset_url).path] = len(asset)
        if asset_headers.get("Content-Type", "").startswith("text/css"):
            css = gzip.decompress(asset) if asset_headers["Content-Encoding"] == "gzip" else asset
            for ref in re.findall(r"url\(['\"]?([^'\")]+)['\"]?\)", css.decode("utf-8", "replace")):
                if not ref.startswith("data:"):
                    queue.append(urljoin(asset_url, ref))
    return total, weight


def run_mode(mode, args):
    env = harness.production_env(page_cache=(mode == "cache"))
    pages, queries = harness.probe(env)
    rows = []
    with harness.gunicorn(env) as base_url:
        floor_url = f"{base_url}{harness.FLOOR_PATH}"

        def floor(duration=args.duration):
            return wrk(floor_url, **_load(args, duration), headers=harness.FLOOR_HEADERS)

        floor(duration=1)
        for _name, path in pages:  # warm workers, connections and caches
            wrk(f"{base_url}{path}", **_load(args, duration=1))
        floors = [floor()]
        for name, path in pages:
            result = wrk(f"{base_url}{path}", **_load(args))
            floors.append(floor())
            weight, detail = page_weight(base_url, path)
            floor_rps = statistics.mean([floors[-2]["rps"], floors[-1]["rps"]])
            rows.append(
                {
                    "page": name,
                    "path": path,
                    **result,
                    "floor_rps": round(floor_rps, 1),
                    "ratio": round(result["rps"] / floor_rps, 2),
                    "queries_cold": queries[name]["cold"],
                    "queries_warm": queries[name]["warm"],
                    "weight_bytes": weight,
                    "weight_detail": detail,
                }
            )
            print(
                f"  [{mode}] {name:<22} {result['rps']:>8.1f} req/s  "
                f"ratio {rows[-1]['ratio']:.2f}  p50 {result['p50_ms']} ms  "
                f"queries {queries[name]['cold']}  {weight / 1024:.1f} KB",
                flush=True,
            )
    floor_runs = [f["rps"] for f in floors]
    return {
        "floor": {
            "rps_median": round(statistics.median(floor_runs), 1),
            "rps_runs": floor_runs,
            "p50_ms": statistics.median(f["p50_ms"] for f in floors),
            "p99_ms": statistics.median(f["p99_ms"] for f in floors),
        },
        "pages": rows,
    }


def _load(args, duration=None):
    return {
        "duration": duration or args.duration,
        "connections": args.connections,
        "threads": args.threads,
    }


def markdown(results):
    lines = []
    for mode, data in results["modes"].items():
        floor = data["floor"]
        lines += [
            f"### {'With the page cache' if mode == 'cache' else 'Without a page cache'}",
            "",
            f"Floor: {floor['rps_median']} req/s (median of {len(floor['rps_runs'])} runs), "
            f"p50 {floor['p50_ms']} ms, p99 {floor['p99_ms']} ms."
            + (f" Target ratio ≥ {TARGET_RATIO[mode]}." if TARGET_RATIO[mode] else ""),
            "",
            "| page | req/s | ratio to floor | p50 ms | p99 ms | SQL (cold/warm) | weight KB |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for row in data["pages"]:
            lines.append(
                f"| {row['page']} | {row['rps']:.0f} | {row['ratio']:.2f} | {row['p50_ms']} | "
                f"{row['p99_ms']} | {row['queries_cold']}/{row['queries_warm']} | "
                f"{row['weight_bytes'] / 1024:.1f} |"
            )
        lines.append("")
    return "\n".join(lines)


def check_targets(results):
    failures = []
    for mode, data in results["modes"].items():
        for row in data["pages"]:
            target = TARGET_RATIO[mode]
            if target and row["weight_detail"]["is_page"] and row["ratio"] < target:
                failures.append(f"{mode}: {row['page']} ratio {row['ratio']}")
            if row["queries_cold"] > MAX_QUERIES:
                failures.append(f"{mode}: {row['page']} makes {row['queries_cold']} queries")
            if row["non_2xx"]:
                failures.append(f"{mode}: {row['page']} had {row['non_2xx']} non-2xx responses")
            if (
                row["weight_detail"].get("assets") is not None
                and row["path"].endswith("/")
                and (row["weight_bytes"] > MAX_WEIGHT)
            ):
                failures.append(f"{mode}: {row['page']} weighs {row['weight_bytes']} bytes")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=5, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--modes", default="nocache,cache", help="nocache, cache or both")
    parser.add_argument("--skip-setup", action="store_true", help="reuse the prepared database")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install -y wrk")

    modes = [mode.strip() for mode in args.modes.split(",") if mode.strip()]
    if not args.skip_setup:
        print("Preparing the benchmark database and static files...", flush=True)
        harness.prepare_site(harness.production_env(page_cache=False))

    started = time.time()
    results = {"started": time.strftime("%Y-%m-%d %H:%M:%S"), "args": vars(args), "modes": {}}
    for mode in modes:
        print(f"Mode: {mode}", flush=True)
        results["modes"][mode] = run_mode(mode, args)
    results["seconds"] = round(time.time() - started)
    results["failures"] = check_targets(results)

    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / "latest.json").write_text(json.dumps(results, indent=2))
    report = markdown(results)
    (RESULTS_DIR / "latest.md").write_text(report)
    print()
    print(report)
    if results["failures"]:
        print("Targets missed:\n  " + "\n  ".join(results["failures"]))
    else:
        print("All targets met.")


if __name__ == "__main__":
    main()
