"""A small mutation fuzzer over figcheck's document loaders and rule loader, for a bounded time.

    python fuzz/run.py --seconds 60

Targets: articles of each format (front matter and JSONL fields among them), rule files,
configurations (.figcheck.yaml, pyproject.toml) and file names. It starts from seed inputs (below), mutates them (bit flips, byte insertions and deletions, splices,
repeats, interesting bytes and numbers) and feeds each to the targets in fuzz/targets.py. Any input
that crashes is written to tests/fuzz_regressions/, which tests/test_properties.py replays on every
run; the script then exits 1. Deterministic for a given --seed.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import targets  # noqa: E402

REGRESSIONS = Path(__file__).resolve().parent.parent / "tests" / "fuzz_regressions"
ARTICLE_SEEDS = [
    b"date 2025-04-17\nFloods forced 12,400 people from their homes since Saturday, April 12. Of those, "
    b"8,100 were in Kessel and 4,300 in Alden. The river peaked at 7.8 metres (25.6 feet), 2.1 metres "
    b"above the 5.7-metre threshold. Damage reached 310 million euros, of which 190 million euros is to "
    b"homes, up 4.5% from 1.76 billion dollars. In 2013, twelve years ago, about 9,000 were displaced.\n",
    b"---\ndate: 2024-05-20\n---\n# Title\n\nCity won 28 games, 6 draws and 4 defeats for 90 points; "
    b"Marsh, 27, scored 31 goals, 14 of them penalties. <!-- figcheck: ignore part-within-whole -->\n",
    b"<html><head><meta property='article:published_time' content='2023-11-22'><script>x=1</script></head>"
    b"<body><article><p>At least 62 U.S. personnel were hurt in 66 attacks since Oct. 17.</p>"
    b"<p>It is the first public retaliation in Iraq &amp; three sets of strikes in Syria.</p></article></body></html>",
    b'{"id": "a", "text": "Sales fell 10% to 90 million dollars from 100 million dollars on Tuesday.", '
    b'"published": "2025-01-01"}\n{"text": "Ruiz won 52% of the vote, Okafor 45% and Lind 3%."}\n',
]
# front matter and JSONL records exercise the fields a loader reads (dates, ids, nesting, types)
ARTICLE_SEEDS += [
    b"---\ntitle: 'Floods: 12 dead'\ndate: 2025-04-17\ntags: [a, b]\npublished: 2025-04-17T10:00:00Z\n---\n"
    b"Rain began on Friday, April 12.\n",
    b'{"id": 7, "text": "Rain began on Friday, April 12.", "published": "2025-04-17", "extra": {"a": [1, 2.5, null]}}\n'
    b'{"id": "b", "text": "", "published": null}\n{"id": "c", "text": ["x"], "published": 20250417}\n',
]
CONFIG_SEEDS = {
    ".figcheck.yaml": [b"rules: [house.yaml]\ndefault-rules: true\ndisable: [part-within-whole]\n"
                       b"severity: {weekday-matches-date: warning}\nfail-on: error\nformat: [text]\n"],
    "pyproject.toml": [b'[project]\nname = "x"\n\n[tool.figcheck]\nfail-on = "warning"\n'
                       b'disable = ["part-within-whole"]\nseverity = {weekday-matches-date = "info"}\n'],
}
NAME_SEEDS = [b"story", "caf\u00e9 \u2014 2025".encode(), b"\xff\xfe bad", b"a\nb\x1b[31m", b"::set-output x",
              b"=HYPERLINK(1)", b"a b#c%d`e|f"]
RULE_SEEDS = [
    b"rules:\n  - id: w\n    kind: weekday\n    description: d\n",
    b"rules:\n  - id: e\n    kind: expression\n    description: d\n    let: {a: {kind: count}, b: {noun: person}}\n"
    b"    expect: a == 2 * b + (1 - a) / 3\n    scope: document\n    pick: first\n",
    b"rules:\n  - id: c\n    kind: compare\n    description: d\n    left: {kind: date, context: {contains: rain}}\n"
    b"    right_published: true\n    relation: on-or-before\n    message: '{left} {right}'\n",
    b"rules:\n  - id: t\n    kind: total\n    severity: warning\n    description: d\n"
    b"    select: {kind: [count, money], value: {min: 1}, place: Velmar, has: [noun]}\n",
]
INTERESTING = [b"\x00", b"\xff", b"\xfe\xff", b"\xef\xbb\xbf", b"\r\n", b"\n\n", b"9" * 40, b"1e400", b"\xe2\x88\x92",
               b"\xc2\xa0", b"---\n", b"<!--", b"-->", b"{", b"}", b"[", b"&", b"*a", b"&a ", b"!!python/object ",
               b"%", b"{0}", b"\xd9\xa1", b"\xef\xbc\x94", b"Monday, ", b" of the ", b"(", b")"]


def mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(7)
        at = rng.randrange(len(b) + 1)
        if op == 0 and b:
            b[min(at, len(b) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            b[at:at] = bytes([rng.randrange(256)])
        elif op == 2 and b:
            del b[at:at + rng.randint(1, 16)]
        elif op == 3:
            b[at:at] = rng.choice(INTERESTING)
        elif op == 4:
            other = rng.choice(pool)
            s = rng.randrange(len(other) + 1)
            b[at:at] = other[s:s + rng.randint(1, 64)]
        elif op == 5 and b:
            piece = bytes(b[at:at + rng.randint(1, 32)])
            b[at:at] = piece * rng.randint(2, 50)
        elif op == 6:
            b[at:at] = str(rng.choice([0, -1, 10 ** rng.randint(1, 30), rng.random()])).encode()
    return bytes(b[:200_000])


def save(name: str, data: bytes) -> Path:
    REGRESSIONS.mkdir(parents=True, exist_ok=True)
    path = REGRESSIONS / f"{name}-{hashlib.sha256(data).hexdigest()[:12]}.bin"
    path.write_bytes(data)
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    deadline = time.monotonic() + args.seconds
    runs = {"document": 0, "rules": 0, "config": 0, "file name": 0}
    while time.monotonic() < deadline:
        pick = rng.random()
        if pick < 0.5:
            suffix = rng.choice(targets.SUFFIXES)
            data, name, kind = mutate(rng, rng.choice(ARTICLE_SEEDS), ARTICLE_SEEDS), f"document{suffix}", "document"
            call = lambda: targets.document(data, suffix)  # noqa: E731
        elif pick < 0.8:
            data, name, kind = mutate(rng, rng.choice(RULE_SEEDS), RULE_SEEDS + ARTICLE_SEEDS), "rules.yaml", "rules"
            call = lambda: targets.rules(data)  # noqa: E731
        elif pick < 0.9:
            config_name = rng.choice(targets.CONFIG_NAMES)
            seeds = CONFIG_SEEDS[config_name]
            data, name, kind = mutate(rng, rng.choice(seeds), seeds), f"config{config_name}", "config"
            call = lambda: targets.config(data, config_name)  # noqa: E731
        else:
            data, name, kind = mutate(rng, rng.choice(NAME_SEEDS), NAME_SEEDS), "name", "file name"
            call = lambda: targets.file_name(data)  # noqa: E731
        runs[kind] += 1
        try:
            call()
        except Exception as e:  # noqa: BLE001 - every crash is a finding to keep
            path = save(name, data)
            print(f"crash: {type(e).__name__}: {str(e)[:200]}\n  input kept as {path}", file=sys.stderr)
            return 1
    print(f"fuzz: {', '.join(f'{n} {kind} inputs' for kind, n in runs.items())} in {args.seconds:.0f} s, no crash")
    return 0


if __name__ == "__main__":
    sys.exit(main())
