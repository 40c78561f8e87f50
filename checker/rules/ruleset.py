"""The rules of a run: its rule files (configuration, default pack, --rules) and each article's own
`<stem>.rules.yaml`, loaded once each, with the configuration's `disable` and `severity` applied."""
from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

from ..documents import Document, sidecar_rules
from ..errors import ConfigError, RuleFileError
from ..resources import rule_files
from . import loader
from .problems import Problems


class RuleSet:
    """The rules for a run, plus each article's own `<stem>.rules.yaml`, loaded once each.

    `disable` and `severity` (from the configuration) name rules of the run's files; an unknown id
    is an error, so a typo never silently leaves a rule on.
    """

    def __init__(self, files: list[Path], sidecars: bool = True, disable=(), severity=None, config=None,
                 articles=()):
        self.files = [Path(f).resolve() for f in files]
        self.disable, self.severity = set(disable), dict(severity or {})
        self._loaded = loader.load(self.files)   # as written, before disable and severity
        self._own: dict[Path, list] = {}   # each article's own rules, read once
        own_ids = {r.id for article in articles for r in self._own_of(article)}
        self._check_names({r.id for r in self._loaded} | own_ids, config)
        self.rules = self._adjust(self._loaded)
        self.sidecars = sidecars
        self._cache: dict[Path, list] = {}
        self._ids: dict[tuple, tuple] = {}   # each distinct tuple of rule ids, once
        self.seen: dict = {r.id: r for r in self.rules}

    def extended(self, texts: list[tuple[str, str]]) -> "RuleSet":
        """This run's rules plus rules given as (name, YAML text), read as rule files are; the copy
        keeps no articles' own rule files (text from a request names no file)."""
        extra = self._adjust(loader.load([], texts, seen={r.id: r for r in self.rules})) if texts else []
        extended = copy.copy(self)
        extended.rules, extended.sidecars, extended._cache = [*self.rules, *extra], False, {}
        extended.seen = {**self.seen, **{r.id: r for r in extra}}
        return extended

    @classmethod
    def from_config(cls, cfg, rules=(), defaults: bool = True, articles=()) -> "RuleSet":
        """The rules a run uses: the configuration's files, the default pack (unless switched off in
        either place), then `rules`. `disable` and `severity` may also name rules of the `articles`'
        own rule files. Every problem of the configuration is reported with those of the names."""
        files = rule_files([*cfg.rules, *rules], cfg.default_rules and defaults)
        return cls(files, disable=cfg.disable, severity=cfg.severity, config=cfg, articles=articles)

    def _check_names(self, known: set[str], config) -> None:
        problems = Problems(str(config.path) if config and config.path else "configuration", error=ConfigError)
        problems.items.extend(getattr(config, "problems", None) or [])
        for key, names in (("disable", self.disable), ("severity", self.severity)):
            for name in sorted(set(names) - known):
                problems.unknown(name, known, config, key, what="rule id")
        problems.raise_if_any()

    def _adjust(self, rules: list) -> list:
        return [dataclasses.replace(r, severity=self.severity.get(r.id, r.severity))
                for r in rules if r.id not in self.disable]

    def ids(self, rules: list) -> tuple[str, ...]:
        """The ids of `rules` as one shared tuple: a long run keeps a summary per document, and
        nearly all of them name the same rules."""
        ids = tuple(r.id for r in rules)
        return self._ids.setdefault(ids, ids)

    def for_document(self, doc: Document) -> list:
        if not self.sidecars or doc.rules_file is None:
            return self.rules
        return self.rules_with(doc.rules_file)

    def _read_own(self, path: Path) -> list:
        """An own rule file's rules, read once, checked against the run's ids. A file with problems
        raises them each time it is asked for (only rules are kept: a RuleSet travels to workers)."""
        if path not in self._own:
            self._own[path] = loader.load([path], seen={r.id: r for r in self._loaded})
        return self._own[path]

    def _own_of(self, article) -> list:
        """The rules of an article's own rule file, for the names `disable` may use (a file that
        cannot be read is reported when its article is checked)."""
        own = sidecar_rules(Path(article)) if isinstance(article, (str, Path)) else None
        try:
            return self._read_own(own.resolve()) if own is not None else []
        except RuleFileError:
            return []

    def rules_with(self, own: Path) -> list:
        """This run's rules and those of an article's own rule file, each file read once."""
        path = own.resolve()
        if path in self.files:
            return self.rules
        if path not in self._cache:
            self._cache[path] = self._adjust([*self._loaded, *self._read_own(path)])
            self.seen.update((r.id, r) for r in self._cache[path])
        return self._cache[path]
