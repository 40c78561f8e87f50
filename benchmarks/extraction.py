"""Extraction benchmarks: NewsQuant quantities and MEANTIME time expressions, scored by the shared
scorers, with the baselines' figures from the same scorers beside them. One command, one table.

    python benchmarks/extraction.py [--shared ../shared] [--keep DIR]

Reads the benchmark data from ../shared at run time (never copied into the project: NewsQuant has
no licence). Predictions are written to a temporary folder (or --keep DIR) and scored with
shared/tools/score_quantities.py and shared/tools/score_timex.py --exclude-dct-mentions.
"""
from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import checker
from checker.documents import from_text

ROOT = Path(__file__).resolve().parent.parent
QUANTITY_KINDS = {"count", "quantity", "money", "percent", "ratio", "duration"}
APPROX = {"about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "circa", "~",
          "nearly", "almost", "close to", "just under", "just over", "vague"}


def _num(x) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)


def quantity(row: dict) -> dict:
    value = _num(row["value"])
    if value is None:  # a vague count ("hundreds of") is a range
        value = [_num(row["low"]), _num(row["high"])]
    unit = row["unit"] if isinstance(row["unit"], str) else (row["noun"] if isinstance(row["noun"], str) else "")
    q = (row["qualifier"] or "") if isinstance(row["qualifier"], str) else ""
    change = {"increase": "up", "decrease": "down"}.get(row["relation"]) if isinstance(row["relation"], str) else None
    if change is None:
        low, high = _num(row["low"]), _num(row["high"])
        change = "~" if q in APPROX else ">" if q and high is None else "<" if q and low is None else "="
    return {"value": value, "unit": unit, "change": change, "surface": row["text"]}


def newsquant(shared: Path, out: Path) -> float:
    lines = [json.loads(l) for l in (shared / "bench" / "newsquant.jsonl").read_text(encoding="utf-8").splitlines()]
    start = time.perf_counter()
    with open(out, "w", encoding="utf-8") as fh:
        for rec in lines:
            claims = checker.extract(rec["text"])
            rows = [quantity(r) for r in claims.to_dict("records") if r["kind"] in QUANTITY_KINDS]
            fh.write(json.dumps({"id": rec["id"], "quantities": rows}) + "\n")
    return time.perf_counter() - start


def timex(row: dict) -> dict | None:
    """A date or duration claim as a TIMEX3 prediction; its `timex` column is the value."""
    value = row.get("timex")
    if row["kind"] not in ("date", "duration") or not isinstance(value, str):
        return None
    kind = "TIME" if "T" in value[1:] and not value.startswith("P") else \
        "DURATION" if value.startswith("P") else "DATE"
    return {"char_start": row["start"], "char_end": row["end"], "value": value, "type": kind}


def meantime(shared: Path, out: Path) -> tuple[float, int]:
    import datetime as dt

    lines = [json.loads(l) for l in (shared / "bench" / "timex.jsonl").read_text(encoding="utf-8").splitlines()]
    start = time.perf_counter()
    with open(out, "w", encoding="utf-8") as fh:
        for rec in lines:
            doc = from_text(rec["text"], rec["id"], published=dt.date.fromisoformat(rec["dct"][:10]))
            claims = checker.extract(doc)
            found = [t for t in (timex(r) for r in claims.to_dict("records")) if t]
            fh.write(json.dumps({"id": rec["id"], "timexes": found}) + "\n")
    return time.perf_counter() - start, len(lines)


def score(tool: str, gold: Path, pred: Path, *extra: str) -> str:
    done = subprocess.run([sys.executable, str(tool), str(gold), str(pred), *extra], capture_output=True,
                          text=True, check=False)
    return done.stdout.strip() or done.stderr.strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--keep", help="keep the prediction files in this folder")
    args = ap.parse_args()
    shared = Path(args.shared)
    if not (shared / "bench").is_dir():
        print(f"benchmarks: no benchmark data at {shared / 'bench'}", file=sys.stderr)
        return 2
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="figcheck-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    tools = shared / "tools"
    bench = shared / "bench"

    seconds = newsquant(shared, tmp / "newsquant.figcheck.jsonl")
    print(f"## NewsQuant (590 sentences), figcheck in {seconds:.1f} s")
    for name, pred in [("figcheck", tmp / "newsquant.figcheck.jsonl"),
                       ("quantulum3", bench / "baselines" / "newsquant.quantulum3.jsonl"),
                       ("recognizers", bench / "baselines" / "newsquant.recognizers.jsonl")]:
        print(f"### {name}\n{score(tools / 'score_quantities.py', bench / 'newsquant.jsonl', pred)}")

    seconds, docs = meantime(shared, tmp / "timex.figcheck.jsonl")
    print(f"\n## MEANTIME ({docs} documents), figcheck in {seconds:.1f} s ({docs / seconds:.0f} documents/s)")
    for name, pred in [("figcheck", tmp / "timex.figcheck.jsonl"),
                       ("heideltime", bench / "baselines" / "timex.heideltime.jsonl")]:
        print(f"### {name}\n{score(tools / 'score_timex.py', bench / 'timex.jsonl', pred, '--exclude-dct-mentions')}")
    probe_pred = tmp / "probe.figcheck.jsonl"
    lines = [json.loads(l) for l in (bench / "timex-news-probe.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(probe_pred, "w", encoding="utf-8") as fh:
        import datetime as dt
        for rec in lines:
            doc = from_text(rec["text"], rec["id"], published=dt.date.fromisoformat(rec["dct"][:10]))
            found = [t for t in (timex(r) for r in checker.extract(doc).to_dict("records")) if t]
            fh.write(json.dumps({"id": rec["id"], "timexes": found}) + "\n")
    print(f"\n## timex news probe (20 sentences)\n{score(tools / 'score_timex.py', bench / 'timex-news-probe.jsonl', probe_pred)}")
    print(f"\npredictions in {tmp}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
