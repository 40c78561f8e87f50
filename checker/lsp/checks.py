"""Documents as an editor holds them, checked by the CLI's pipeline with the rules the CLI would use.

Rules are found as `figcheck check FILE` finds them: the configuration upward from the document
(`.figcheck.yaml` or `[tool.figcheck]`), its rule files and the default pack, plus the article's own
`<stem>.rules.yaml`. Each configuration's rules are loaded once and kept until a rule or configuration
file changes (`forget`). Nothing here knows of the protocol's transport.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from .. import config as configs
from .. import pipeline
from ..documents import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES, Document, from_format, sidecar_rules, too_big
from ..errors import FigcheckError
from ..findings import Finding
from ..frames import records_of
from .positions import LineIndex

LANGUAGES = {"markdown": "markdown", "html": "html", "plaintext": "text", "text": "text"}


def path_of(uri: str) -> Path | None:
    """The file a `file:` URI names; None for an unsaved buffer (`untitled:`) or another scheme."""
    parsed = urlparse(uri)
    return Path(unquote(parsed.path)) if parsed.scheme == "file" else None


def format_of(uri: str, language: str | None) -> str:
    """The article format: the editor's language id, else the file's suffix, else plain text."""
    if language in LANGUAGES:
        return LANGUAGES[language]
    suffix = Path(urlparse(uri).path).suffix.lower()
    fmt = ARTICLE_SUFFIXES.get(suffix, "text")
    return "text" if fmt == "jsonl" else fmt


@dataclass
class Checked:
    """One check of one version of a document: what diagnostics and hovers are made from."""
    uri: str
    version: int | None
    text: str                      # the editor's text (for HTML the markup, not the article text)
    index: LineIndex
    fmt: str = "text"              # "text", "markdown" or "html"
    name: str = ""                 # the document's path as reports name it (the URI if unsaved)
    findings: list[Finding] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)       # the claims frame's rows, in text order
    tested: dict[str, tuple[str, ...]] = field(default_factory=dict)
    rules: dict = field(default_factory=dict)              # rule id -> Rule, for links and hovers
    error: FigcheckError | None = None                     # the document or its rules could not be read
    warnings: list[str] = field(default_factory=list)
    doc: Document | None = None

    @functools.cached_property
    def by_id(self) -> dict[str, dict]:
        """The claims by id ("c12"), for findings and hovers that name them."""
        return {row["claim"]: row for row in self.claims}

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Where an article span is written in the editor's text (for HTML, in the markup)."""
        return (start, end) if self.doc is None else self.doc.source_span(start, end)

    def claim_at(self, offset: int) -> dict | None:
        """The claim whose figure holds this offset of the editor's text (the innermost one)."""
        inside = []
        for row in self.claims:
            span = self.source_span(row["start"], row["end"])
            if span and span[0] <= offset < span[1]:
                inside.append((span[1] - span[0], row))
        return min(inside, key=lambda pair: pair[0])[1] if inside else None


class Workspace:
    """The rules of every configuration in use, loaded once each, and checks of documents."""

    def __init__(self, rules=(), config_file: str | None = None, defaults: bool = True,
                 root: Path | None = None, encoding: str = "utf-16"):
        self.extra_rules, self.config_file, self.defaults = list(rules), config_file, defaults
        self.root = root or Path.cwd()
        self.encoding = encoding
        self._rulesets: dict[tuple, pipeline.RuleSet] = {}

    def forget(self) -> None:
        """Drop every loaded rule set: a rule file or configuration changed."""
        self._rulesets.clear()

    def ruleset_for(self, path: Path | None) -> pipeline.RuleSet:
        """The rules `figcheck check` would run on the file at `path` (an unsaved buffer: the root's)."""
        cfg = configs.load(self.config_file, [str(path or self.root)], defer=True)
        # one per configuration and own rule file: `disable` may name the article's own rules
        key = (cfg.path, sidecar_rules(path) if path else None)
        if key not in self._rulesets:
            self._rulesets[key] = pipeline.RuleSet.from_config(cfg, self.extra_rules, self.defaults,
                                                               articles=[path] if path else [])
        return self._rulesets[key]

    def check(self, uri: str, text: str, version: int | None = None, language: str | None = None,
              published: dt.date | None = None) -> Checked:
        path = path_of(uri)
        fmt = format_of(uri, language)
        checked = Checked(uri, version, text, LineIndex(text, self.encoding), fmt, str(path) if path else uri)
        try:
            size = len(text.encode("utf-8", "surrogatepass"))
            if size > MAX_ARTICLE_BYTES:
                raise too_big(size, checked.name)
            ruleset = self.ruleset_for(path)
            doc = from_format(text, checked.name, fmt, published)
            doc.rules_file = sidecar_rules(path) if path else None
            report = pipeline.check([doc], ruleset, keep_claims=True)
        except FigcheckError as e:
            checked.error = e
            return checked
        except Exception as e:  # noqa: BLE001 - a bug shows on this document; the server goes on
            checked.error = FigcheckError(f"internal error: {type(e).__name__}: {e}", path=checked.name, line=1)
            return checked
        result = report.documents[0]
        if result.error:
            checked.error = FigcheckError(result.error)
            return checked
        checked.doc, checked.findings, checked.warnings = result.doc, result.findings, report.warnings
        checked.claims = records_of(result.claims) if result.claims is not None else []
        checked.tested, checked.rules = result.tested or {}, report.rules
        return checked
