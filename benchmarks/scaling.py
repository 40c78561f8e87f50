"""Time and peak memory of `figcheck check` on 1x, 4x and 16x the news corpus (repeated), one process.

    python benchmarks/scaling.py [--corpus ../shared/corpus/news.jsonl] [--factors 1 4 16] [--jobs 1]

The repeated corpus is written to a temporary file and deleted afterwards. Linear time and flat
peak memory are the design; this prints what happened, it asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "news.jsonl"))
    ap.add_argument("--factors", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    data = Path(args.corpus).read_bytes()
    print(f"{'factor':>6s} {'MB':>7s} {'seconds':>8s} {'s per 1x':>9s} {'peak MB':>8s}")
    base = None
    for factor in args.factors:
        with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as fh:
            for _ in range(factor):
                fh.write(data)
            path = fh.name
        try:
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "checker", "check", path, "--jobs", str(args.jobs),
                            "--format", "json", "-o", os.devnull], check=False, capture_output=True)
            seconds = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB, max over children so far
        finally:
            os.unlink(path)
        base = base or seconds / factor
        print(f"{factor:6d} {len(data) * factor / 1e6:7.1f} {seconds:8.1f} {seconds / factor:9.1f} "
              f"{peak / 1024:8.0f}{'' if peak > before else ' (not above an earlier run)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
