"""Documents -> claims (validated per chunk) -> rules -> a Report. The CLI and API share this."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import pandas as pd

from . import baseline, suppressions
from .documents import Document
from .errors import DocumentCrash, InputError, RuleFileError
from .extractor import document_rows
from .findings import Finding, severity_rank
from .frames import records_of
from .rules import engine
from .rules.ruleset import RuleSet  # noqa: F401 - the run's rules, named here for callers
from .schema import SchemaErrors, to_frame

# Chunks for workers: several per worker even on a small corpus, so the work evens out. One process
# has nothing to even out: larger chunks there mean fewer pandera calls (a call costs about 60 ms
# whatever its size, then about 12 µs a row), and memory still stays flat.
CHUNK = 256
CHUNK_CHARS = 500_000
SERIAL_CHUNK = 2048
SERIAL_CHUNK_CHARS = 2_000_000


@dataclass(slots=True)   # a long run keeps one per document: no per-instance __dict__
class DocumentResult:
    path: str
    id: str
    published: dt.date | None = None
    records: list | None = None  # the same claims as dicts, for the rules; dropped after them
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    internal: bool = False
    doc: Document | None = None
    suppressed: int = 0
    baselined: int = 0
    rules_run: tuple[str, ...] = ()   # shared by every document checked by the same rules
    checked: int = 0  # claims that took part in at least one rule's test
    tested: dict | None = None  # claim id -> ids of the rules that tested it; kept with the claims
    idle_rules: tuple[str, ...] = ()  # rules of the article's own rule file that tested nothing in it
    n_claims: int = 0  # kept when the claims frame itself is dropped to save memory
    unresolved_dates: int = 0  # date claims left unresolved for want of a publication date
    # The chunk's validated frame and this document's rows in it: the document's own frame is cut
    # from it only when asked for (a report of findings never needs it; cutting costs ~0.5 ms each).
    _chunk: tuple[pd.DataFrame, int, int] | None = field(default=None, repr=False)
    _claims: pd.DataFrame | None = field(default=None, repr=False)

    @property
    def claims(self) -> pd.DataFrame | None:
        if self._claims is None and self._chunk is not None:
            frame, start, end = self._chunk
            self._claims, self._chunk = frame.iloc[start:end].reset_index(drop=True), None
        return self._claims

    @claims.setter
    def claims(self, value: pd.DataFrame | None) -> None:
        self._claims, self._chunk = value, None

    @property
    def has_claims(self) -> bool:
        return self._claims is not None or self._chunk is not None


@dataclass
class Totals:
    """A run's counts, kept as results arrive (a streamed run keeps no results)."""
    documents: int = 0
    claims: int = 0
    claims_checked: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    failed_documents: int = 0
    internal: bool = False
    suppressed: int = 0
    baselined: int = 0
    undated: int = 0  # documents with dates left unresolved for want of a publication date
    worst: int = -1   # severity rank of the worst finding

    def add(self, d: DocumentResult) -> None:
        self.documents += 1
        self.claims += d.n_claims
        self.claims_checked += d.checked
        self.failed_documents += d.error is not None
        self.internal = self.internal or d.internal
        self.suppressed += d.suppressed
        self.baselined += d.baselined
        self.undated += d.unresolved_dates > 0
        for f in d.findings:
            setattr(self, f"{f.severity}s", getattr(self, f"{f.severity}s") + 1)
            self.worst = max(self.worst, severity_rank(f.severity))


@dataclass
class Report:
    documents: list[DocumentResult]
    rules: dict = field(default_factory=dict)  # id -> Rule, every rule that ran (for SARIF, JUnit)
    totals: Totals | None = None               # from `documents` unless given (a streamed run)
    # Problems of the run that are no finding in an article: suppressions naming no rule.
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self):
        if self.totals is None:
            self.totals = Totals()
            for d in self.documents:
                self.totals.add(d)

    @property
    def findings(self) -> list[Finding]:
        return [f for d in self.documents for f in d.findings]

    def count(self, severity: str) -> int:
        return getattr(self.totals, f"{severity}s")

    def worst(self) -> int:
        return self.totals.worst

    def fails(self, fail_on: str) -> bool:
        """Whether a finding reaches the fail level (`error`, `warning`, `info`; `never` never does)."""
        return fail_on != "never" and self.worst() >= severity_rank(fail_on)

    def findings_frame(self) -> pd.DataFrame:
        """One row per finding; a clean report gives an empty frame with the same columns, so
        `frame[frame.severity == "error"]` works whether or not anything was found."""
        columns = [*(k for k in Finding.__dataclass_fields__ if k not in ("doc", "path")), "doc", "path"]
        return pd.DataFrame([{**f.to_json(), "doc": f.doc, "path": f.path} for f in self.findings],
                            columns=columns)


def chunks(items: Iterable, size: int = CHUNK, chars: int = CHUNK_CHARS) -> Iterator[list]:
    """Runs of at most `size` documents or about `chars` characters of text, whichever comes first:
    chunks of even work keep every worker busy when article lengths vary a hundredfold."""
    chunk: list = []
    held = 0
    for item in items:
        chunk.append(item)
        held += len(getattr(item, "text", ""))
        if len(chunk) >= size or held >= chars:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def extract_chunk(items: list[Document | InputError]) -> list[DocumentResult]:
    """Claims for a chunk of documents: one pandera validation for the chunk, then split per doc."""
    results, spans, rows = [], [], []
    for item in items:
        if isinstance(item, InputError):
            results.append(DocumentResult(path=item.path or "", id=item.path or "", error=str(item),
                                          internal=isinstance(item, DocumentCrash)))
            spans.append(None)
            continue
        result = DocumentResult(path=item.path, id=item.id, published=item.published, doc=item)
        results.append(result)
        try:
            doc_rows = document_rows(item)
        except Exception as e:  # noqa: BLE001 - one broken document must not lose the others
            result.error, result.internal = f"{item.where}: internal error while extracting: {e!r}", True
            spans.append(None)
            continue
        spans.append((len(rows), len(rows) + len(doc_rows)))
        rows.extend(doc_rows)
    try:
        frame = to_frame(rows)
    except SchemaErrors:
        # One document's claims break the contract (a date of year 10000): report that document as an
        # internal error (exit 3) and validate the others again without it.
        rows, spans = _without_invalid(results, spans, rows)
        frame = to_frame(rows)
    records = records_of(frame)   # once for the chunk: the rules read rows as dicts
    for result, span in zip(results, spans):
        if span is not None:
            result._chunk = (frame, *span)
            result.records = records[span[0]:span[1]]
            result.n_claims = span[1] - span[0]
    return results


def _without_invalid(results, spans, rows):
    """Rows and spans of the documents whose claims pass the schema on their own."""
    kept, new_spans = [], []
    for result, span in zip(results, spans):
        if span is None:
            new_spans.append(None)
            continue
        doc_rows = rows[span[0]:span[1]]
        try:
            to_frame(doc_rows)
        except SchemaErrors as e:
            failed = sorted({str(c) for c in e.failure_cases.get("column", [])})
            result.error = (f"{result.doc.where}: internal error: its claims fail the claims schema"
                            f" (column {', '.join(failed) or '?'})")
            result.internal = True
            new_spans.append(None)
            continue
        new_spans.append((len(kept), len(kept) + len(doc_rows)))
        kept.extend(doc_rows)
    return kept, new_spans


def chunk_frame(results: list[DocumentResult]) -> pd.DataFrame | None:
    """The one validated claims frame of a chunk (every document that extracted, in order), as
    `extract_chunk` made it: cheaper than cutting a frame per document and joining them again."""
    return next((r._chunk[0] for r in results if r._chunk is not None), None)


def check_chunk(chunk: list, rules: RuleSet, keep_claims: bool = True) -> list[DocumentResult]:
    """Claims, findings and suppressions for one chunk of documents (baselines come later, in order).
    Without `keep_claims` the claims frames and the documents' texts are dropped here (a document
    with findings keeps the windows its report shows): a worker sends back only what reports need."""
    results = extract_chunk(chunk)
    for result in results:
        if not result.has_claims:
            continue
        try:
            doc_rules = rules.for_document(result.doc)
            result.rules_run = rules.ids(doc_rules)
            found, tested = engine.run(doc_rules, None, result.doc, result.records)
            result.checked, result.tested = len(tested), tested if keep_claims else None
            result.idle_rules = _idle_own_rules(result.doc, doc_rules, tested, found, result.records)
            if result.published is None:
                result.unresolved_dates = sum(r["kind"] == "date" and not isinstance(r["date"], str)
                                              for r in result.records)
            result.findings, result.suppressed = suppressions.apply(found, result.doc.suppressions)
        except RuleFileError as e:
            result.error = f"{e} (rules for {result.path})"
        except Exception as e:  # noqa: BLE001 - report it, keep the other documents
            result.error, result.internal = f"{result.doc.where}: internal error in rules: {e!r}", True
        result.records = None
        if not keep_claims:
            result.claims = None
            if result.findings:
                result.doc = result.doc.excerpt((f.start, f.end) for f in result.findings)
            elif result.doc.rules_file is None:
                result.doc = None
    return results


def _idle_own_rules(doc: Document, rules: list, tested: dict, found: list, records: list) -> tuple[str, ...]:
    """Rules from the article's own rule file that check nothing in it: a selection the kind needs
    picked nothing, or nothing was tested although every selection picked claims. A rule written for
    one article that checks nothing there is a rule author's mistake (a place spelt otherwise, a noun
    read differently, `pick: only` over two figures), worth a warning."""
    if doc.rules_file is None:
        return ()
    from .rules.kinds import REGISTRY

    own = str(doc.rules_file.resolve())
    active = {rule for rules_of_claim in tested.values() for rule in rules_of_claim} | {f.rule for f in found}
    ctx, idle = None, []
    for rule in rules:
        if rule.source != own or rule.id in active:
            continue
        ctx = ctx or engine.Context(doc, None, records)   # only for a rule that tested nothing
        empty = {name for name, selector in rule.selectors.items() if not selector.select(ctx)}
        if not empty or empty - set(REGISTRY[rule.kind].may_be_empty):
            idle.append(rule.id)
    return tuple(idle)


def check(items: Iterable[Document | InputError], rules: RuleSet, known: Counter | None = None,
          progress=None, jobs: int = 1, engine: str = "local", scheduler: str | None = None,
          keep_claims: bool = True, on_result=None) -> Report:
    """Findings for every document, in input order; `known` is a baseline (see baseline.py),
    `progress(n)` a tick per chunk, `jobs` the worker processes (0: one per core), or `engine="dask"`
    with a `scheduler` address (see parallel.py). Without `keep_claims` each document's claims frame
    is dropped once checked (its size stays in `n_claims`). With `on_result`, each result is handed
    to it as it comes and not kept: the Report then holds only totals and rules, and a long run's
    memory stays flat (reporters' Writers are made for this)."""
    from .parallel import map_chunks, map_chunks_dask, workers

    results: list[DocumentResult] = []
    totals, done, warnings = Totals(), 0, []
    items = _with_suppressions_checked(items, rules, warnings)
    if engine == "dask":
        mapped = map_chunks_dask(chunks(items), rules, scheduler, keep_claims)
    elif workers(jobs) == 1:
        mapped = map_chunks(chunks(items, SERIAL_CHUNK, SERIAL_CHUNK_CHARS), rules, 1, keep_claims)
    else:
        mapped = map_chunks(chunks(items), rules, jobs, keep_claims)
    for chunk_results in mapped:
        for result in chunk_results:
            if known and result.findings:
                result.findings, result.baselined = baseline.apply(result.id, result.findings, known)
            if result.doc is not None and result.doc.rules_file is not None:
                try:
                    rules.for_document(result.doc)  # so the report lists the rules workers ran
                except RuleFileError:
                    pass   # already reported for this document by check_chunk; the batch goes on
            if result.idle_rules and len(warnings) < MAX_WARNINGS:
                warnings.extend(f"{result.path}: rule {rule} of its own rule file tested nothing in it "
                                f"(see: figcheck rules trace {rule} {result.path})" for rule in result.idle_rules)
            if not keep_claims and not result.findings:
                result.doc = None
            totals.add(result)
            done += 1
            if on_result is None:
                results.append(result)
            else:
                on_result(result)
        if progress:
            progress(done)
    return Report(results, rules=rules.seen, totals=totals, warnings=warnings)


MAX_WARNINGS = 100


def _with_suppressions_checked(items, rules: RuleSet, warnings: list[str]):
    """The items, unchanged; a suppression that names a rule the document is not checked by (a typo,
    a renamed rule) goes to `warnings` with a did-you-mean, as linters warn of unknown codes: it would
    otherwise silence nothing and say nothing."""
    import difflib

    for item in items:
        if isinstance(item, Document) and item.suppressions and len(warnings) < MAX_WARNINGS:
            try:
                known = {r.id for r in rules.for_document(item)}
            except RuleFileError:
                known = None   # reported for this document by check_chunk
            named = {rule for s in item.suppressions for rule in s.rules or ()}
            for rule in sorted(named - known) if known is not None else ():
                close = difflib.get_close_matches(rule, known, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                warnings.append(f"{item.where}: a suppression names {rule!r}, which is not a rule of this "
                                f"run{hint}")
        yield item
