"""restatement: the same quantity stated twice with values that cannot both be true.

Two figures of the same kind and unit that count the same noun in the same place ("killed 12
people in Velmar" ... "the 14 people who died in Velmar"), neither a part, a relation or a hedge
bound, in sentences that name no differing dates, whose intervals do not overlap. Figures told
about different days are different quantities, so a sentence with its own date keeps its figure
apart.
"""
from __future__ import annotations

import re

from ...lang.stopwords import STOPWORDS
from . import Hit, Param, RuleKind, bounds, filled, fmt_interval, overlap, register

_PARAGRAPH = re.compile(r"\n\s*\n")   # a restatement is told again elsewhere, not in the same paragraph
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
AFTER, BEFORE = 8, 4   # words after and before a figure that say what it counts, within its clause
MIN_SHARED = 3         # content words two contexts must share
MIN_JACCARD = 0.5
_CLAUSE = re.compile(r"[.;:!?()\n]|,\s|\d")
MAX_FIGURES = 400   # pairs are compared: a table of thousands of figures is left at its first 400


def context(text: str, start: int, end: int) -> frozenset:
    """The content words of a figure's own clause (up to the next figure or punctuation), cut to five
    letters so that "trusted" meets "trust"."""
    while text[end:end + 1] == ")":   # "The majority (76 per cent) said ...": the clause goes on
        end += 1
    stop = _CLAUSE.search(text, end, end + 200)
    after = _WORD.findall(text[end:stop.start() if stop else end + 200])[:AFTER]
    head = text[max(0, start - 120):start]
    cut = max((m.end() for m in _CLAUSE.finditer(head)), default=0)
    before = _WORD.findall(head[cut:])[-BEFORE:]
    return frozenset(w.lower()[:5] for w in before + after if w.lower() not in STOPWORDS and len(w) > 2)


@register
class Restatement(RuleKind):
    name = "restatement"
    needs = ()           # "by: context" needs no noun; "noun-place" returns early without one
    summary = "a quantity restated later (same noun and place) keeps a compatible value"
    params = {"select": Param("selector", default={"kind": ["count", "money", "quantity"]},
                              help="which figures may be restated"),
              "by": Param("choice", default="noun-place", choices=("noun-place", "context"),
                          help="what makes two figures the same quantity: the same noun and place, or "
                               "the same words in their clauses (at least three content words, half of all), in other paragraphs")}
    fields = ("first", "second", "first_value", "second_value", "noun", "place", "shared")
    message = "{second} ({second_value}) restates {first} ({first_value}) for {noun} in {place}"

    def run(self, rule, ctx):
        if rule.params.get("by") == "context":
            yield from self.by_context(rule, ctx)
            return
        rows = [(label, row) for label, row in rule.select("select", ctx)
                if filled(row["noun"]) and row["place"] and not any(
                    filled(row[c]) for c in ("whole", "relation", "link", "qualifier"))]
        if len(rows) < 2:
            return
        dates: dict = {}
        for r in ctx.records:
            if r["kind"] == "date" and isinstance(r["date"], str):
                dates[r["sentence"]] = dates.get(r["sentence"], frozenset()) | {r["date"]}
        seen: dict = {}
        for label, row in rows:
            key = (row["kind"], row["unit"] if isinstance(row["unit"], str) else "", row["noun"],
                   tuple(sorted(row["place"])), dates.get(row["sentence"], frozenset()))
            if key in seen:
                first_label, first = seen[key]
                ctx.checked([first_label, label])
                if first["sentence"] != row["sentence"] and not overlap(bounds(first), bounds(row)):
                    yield Hit([first_label, label], int(row["start"]), int(row["end"]),
                              {"first": first["text"], "second": row["text"],
                               "first_value": fmt_interval(*bounds(first)),
                               "second_value": fmt_interval(*bounds(row)),
                               "noun": row["noun"], "place": ", ".join(row["place"]), "shared": ""},
                              {"first": list(bounds(first)), "second": list(bounds(row))})
                continue
            seen[key] = (label, row)

    def by_context(self, rule, ctx):
        """Figures of one kind and unit whose surrounding words mostly agree ("76 per cent say they trust
        the service" ... "(76 per cent) said they trusted the service"), in sentences naming no differing
        dates, must have overlapping intervals."""
        text = ctx.doc.text
        dates: dict = {}
        for r in ctx.records:
            if r["kind"] == "date" and isinstance(r["date"], str):
                dates[r["sentence"]] = dates.get(r["sentence"], frozenset()) | {r["date"]}
        rows = [(label, row, context(text, int(row["start"]), int(row["end"])))
                for label, row in rule.select("select", ctx)
                if not any(filled(row[c]) for c in ("whole", "relation", "link", "direction"))][:MAX_FIGURES]
        for i, (first_label, first, first_words) in enumerate(rows):
            for label, row, words in rows[i + 1:]:
                if row["sentence"] == first["sentence"] or row["kind"] != first["kind"] \
                        or not _PARAGRAPH.search(text, int(first["end"]), int(row["start"])) \
                        or (row["unit"] if isinstance(row["unit"], str) else "") != \
                        (first["unit"] if isinstance(first["unit"], str) else "") \
                        or dates.get(row["sentence"], frozenset()) != dates.get(first["sentence"], frozenset()):
                    continue
                shared = first_words & words
                if len(shared) < MIN_SHARED or len(shared) < MIN_JACCARD * len(first_words | words):
                    continue
                ctx.checked([first_label, label])
                if overlap(bounds(first), bounds(row)):
                    continue
                yield Hit([first_label, label], int(row["start"]), int(row["end"]),
                          {"first": first["text"], "second": row["text"], "first_value": fmt_interval(*bounds(first)),
                           "second_value": fmt_interval(*bounds(row)),
                           "noun": row["noun"] if filled(row["noun"]) else "it", "place": "",
                           "shared": ", ".join(sorted(shared)[:5])},
                          {"first": list(bounds(first)), "second": list(bounds(row)), "shared_words": sorted(shared)})
