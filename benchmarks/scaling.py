"""Time and peak memory of `figcheck check` on 1x, 4x and 16x the news corpus (repeated), one process.

    python benchmarks/scaling.py [--corpus ../shared/corpus/news.jsonl] [--factors 1 4 16] [--jobs 1]
                                 [--with-findings]

The repeated corpus is written to a temporary file and deleted afterwards. `--with-findings` plants
an error (a weekday that does not match its date) in every record, so every document has a finding
and the report must keep something of each: memory must still stay flat, since a document with
findings keeps only the windows its report shows. Linear time and flat peak memory are the design;
this prints what happened (each run's own peak), it asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLANTED = " Rain began on Friday, April 12, 2025."   # a Saturday: one finding per record
# Run figcheck in a child and print that child's own peak (ru_maxrss covers the children waited for).
MEASURE = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True); "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def with_findings(data: bytes) -> bytes:
    out = []
    for line in data.splitlines():
        record = json.loads(line)
        record["text"] = record.get("text", "") + PLANTED
        out.append(json.dumps(record, ensure_ascii=False).encode())
    return b"\n".join(out) + b"\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "news.jsonl"))
    ap.add_argument("--factors", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--with-findings", action="store_true", help="plant one error in every record")
    args = ap.parse_args()
    data = Path(args.corpus).read_bytes()
    if args.with_findings:
        data = with_findings(data)
    print(f"{'factor':>6s} {'MB':>7s} {'seconds':>8s} {'s per 1x':>9s} {'peak MB':>8s}")
    for factor in args.factors:
        with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as fh:
            for _ in range(factor):
                fh.write(data)
            path = fh.name
        try:
            start = time.perf_counter()
            peak = int(subprocess.run(
                [sys.executable, "-c", MEASURE, sys.executable, "-m", "checker", "check", path, "--jobs",
                 str(args.jobs), "--format", "json", "-o", os.devnull],
                check=True, capture_output=True, text=True).stdout)   # KiB
            seconds = time.perf_counter() - start
        finally:
            os.unlink(path)
        print(f"{factor:6d} {len(data) * factor / 1e6:7.1f} {seconds:8.1f} {seconds / factor:9.1f} "
              f"{peak / 1024:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
