"""Throughput and start-up of figcheck, measured (never asserted): one command, one table.

    python benchmarks/throughput.py [--corpus ../shared/corpus/news.jsonl] [--runs 3] [--repeat 10] [--side-by-side 300]

Reads the corpus from ../shared at run time (never copied into the project). Prints, for extraction
alone and for the full check (extract, validate, default rules), articles/s and MB/s with one
process and with one worker per core (medians of --runs runs), the speed-up, and the median wall
time of `figcheck --help` and of `figcheck check` on the seed.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_stats(path: Path) -> tuple[int, int]:
    docs = size = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs += 1
                size += len(json.loads(line).get("text", "").encode())
    return docs, size


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=False, capture_output=True)
    return time.perf_counter() - start


def side_by_side(corpus: Path, articles: int) -> None:
    """quantulum3 extracting quantities against figcheck's full check (extract, validate, default
    rules), in this process, on the same first `articles` texts; characters per second."""
    import quantulum_baseline   # beside this script

    parser = quantulum_baseline.parser()
    if parser is None:
        print("quantulum3 not installed (pip install quantulum3): no side-by-side")
        return
    import tempfile

    import checker

    with open(corpus, encoding="utf-8") as fh:
        records = [json.loads(line) for line, _ in zip(fh, range(articles))]
    chars = sum(len(r.get("text", "")) for r in records)
    # Wall time and CPU time of this process: on a shared virtual machine, time stolen by neighbours
    # inflates wall time by 20-60% from run to run; CPU time counts only this process's own work.
    wall, cpu = time.perf_counter(), time.process_time()
    for r in records:
        parser.parse(r.get("text", ""))
    q_wall, q_cpu = time.perf_counter() - wall, time.process_time() - cpu
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        sample.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        checker.check(ROOT / "seeds" / "ain-al-asad-2023-11-22.txt")   # imports, lexicon
        from checker.extractor.units import registry

        registry()    # the pint registry is start-up too; the seed alone does not load it
        # figcheck takes seconds where quantulum3 takes minutes: the median of three runs evens out
        # this machine's noise as quantulum3's one long run does.
        walls, cpus = [], []
        for _ in range(3):
            wall, cpu = time.perf_counter(), time.process_time()
            checker.check(sample)   # the API checks in this one process
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        f_wall, f_cpu = statistics.median(walls), statistics.median(cpus)
    print(f"side by side on {len(records)} articles ({chars / 1e6:.2f} M characters), one process:")
    print(f"  {'':34s} {'wall s':>8s} {'characters/s':>13s} {'CPU s':>8s} {'characters/s':>13s}")
    print(f"  {'quantulum3 extract':34s} {q_wall:8.1f} {chars / q_wall:13,.0f} {q_cpu:8.1f} {chars / q_cpu:13,.0f}")
    print(f"  {'figcheck full check (median of 3)':34s} {f_wall:8.1f} {chars / f_wall:13,.0f} {f_cpu:8.1f} {chars / f_cpu:13,.0f}")
    print(f"  ratio figcheck / quantulum3: {q_wall / f_wall:.1f}x by wall time, {q_cpu / f_cpu:.1f}x by CPU time")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "news.jsonl"))
    ap.add_argument("--repeat", type=int, default=10, help="runs for the cold-start medians")
    ap.add_argument("--runs", type=int, default=3, help="runs for each throughput median (this machine is noisy)")
    ap.add_argument("--side-by-side", type=int, default=300, metavar="N",
                    help="articles for the quantulum3 comparison (0: skip it)")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_file():
        print(f"benchmarks: no corpus at {corpus}", file=sys.stderr)
        return 2
    exe = [sys.executable, "-m", "checker"]
    docs, size = corpus_stats(corpus)
    cores = os.cpu_count() or 1
    print(f"machine: {platform.machine()}, {cores} cores, Python {platform.python_version()}; "
          f"corpus: {docs} articles, {size / 1e6:.2f} MB of text")
    print(f"{'job (median of ' + str(args.runs) + ' runs)':34s} {'seconds':>8s} {'articles/s':>11s} {'MB/s':>7s}")
    rows = {}
    for name, cmd in [
        ("extract, 1 process", [*exe, "extract", str(corpus), "--format", "jsonl", "-o", os.devnull]),
        ("check (default rules), 1 process", [*exe, "check", str(corpus), "--jobs", "1", "--format", "json",
                                              "-o", os.devnull]),
        (f"check (default rules), {cores} workers", [*exe, "check", str(corpus), "--jobs", "0", "--format",
                                                     "json", "-o", os.devnull]),
    ]:
        seconds = statistics.median(timed(cmd) for _ in range(args.runs))
        rows[name] = seconds
        print(f"{name:34s} {seconds:8.1f} {docs / seconds:11.1f} {size / 1e6 / seconds:7.3f}")
    one, many = rows["check (default rules), 1 process"], rows[f"check (default rules), {cores} workers"]
    print(f"speed-up with {cores} workers: {one / many:.2f}x")
    if args.side_by_side:
        side_by_side(corpus, args.side_by_side)
    seed = ROOT / "seeds" / "ain-al-asad-2023-11-22.txt"
    help_times = [timed([*exe, "--help"]) for _ in range(args.repeat)]
    seed_times = [timed([*exe, "check", str(seed)]) for _ in range(args.repeat)]
    print(f"cold start, median of {args.repeat}: figcheck --help {statistics.median(help_times):.2f} s, "
          f"figcheck check seed {statistics.median(seed_times):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
