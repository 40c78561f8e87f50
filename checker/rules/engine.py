"""Run rules over one document's claims and turn their hits into Findings."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from ..documents import Document
from ..findings import Finding, fingerprint
from ..frames import filled, records_of
from .kinds import REGISTRY
from .loader import Rule

# A rule that pairs every claim of one selection with every claim of another (compare, ordinal) is
# quadratic: 5,000 counts against 5,000 take minutes and gigabytes. Past this many pairs in one
# document the rule is not run there, and a warning says so.
MAX_PAIRS = 250_000


# "14 (14)": a figure followed by its value in parentheses, where the value reads the same.
_ECHO = re.compile(r"(?<![\w(.,])([^\s()][^()]*?) \(\1\)")


def without_echo(message: str) -> str:
    """A message with "14 (14)" said once: templates show a figure and its value ("1.2 million
    (1,200,000)", "Tuesday (2023-11-21)"), and for a plain number the two are the same text."""
    return _ECHO.sub(r"\1", message)


@dataclass
class Context:
    doc: Document
    claims: pd.DataFrame | None      # None when `records` are given: labels are then 0, 1, 2 ...
    records: list | None = None      # the claims' rows as dicts, when the caller has them already
    used: dict = field(default_factory=dict)      # label -> ids of the rules that tested that claim
    rule: str = ""                                 # the rule being run, for `checked`
    skipped: list = field(default_factory=list)   # (rule, pairs, label of a claim to point at)

    def __post_init__(self):
        # The rows once, as dicts: kinds read rows, and pandas per row costs more than the check.
        if self.records is None:
            self.records = records_of(self.claims)
        labels = self.claims.index if self.claims is not None else range(len(self.records))
        self.pairs = list(zip(labels, self.records))
        self._by_label = dict(self.pairs)
        self._by_claim = {row["claim"]: label for label, row in self.pairs}
        self._of_kinds: dict[frozenset, list] = {}

    def pairs_of(self, kinds: frozenset) -> list:
        """The (label, row) pairs of claims of these kinds, in order: most selectors name a kind,
        and each of a document's few kind sets is filtered once, not once per rule."""
        if kinds not in self._of_kinds:
            self._of_kinds[kinds] = [pair for pair in self.pairs if pair[1]["kind"] in kinds]
        return self._of_kinds[kinds]

    def row(self, label) -> dict:
        return self._by_label[label]

    def label_of(self, claim_id) -> object:
        """The label of the claim with this id ("c12"), or None."""
        return self._by_claim.get(claim_id) if isinstance(claim_id, str) else None

    def affordable(self, rule, selections: list[list]) -> bool:
        """Whether pairing these selections stays within MAX_PAIRS; if not, the rule is recorded as
        skipped for this document (the engine reports it) and the caller checks nothing."""
        pairs = 1
        for selection in selections:
            pairs *= len(selection)
        if pairs <= MAX_PAIRS:
            return True
        first = next((sel[0][0] for sel in selections if sel), None)
        self.skipped.append((rule, pairs, first))
        return False

    def checked(self, labels) -> None:
        """Record claims a rule actually tested (coverage, and a hover's "tested by"), passed or not."""
        for label in labels:
            rules = self.used.setdefault(label, [])
            if not rules or rules[-1] != self.rule:
                rules.append(self.rule)

    def tested(self) -> dict[str, tuple[str, ...]]:
        """Claim id ("c12") -> the ids of the rules that tested it, in rule order."""
        return {self._by_label[label]["claim"]: tuple(rules) for label, rules in self.used.items()}

    def sentence_text(self, index: int) -> str:
        spans = self.doc.sentences
        if 0 <= index < len(spans):
            s, e = spans[index]
            return self.doc.text[s:e]
        return ""


def run(rules: list[Rule], claims: pd.DataFrame | None, doc: Document, records: list | None = None
        ) -> tuple[list[Finding], dict[str, tuple[str, ...]]]:
    """Findings of every rule on one document's claims, in text order, and the claims that took part
    in at least one rule's test (coverage), each with the rules that tested it. `records` are the
    claims' rows as dicts."""
    ctx = Context(doc, claims, records)
    findings: list[Finding] = []
    present: dict[str, bool] = {}

    def has(column: str) -> bool:
        if column not in present:
            present[column] = any(filled(r[column]) for r in ctx.records)
        return present[column]

    for rule in rules:
        kind = REGISTRY[rule.kind]
        if not all(has(c) for c in kind.needs):
            continue
        ctx.rule = rule.id
        for hit in kind.run(rule, ctx):
            texts = [str(ctx.row(c)["text"]) for c in hit.claims]
            line, column = doc.position(hit.start)
            end_line, end_column = doc.position(hit.end)
            findings.append(Finding(
                rule=rule.id, severity=rule.severity, message=without_echo(rule.message.format_map(hit.values)),
                doc=doc.id, path=doc.path, start=hit.start, end=hit.end, line=line, column=column,
                claims=[str(ctx.row(c)["claim"]) for c in hit.claims], evidence=hit.evidence,
                fingerprint=fingerprint(rule.id, texts), end_line=end_line, end_column=end_column,
                texts=texts))
    findings.extend(_skipped(ctx, doc))
    findings.sort(key=lambda f: (f.start, f.rule))
    return findings, ctx.tested()


def _skipped(ctx: Context, doc: Document) -> list[Finding]:
    """A warning for each rule not run on this document because of MAX_PAIRS: the article is not
    checked by it, and the editor must know."""
    out = []
    for rule, pairs, label in ctx.skipped:
        row = ctx.row(label) if label is not None else None
        start, end = (int(row["start"]), int(row["end"])) if row is not None else (0, 0)
        (line, column), (end_line, end_column) = doc.position(start), doc.position(end)
        out.append(Finding(
            rule=rule.id, severity="warning", doc=doc.id, path=doc.path, start=start, end=end,
            line=line, column=column, end_line=end_line, end_column=end_column, claims=[], texts=[],
            message=(f"not checked in this document: {pairs:,} pairs of claims, over the "
                     f"{MAX_PAIRS:,} a rule may test in one document; narrow its selectors"),
            evidence={"pairs": pairs, "limit": MAX_PAIRS},
            fingerprint=fingerprint(rule.id, ["pair-limit"])))
    return out
