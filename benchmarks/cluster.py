#!/usr/bin/env python
"""
Two app servers behind the load balancer against one, and a 5 MB download
from object storage, on the cluster of scripts/cluster.

    .venv/bin/python benchmarks/cluster.py                  # 10 s per measurement
    .venv/bin/python benchmarks/cluster.py --duration 5 --rounds 2 --downloads 4

It starts the cluster with scripts/cluster (its own start and stop, in
/tmp/micic-cluster-bench, database micic_cluster_bench, production static
files kept in /tmp/micic-cluster-static between runs), adds a factsheet with a
small tool sheet and one of 5 MB (random bytes after a real PDF, so nothing
compresses them) through the ORM, stored in SeaweedFS through the S3 storage,
then measures with wrk, one after the other in the same run:

- a cached page and a tool download through nginx with servers a and b,
  with nginx's own cache bypassed (X-Bypass-Proxy-Cache) so that the app
  servers answer; the same page with nginx's cache (its HITs, for scale);
- the same against server a directly (one server, no balancer);
- the same through nginx after server b is stopped (one server behind it),
  again beside server a directly;
- each phase interleaves its measurements over --rounds rounds and keeps
  the medians;
- the 5 MB tool sheet: time to first byte (median of sequential downloads,
  next to the small sheet's), and the RSS of server a's gunicorn workers
  while --downloads slow clients stream it at once: if a worker loaded the
  file into memory, it would grow by 5 MB or more per download.

The machine is shared and noisy: compare within one run (the ratios), never
absolute figures across runs. Only 127.0.0.1 is contacted; every measurement
is bounded (--duration). Writes benchmarks/results/cluster.{json,md}.
"""

import argparse
import http.client
import importlib.machinery
import importlib.util
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
BENCHMARKS_DIR = Path(__file__).resolve().parent
RESULTS_DIR = BENCHMARKS_DIR / "results"
sys.path[:0] = [str(BENCHMARKS_DIR), str(BASE_DIR)]

from run import wrk  # noqa: E402

from tests.support.seaweed import free_ports  # noqa: E402

BIG_FILE_BYTES = 5 * 1024 * 1024
BYPASS = {"X-Bypass-Proxy-Cache": "1"}

# Run in the cluster's environment by `manage.py shell`: a published
# factsheet with two tools, their files written to the bucket. Without
# builds on publish, so that no handbook build loads the worker meanwhile.
SEED = """
import json, os
from django.core.files.base import ContentFile
from factsheets.models import Tool
from tests.factories import FactsheetFactory, ToolFactory
from tests.factories.factsheets import PDF_EN

Tool.objects.filter(slug__startswith="bench-").delete()
sheet = FactsheetFactory(slug_en="bench-sheet", slug_fr="bench-fiche")
small = ToolFactory(factsheet=sheet, slug="bench-small", slug_fr="bench-small")
big = ToolFactory(
    factsheet=sheet, slug="bench-big", slug_fr="bench-big",
    file_en=ContentFile(PDF_EN + b"%" + os.urandom(BIG_SIZE - len(PDF_EN) - 1), name="big.pdf"),
)
print(json.dumps({
    "page": sheet.get_absolute_url(),
    "small": small.get_file_url("en", "download"),
    "big": big.get_file_url("en", "download"),
    "big_size": big.file_en.size,
}))
"""


def load_cluster_script():
    """scripts/cluster as a module (it has no .py suffix), after its environment is set."""
    path = BASE_DIR / "scripts" / "cluster"
    loader = importlib.machinery.SourceFileLoader("cluster_script", str(path))
    spec = importlib.util.spec_from_loader("cluster_script", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def seed(state):
    env = {**state["env"], "MICIC_BUILD_ON_PUBLISH": "0"}
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", SEED.replace("BIG_SIZE", str(BIG_FILE_BYTES))],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def measure(label, url, args, headers=None, warm_up=True):
    if warm_up:
        wrk(url, duration=1, connections=4, threads=2, headers=headers)
    result = wrk(
        url, duration=args.duration, connections=args.connections, threads=2, headers=headers
    )
    print(
        f"{label:44} {result['rps']:8.0f} req/s  p50 {result['p50_ms']:7.2f} ms  "
        f"p99 {result['p99_ms']:7.2f} ms  non-2xx {result['non_2xx']}",
        flush=True,
    )
    return {"label": label, "url": url, **result}


def first_byte_seconds(url):
    """Seconds from sending the request to the first byte of the body; the
    rest is read and thrown away."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        started = time.perf_counter()
        connection.request("GET", parts.path)
        response = connection.getresponse()
        response.read(1)
        elapsed = time.perf_counter() - started
        while response.read(65536):
            pass
        assert response.status == 200, response.status
        return elapsed
    finally:
        connection.close()


def median_first_byte_ms(url, count):
    return round(statistics.median(first_byte_seconds(url) * 1000 for _ in range(count)), 2)


def worker_pids(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    return [int(pid) for pid in children]


def rss_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def slow_download(url, rate_bytes_per_s, results):
    """Read the file at a bounded rate, so that the download stays open while
    memory is sampled."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    received = 0
    try:
        connection.request("GET", parts.path)
        response = connection.getresponse()
        chunk = 64 * 1024
        while data := response.read(chunk):
            received += len(data)
            time.sleep(chunk / rate_bytes_per_s)
    finally:
        connection.close()
        results.append(received)


def memory_during_downloads(master_pid, url, count, seconds):
    """RSS of each worker of one gunicorn before and while `count` clients
    stream `url` at once, each over about `seconds`."""
    workers = worker_pids(master_pid)
    for _ in range(len(workers) * 2):  # every worker has served the file once
        first_byte_seconds(url)
    before = {pid: rss_kib(pid) for pid in workers}
    peak = dict(before)
    received = []
    rate = BIG_FILE_BYTES / seconds
    threads = [
        threading.Thread(target=slow_download, args=(url, rate, received)) for _ in range(count)
    ]
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        for pid in workers:
            peak[pid] = max(peak[pid], rss_kib(pid))
        time.sleep(0.05)
    for thread in threads:
        thread.join()
    growth = {pid: peak[pid] - before[pid] for pid in workers}
    return {
        "downloads": count,
        "workers": len(workers),
        "completed": sum(1 for size in received if size == BIG_FILE_BYTES),
        "rss_before_mib": round(sum(before.values()) / len(workers) / 1024, 1),
        "max_growth_per_worker_mib": round(max(growth.values()) / 1024, 2),
        "file_mib": round(BIG_FILE_BYTES / 1024 / 1024, 1),
    }


def stop_server(state, name):
    pid = state["pids"][f"gunicorn-{name}"]
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 30
    while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
        try:
            if Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z":
                break
        except OSError:
            break
        time.sleep(0.1)


def ratio(a, b):
    return round(a / b, 2) if b else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds per phase")
    parser.add_argument("--downloads", type=int, default=4, help="concurrent 5 MB downloads")
    parser.add_argument("--ttfb-samples", type=int, default=15)
    args = parser.parse_args()

    os.environ.setdefault("CLUSTER_DIR", "/tmp/micic-cluster-bench")
    os.environ.setdefault("CLUSTER_DATABASE", "micic_cluster_bench")
    os.environ.setdefault("CLUSTER_STATIC_ROOT", "/tmp/micic-cluster-static")
    os.environ.setdefault("CLUSTER_PORT", str(free_ports(1)[0]))
    cluster = load_cluster_script()
    cluster.start(fresh=True)
    try:
        state = json.loads(cluster.STATE_FILE.read_text())
        results = run(state, seed(state), args)
    finally:
        cluster.stop()
    write(results, args)


def measure_rounds(targets, args):
    """Each target (key, label, url, headers) measured in turn, --rounds times;
    the medians. The machine's load drifts: interleaving lets the drift touch
    every target alike."""
    samples = {key: [] for key, *_rest in targets}
    for number in range(1, args.rounds + 1):
        for key, label, url, headers in targets:
            samples[key].append(measure(f"{label} [{number}]", url, args, headers, number == 1))
    rows = {}
    for key, label, url, _headers in targets:
        runs = samples[key]
        rows[key] = {
            "label": label,
            "url": url,
            **{
                name: round(statistics.median(run[name] for run in runs), 2)
                for name in ("rps", "p50_ms", "p99_ms")
            },
            "non_2xx": sum(run["non_2xx"] for run in runs),
            "rps_each_round": [run["rps"] for run in runs],
        }
    return rows


def run(state, urls, args):
    lb, a = state["urls"]["lb"], state["urls"]["a"]
    page, small, big = urls["page"], urls["small"], urls["big"]
    assert urls["big_size"] == BIG_FILE_BYTES
    rows = measure_rounds(
        [
            ("page_lb_2", "page, nginx -> a+b (app page cache)", lb + page, BYPASS),
            ("page_a", "page, server a directly", a + page, None),
            ("download_lb_2", "small download, nginx -> a+b", lb + small, BYPASS),
            ("download_a", "small download, server a directly", a + small, None),
        ],
        args,
    )
    rows["page_lb_cache"] = measure("page, nginx's own cache (HIT)", lb + page, args)
    ttfb = {
        "big_lb_ms": median_first_byte_ms(lb + big, args.ttfb_samples),
        "small_lb_ms": median_first_byte_ms(lb + small, args.ttfb_samples),
        "big_a_ms": median_first_byte_ms(a + big, args.ttfb_samples),
        "small_a_ms": median_first_byte_ms(a + small, args.ttfb_samples),
    }
    print(f"time to first byte (median ms): {ttfb}", flush=True)
    memory = memory_during_downloads(state["pids"]["gunicorn-a"], a + big, args.downloads, 4)
    print(f"memory while streaming 5 MB: {memory}", flush=True)

    stop_server(state, "b")
    rows |= measure_rounds(
        [
            ("page_lb_1", "page, nginx -> a only (b stopped)", lb + page, BYPASS),
            ("page_a_after", "page, server a directly (b stopped)", a + page, None),
            ("download_lb_1", "small download, nginx -> a only", lb + small, BYPASS),
            ("download_a_after", "small download, a directly (b stopped)", a + small, None),
        ],
        args,
    )
    ratios = {}
    for kind in ("page", "download"):
        two, one = rows[f"{kind}_lb_2"]["rps"], rows[f"{kind}_lb_1"]["rps"]
        ratios[f"{kind}: 2 servers / 1, behind nginx"] = ratio(two, one)
        # Each against server a measured in the same phase: cancels a drift in
        # the machine's load between the two phases.
        ratios[f"{kind}: same, each relative to a direct"] = ratio(
            ratio(two, rows[f"{kind}_a"]["rps"]), ratio(one, rows[f"{kind}_a_after"]["rps"])
        )
    ratios["page: nginx's cache / app servers"] = ratio(
        rows["page_lb_cache"]["rps"], rows["page_lb_2"]["rps"]
    )
    print(f"ratios: {ratios}", flush=True)
    return {"rows": rows, "ttfb": ttfb, "memory": memory, "ratios": ratios, "urls": urls}


def write(results, args):
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / "cluster.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = [
        "# Cluster benchmark",
        "",
        f"wrk, {args.duration} s per measurement, median of {args.rounds} interleaved rounds, "
        f"{args.connections} connections, 2 threads; "
        "gunicorn 2 workers per server; 2-core shared machine.",
        "",
        "| measurement | req/s | p50 ms | p99 ms | non-2xx |",
        "|---|---|---|---|---|",
    ]
    for row in results["rows"].values():
        lines.append(
            f"| {row['label']} | {row['rps']:.0f} | {row['p50_ms']} | {row['p99_ms']} "
            f"| {row['non_2xx']} |"
        )
    lines += ["", "| ratio | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in results["ratios"].items()]
    lines += ["", "Time to first byte (median ms): " + json.dumps(results["ttfb"])]
    lines += ["", "Memory while streaming the 5 MB sheet: " + json.dumps(results["memory"])]
    (RESULTS_DIR / "cluster.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
