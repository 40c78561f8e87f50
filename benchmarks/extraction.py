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
import re
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
          "nearly", "almost", "close to"}
LOWER_BOUND = {"just over", "just above", "slightly more than"}   # NewsQuant: ">" and "<", not "~"
UPPER_BOUND = {"just under", "just shy of"}


def _num(x) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)


def _str(x) -> str:
    return x if isinstance(x, str) else ""


# NewsQuant's unit names for currencies (CQE's unit list), by ISO code: the scorer compares names.
CURRENCY_NAMES = {"USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
                  "CNY": "chinese yuan", "AUD": "australian dollar", "CAD": "canadian dollar",
                  "NZD": "new zealand dollar", "HKD": "hong kong dollar", "SGD": "singapore dollar",
                  "ILS": "shekel", "INR": "indian rupee", "KRW": "south korean won", "CHF": "swiss franc",
                  "DKK": "danish krone", "MYR": "malaysian ringgit", "BRL": "brazilian real",
                  "MXN": "mexican peso", "ZAR": "south african rand", "RUB": "russian ruble"}
PINT_WORDS = {"oil_barrel": "barrel", "degree_Celsius": "celsius", "degree_Fahrenheit": "fahrenheit",
              "metric_ton": "tonne", "gigatonne": "gigaton", "megatonne": "megaton",
              "foot_pound": "foot pound force", "ksi": "kilopound per square inch", "*": "",
              "ppm": "part per million", "ppb": "part per billion", "kilocalorie": "calorie"}
CENTS = re.compile(r"(?i)\b(?:cents|cts)$")


def unit_words(unit: str) -> str:
    """A pint unit expression in words, as NewsQuant names units: "mile ** 2" -> "square mile"."""
    words = []
    for part in unit.split(" / "):
        part = part.strip()
        for power, word in ((" ** 2", "square "), (" ** 3", "cubic ")):
            if part.endswith(power):
                part = word + part[: -len(power)]
        words.append(" ".join(PINT_WORDS.get(w, w.replace("_", " ")) for w in part.split()))
    return " per ".join(words)


def unit_of(row: dict) -> str:
    kind, unit = row["kind"], _str(row["unit"])
    if kind == "money":
        name = CURRENCY_NAMES.get(unit, unit.lower())
    elif kind == "percent":
        name = {"percentage_point": "percentage point", "basis_point": "basis point"}.get(unit, "percentage")
    elif _str(row["noun"]) == "age":
        name = f"{unit} of age"                       # "a 54-year-old": NewsQuant's "year of age"
    elif kind in ("quantity", "duration"):
        name = unit_words(unit)
    elif unit == "fraction":     # NewsQuant writes "a third" as a share, "a third of the population" "% population"
        name = f"% {row['phrase']}" if _str(row["phrase"]) else "percentage"
    else:
        name = _str(row["phrase"]) or _str(row["noun"])
        name = "count" if name == "time" else name    # "3,200 times": CQE's unit "count"
    per = _str(row["per"])
    return f"{name} per {per}" if per and name else name


# The article counting one of a time unit ("for a decade", "a year ago") is not annotated.
ARTICLE_ONE = re.compile(r"(?i)^(?:[a-z]+\s+){0,2}?an?\s+[a-z]+(?:\s+ago)?$")


AVERAGED = re.compile(r"(?i)averag(?:ed|ing|es)\b")
_LEADING_HEDGE = re.compile(rf"(?i)^(?P<hedge>{'|'.join(sorted(map(re.escape, APPROX), key=len, reverse=True))})\s*")


def _hedge_of_range(text: str) -> str | None:
    """ "about 3000 - 3500", "~25 – 40": the hedge before a range's first figure."""
    m = _LEADING_HEDGE.match(text)
    return m.group("hedge").lower() if m else None


def quantity(row: dict) -> dict | None:
    value = _num(row["value"])
    if value is None:  # a vague count ("hundreds of") or a range ("10 to 15") is [low, high]
        value = [_num(row["low"]), _num(row["high"])]
    elif value == 1 and row["kind"] == "duration" and ARTICLE_ONE.match(row["text"]):
        return None
    unit = unit_of(row)
    if unit.startswith("dollar") and CENTS.search(row["text"]) and not isinstance(value, list):
        value, unit = round(value * 100, 6), "cent" + unit[len("dollar"):]   # NewsQuant keeps "19 cents" in cents
    # One label per quantity: a change by its direction, else a hedge or bound. NewsQuant labels a hedged
    # change either way ("up about 12 per cent" ~, "advancing about 1.7 percent" up); both orders score
    # the same here, and this one keeps the direction, which the rules use.
    q = _str(row["qualifier"]) if row["qualifier"] != "range" else _hedge_of_range(row["text"])
    if q == "average" and AVERAGED.match(row["text"]):
        q = "about"     # NewsQuant: "averaged 7.3 points" is approximate, "an average of 20" exact
    low, high = _num(row["low"]), _num(row["high"])
    change = "~" if q in APPROX else ">" if q in LOWER_BOUND or q and high is None else \
        "<" if q in UPPER_BOUND or q and low is None else None
    change = _str(row["direction"]) or change or "="
    return {"value": value, "unit": unit, "change": change, "surface": row["text"]}


PAIRED = {"increase", "decrease", "from-to"}


def quantities(rows: list[dict]):
    """(document id, NewsQuant quantity) for the claims NewsQuant annotates, in text order."""
    ranges = from_to_ranges(rows)
    for row in rows:
        key = (row["doc"], row["claim"])
        found = ranges[key] if key in ranges else quantity(row) if row["kind"] in QUANTITY_KINDS else None
        if found:
            yield row["doc"], found


def from_to_ranges(rows: list[dict]) -> dict[tuple, dict | None]:
    """NewsQuant writes "from A to B" as one range [A, B] (but "to B from A" as two figures): the old
    figure's row maps to the range, the new figure's row to None (written with the old)."""
    by_id = {(row["doc"], row["claim"]): row for row in rows}
    ranges: dict[tuple, dict | None] = {}
    for row in rows:
        old = by_id.get((row["doc"], row["right"])) if row["relation"] in PAIRED and _str(row["right"]) \
            and not _str(row["left"]) else None
        joined = from_to(old, row) if old is not None and old["start"] < row["start"] else None
        if joined:
            ranges[(old["doc"], old["claim"])] = joined
            ranges[(row["doc"], row["claim"])] = None
    return ranges


def from_to(old: dict, new: dict) -> dict | None:
    a, b = quantity(old), quantity(new)
    if a is None or b is None or isinstance(a["value"], list) or isinstance(b["value"], list):
        return None
    return {"value": [a["value"], b["value"]], "unit": b["unit"] or a["unit"], "change": "=",
            "surface": f"{old['text']} .. {new['text']}"}


def newsquant_sentences(shared: Path) -> list[dict]:
    path = shared / "bench" / "newsquant.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def quantulum3_seconds(lines: list[dict]) -> float | None:
    """quantulum3 parsing the same NewsQuant sentences one by one, if it is installed (an optional
    benchmark extra, never a dependency of figcheck); None otherwise."""
    import quantulum_baseline   # beside this script

    parser = quantulum_baseline.parser()
    if parser is None:
        return None
    start = time.perf_counter()
    for rec in lines:
        parser.parse(rec["text"])
    return time.perf_counter() - start


def newsquant(lines: list[dict], out: Path) -> float:
    """NewsQuant predictions, the sentences extracted in one batch; returns the seconds taken."""
    docs = [from_text(rec["text"], rec["id"]) for rec in lines]
    checker.extract(docs[:1])   # imports, the pint registry and the lexicon are start-up
    start = time.perf_counter()
    claims = checker.extract(docs)
    seconds = time.perf_counter() - start
    by_doc: dict[str, list] = {rec["id"]: [] for rec in lines}
    for doc_id, found in quantities(claims.to_dict("records")):
        by_doc[doc_id].append(found)
    with open(out, "w", encoding="utf-8") as fh:
        for doc_id, found in by_doc.items():
            fh.write(json.dumps({"id": doc_id, "quantities": found}) + "\n")
    return seconds


MODELS = ["NumberModel", "PercentModel", "OrdinalModel", "NumberRangeModel", "AgeModel", "CurrencyModel",
          "DimensionModel", "TemperatureModel"]
SPEC_CURRENCY = {"Dollar": "USD", "Cent": "USD", "Pound": "GBP", "Pence": "GBP", "Penny": "GBP", "Franc": "CHF",
                 "Rupee": "INR", "Euro": "EUR", "Yen": "JPY"}
HUNDREDTHS = {"Cent", "Pence", "Penny"}   # the specs state cents in cents; figcheck in the currency
SPEC_UNITS = {"C": "degree_Celsius", "F": "degree_Fahrenheit", "Year": "year", "Month": "month", "Day": "day",
              "Week": "week"}


def _close(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8))


def _same_unit(gold: dict, row: dict) -> bool:
    """The claim's unit is the spec's: ISO code for currencies, the same pint unit for measures."""
    if gold["type"] == "currency":
        return row["unit"] == (gold.get("iso_currency") or SPEC_CURRENCY.get(gold.get("unit")))
    if gold["type"] == "percentage":
        return row["kind"] == "percent"
    name = SPEC_UNITS.get(gold.get("unit") or "") or _spec_unit(gold.get("unit") or "")
    try:
        from checker.extractor.units import registry

        ureg = registry()
        return isinstance(row["unit"], str) and math.isclose(ureg.Quantity(1, row["unit"]).to(name).magnitude, 1)
    except Exception:  # noqa: BLE001 - a spec unit pint does not know, or of another dimension, cannot match
        return False


def _spec_unit(name: str) -> str:
    """A spec's unit name as a pint expression: "Square meter" -> "meter ** 2", "Mile per hour" -> "mile / hour"."""
    name = name.lower().replace("barrel", "oil_barrel")
    name = re.sub(r"\bsquare (\w+)", r"\1 ** 2", name)
    name = re.sub(r"\bcubic (\w+)", r"\1 ** 3", name)
    return name.replace(" per ", " / ")


def _found(gold: dict, rows: list[dict], with_unit: bool) -> dict | None:
    """The claim whose value (or, for a range, whose ends) is the spec's value."""
    for row in rows:
        if with_unit and not _same_unit(gold, row):
            continue
        if isinstance(gold["value"], list):
            if _close(_num(row["low"]), gold["value"][0]) and _close(_num(row["high"]), gold["value"][1]):
                return row
        else:
            want = gold["value"] / 100 if gold.get("unit") in HUNDREDTHS else gold["value"]
            stated = [row["low"], row["high"]] if row["qualifier"] == "range" else [row["value"]]
            if any(_close(_num(v), want) for v in stated if _num(v) is not None):   # a range states both ends
                return row
    return None


def recognizers(shared: Path) -> str:
    """Recall per Recognizers-Text model: the share of expected results (with a value) that a claim
    of the case states, by value alone and, where the spec gives a unit, by value and unit."""
    cases = [json.loads(l) for l in (shared / "bench" / "recognizers-number.jsonl").read_text(encoding="utf-8").splitlines()]
    claims = checker.extract([from_text(c["text"], c["id"]) for c in cases])
    by_case: dict[str, list] = {}
    for row in claims.to_dict("records"):
        if row["kind"] != "date":
            by_case.setdefault(row["doc"], []).append(row)
    lines = ["model              expected  value recall  value+unit recall"]
    for model in MODELS:
        total = hit = unit_total = unit_hit = 0
        for case in (c for c in cases if c["model"] == model):
            rows = by_case.get(case["id"], [])
            for gold in case["quantities"]:
                if gold["value"] is None:
                    continue    # relative ordinals ("the last one") state no value
                total += 1
                found = _found(gold, rows, False)
                hit += found is not None
                if gold["type"] in ("currency", "dimension", "temperature", "age", "percentage"):
                    unit_total += 1
                    unit_hit += _found(gold, rows, True) is not None
        unit = f"{100 * unit_hit / unit_total:5.1f} ({unit_hit}/{unit_total})" if unit_total else "    -"
        lines.append(f"{model:<18} {total:>8}  {100 * hit / total:5.1f} ({hit}/{total})  {unit}")
    return "\n".join(lines)


def timex(row: dict) -> dict | None:
    """A date or duration claim as a TIMEX3 prediction; its `timex` column is the value."""
    value = row.get("timex")
    if row["kind"] not in ("date", "duration") or not isinstance(value, str):
        return None
    kind = "TIME" if "T" in value[1:] and not value.startswith("P") else \
        "DURATION" if value.startswith("P") else "DATE"
    return {"char_start": row["start"], "char_end": row["end"], "value": value, "type": kind}


def timex_predictions(path: Path, out: Path) -> tuple[float, int]:
    """Extract a timex file's documents in one batch (as `figcheck extract` does a chunk) and
    write TIMEX3 predictions; returns the median seconds of five runs and the number of documents."""
    import datetime as dt

    lines = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines()]
    docs = [from_text(rec["text"], rec["id"], published=dt.date.fromisoformat(rec["dct"][:10])) for rec in lines]
    checker.extract(docs[:1])   # imports and the pint registry are start-up, not throughput
    times = []
    for _ in range(5):   # a batch takes a fraction of a second: the median of five runs
        start = time.perf_counter()
        claims = checker.extract(docs)
        times.append(time.perf_counter() - start)
    seconds = sorted(times)[2]
    by_doc: dict[str, list] = {rec["id"]: [] for rec in lines}
    for row in claims.to_dict("records"):
        found = timex(row)
        if found:
            by_doc[row["doc"]].append(found)
    with open(out, "w", encoding="utf-8") as fh:
        for doc_id, found in by_doc.items():
            fh.write(json.dumps({"id": doc_id, "timexes": found}) + "\n")
    return seconds, len(lines)


WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


def weekdays_right(gold: Path, pred: Path) -> tuple[int, int]:
    """Gold body timexes that name a weekday, and how many a prediction overlaps with the same value."""
    predicted = {d["id"]: d["timexes"] for d in map(json.loads, pred.read_text(encoding="utf-8").splitlines())}
    right = total = 0
    for doc in map(json.loads, gold.read_text(encoding="utf-8").splitlines()):
        for g in doc["timexes"]:
            if g.get("function") == "CREATION_TIME" or not WEEKDAY.search(g["surface"]):
                continue
            total += 1
            right += any(p["value"].upper() == g["value"].upper() for p in predicted.get(doc["id"], [])
                         if min(p["char_end"], g["char_end"]) > max(p["char_start"], g["char_start"]))
    return right, total


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

    sentences = newsquant_sentences(shared)
    seconds = newsquant(sentences, tmp / "newsquant.figcheck.jsonl")
    q_seconds = quantulum3_seconds(sentences)
    n = len(sentences)
    print(f"## NewsQuant ({n} sentences), figcheck in {seconds:.2f} s ({n / seconds:.0f} sentences/s, one batch)")
    print(f"quantulum3 in {q_seconds:.1f} s ({n / q_seconds:.0f} sentences/s, one call each), same run"
          if q_seconds else "quantulum3 not installed (pip install quantulum3): no speed comparison")
    for name, pred in [("figcheck", tmp / "newsquant.figcheck.jsonl"),
                       ("quantulum3", bench / "baselines" / "newsquant.quantulum3.jsonl"),
                       ("recognizers", bench / "baselines" / "newsquant.recognizers.jsonl")]:
        print(f"### {name}\n{score(tools / 'score_quantities.py', bench / 'newsquant.jsonl', pred)}")

    print(f"\n## Recognizers-Text specs (English number and unit models; recall)\n{recognizers(shared)}")

    gold = bench / "timex.jsonl"
    seconds, docs = timex_predictions(gold, tmp / "timex.figcheck.jsonl")
    print(f"\n## MEANTIME ({docs} documents), figcheck in {seconds:.2f} s (median of 5), one process, one batch "
          f"({docs / seconds:.0f} documents/s)")
    for name, pred in [("figcheck", tmp / "timex.figcheck.jsonl"),
                       ("heideltime", bench / "baselines" / "timex.heideltime.jsonl")]:
        right, total = weekdays_right(gold, pred)
        print(f"### {name}\n{score(tools / 'score_timex.py', gold, pred, '--exclude-dct-mentions')}\n"
              f"weekdays right {right}/{total}")
    probe = bench / "timex-news-probe.jsonl"
    timex_predictions(probe, tmp / "probe.figcheck.jsonl")
    print(f"\n## timex news probe (20 sentences)\n{score(tools / 'score_timex.py', probe, tmp / 'probe.figcheck.jsonl')}")
    print(f"\npredictions in {tmp}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
