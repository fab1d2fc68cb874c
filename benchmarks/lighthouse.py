#!/usr/bin/env python
"""
Lighthouse scores (mobile, the default form factor) for the main public pages
in every site language, run with Debian's Chromium against the site under
production settings and gunicorn on 127.0.0.1.

    .venv/bin/python benchmarks/lighthouse.py             # all pages, both languages
    .venv/bin/python benchmarks/lighthouse.py --skip-setup

Installs Lighthouse from benchmarks/package-lock.json on first use (npm ci).
Writes benchmarks/results/lighthouse.{json,md}; exits non-zero below 100.
"""

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness

HERE = Path(__file__).resolve().parent
RESULTS_DIR = HERE / "results"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
# The page types the issue names; the probe resolves them from the demo data.
PAGE_TYPES = ["home", "guideline", "practices", "factsheet"]


def ensure_lighthouse():
    binary = HERE / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True)
    return binary


def lighthouse(binary, url, chromium, attempts=3):
    """One Lighthouse run's scores; a run that fails outright (Chromium
    occasionally does not start on a busy machine) is tried again."""
    for attempt in range(1, attempts + 1):
        result = subprocess.run(
            [
                str(binary),
                url,
                f"--chrome-flags={CHROME_FLAGS}",
                "--output=json",
                "--quiet",
                f"--only-categories={','.join(CATEGORIES)}",
            ],
            capture_output=True,
            text=True,
            env={**harness.production_env(page_cache=True), "CHROME_PATH": chromium},
        )
        if result.returncode == 0:
            break
        print(f"  Lighthouse failed on {url} (attempt {attempt}): {result.stderr[-300:]}")
    result.check_returncode()
    report = json.loads(result.stdout)
    scores = {key: round(report["categories"][key]["score"] * 100) for key in CATEGORIES}
    below = {
        key: [
            audit_id
            for audit_id, audit in report["audits"].items()
            if audit.get("score") is not None
            and audit["score"] < 1
            and audit.get("scoreDisplayMode") in {"binary", "numeric"}
            and any(ref["id"] == audit_id for ref in report["categories"][key]["auditRefs"])
        ]
        for key in CATEGORIES
        if scores[key] < 100
    }
    return scores, below


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-setup", action="store_true", help="reuse the prepared database")
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if not chromium:
        sys.exit("chromium is not installed: apt-get install -y chromium")
    binary = ensure_lighthouse()

    env = harness.production_env(page_cache=True)
    if not args.skip_setup:
        print("Preparing the benchmark database and static files...", flush=True)
        harness.prepare_site(env)
    pages = {code: dict(paths) for code, paths in harness.pages_by_language(env).items()}

    rows = []
    with harness.gunicorn(env) as base_url:
        for page_type in PAGE_TYPES:
            for lang, paths in pages.items():
                path = paths[page_type]
                scores, below = lighthouse(binary, f"{base_url}{path}", chromium)
                rows.append(
                    {"page": page_type, "lang": lang, "path": path, **scores, "below": below}
                )
                print(
                    f"  {page_type:<10} {lang}  " + "  ".join(f"{k} {v}" for k, v in scores.items())
                )

    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / "lighthouse.json").write_text(json.dumps(rows, indent=2))
    lines = [
        "| page | lang | " + " | ".join(CATEGORIES) + " |",
        "|---|---|" + "---:|" * len(CATEGORIES),
    ]
    lines += [
        f"| {row['page']} | {row['lang']} | " + " | ".join(str(row[c]) for c in CATEGORIES) + " |"
        for row in rows
    ]
    (RESULTS_DIR / "lighthouse.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    short = [row for row in rows if any(row[c] < 100 for c in CATEGORIES)]
    for row in short:
        print(f"{row['page']} ({row['lang']}) below 100: {row['below']}")
    sys.exit(1 if short else 0)


if __name__ == "__main__":
    main()
