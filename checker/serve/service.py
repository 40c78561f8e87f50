"""The checks `figcheck serve` answers, with no web framework in them: rules loaded once, each call a
warm run of the same pipeline and reporters as the CLI, so the API's JSON is the CLI's JSON."""
from __future__ import annotations

import json
from dataclasses import dataclass

from .. import pipeline
from ..claims_output import render_claims
from ..errors import EXIT_CLEAN, EXIT_FINDINGS, RuleFileError
from ..report import render
from .requests import ArticleRequest, RequestError, rule_names

MAX_RULESETS = 64   # distinct rule texts kept loaded; the oldest goes first


@dataclass
class Answer:
    """A reply body (JSON text) with the exit code `figcheck check` would give for the same input."""
    body: str
    exit_code: int = EXIT_CLEAN
    result: pipeline.DocumentResult | None = None


class Service:
    def __init__(self, ruleset: pipeline.RuleSet, fail_on: str = "error"):
        self.ruleset, self.fail_on = ruleset, fail_on
        self._rulesets: dict[tuple, pipeline.RuleSet] = {}

    @classmethod
    def from_options(cls, rules=(), config_file: str | None = None, defaults: bool = True) -> "Service":
        """Rules as `figcheck check` would load them (configuration, default pack, --rules)."""
        from .. import config as configs

        cfg = configs.load(config_file, ["."], defer=True)
        return cls(pipeline.RuleSet.from_config(cfg, rules, defaults), cfg.fail_on or "error")

    def warm(self) -> None:
        """One check of a short article, so the first client's request does not pay for the lazy
        imports and caches (about 0.7 s)."""
        self.check(ArticleRequest(text="On Tuesday, March 5, 2024, 12 of the 40 staff left.", published=None))

    def rules_for(self, request: ArticleRequest) -> pipeline.RuleSet:
        """The service's rules plus the request's, loaded once per distinct rule text (a page checked
        as its editor types sends the same rules each time; reading them costs ~10 ms)."""
        texts = tuple(request.rule_texts())
        if texts not in self._rulesets:
            try:
                ruleset = self.ruleset.extended(list(texts))
            except RuleFileError as e:
                raise RequestError(400, f"rule text has {len(e.problems)} problem(s): {e}", e.problems) from None
            if len(self._rulesets) >= MAX_RULESETS:
                self._rulesets.pop(next(iter(self._rulesets)))
            self._rulesets[texts] = ruleset
        return self._rulesets[texts]

    def check(self, request: ArticleRequest, keep_claims: bool = False) -> Answer:
        answer = self.check_many([request], keep_claims)[0]
        if isinstance(answer, RequestError):
            raise answer
        return answer

    def check_many(self, requests: list[ArticleRequest], keep_claims: bool = False) -> list[Answer | RequestError]:
        """Each request's answer (or error), in order. Requests with the same rules are checked as one
        chunk: the claims schema is validated once for the chunk (a validation costs ~40 ms whatever
        its size, most of a warm check), and each answer is still its own document's report."""
        answers: list = [None] * len(requests)
        groups: dict[int, tuple[pipeline.RuleSet, list]] = {}   # by rule set: (it, [(n, document)])
        for n, request in enumerate(requests):
            try:
                ruleset, document = self.rules_for(request), request.document()
            except RequestError as e:
                answers[n] = e
                continue
            except Exception as e:  # noqa: BLE001 - a loader bug loses this request only
                answers[n] = RequestError(500, f"internal error while loading: {type(e).__name__}")
                continue
            groups.setdefault(id(ruleset), (ruleset, []))[1].append((n, document))
        for ruleset, members in groups.values():
            report = pipeline.check([doc for _, doc in members], ruleset, keep_claims=keep_claims)
            for (n, _), result in zip(members, report.documents):
                answers[n] = self._answer(pipeline.Report([result], rules=report.rules))
        return answers

    def _answer(self, report: pipeline.Report) -> Answer | RequestError:
        result = report.documents[0]
        if result.error:
            return RequestError(500 if result.internal else 400, result.error)
        return Answer(render(report, "json"), EXIT_FINDINGS if report.fails(self.fail_on) else EXIT_CLEAN, result)

    def extract(self, request: ArticleRequest) -> Answer:
        """The claims, as `figcheck extract --format json` gives them."""
        results = pipeline.extract_chunk([request.document()])
        if results[0].error:
            raise RequestError(500 if results[0].internal else 400, results[0].error)
        return Answer(render_claims([], "json", [results[0].records]))

    def lint(self, texts: list[str]) -> Answer:
        """Every located problem of rule texts, alone and with this service's rules (duplicate ids)."""
        from ..rules import loader

        try:
            loaded = loader.load([], rule_names(texts), seen={r.id: r for r in self.ruleset.rules})
        except RuleFileError as e:
            raise RequestError(400, f"{len(e.problems)} problem(s): {e}", e.problems) from None
        return Answer(json.dumps({"rules": len(loaded), "problems": []}) + "\n")

    def rules(self) -> Answer:
        listed = [{"id": r.id, "kind": r.kind, "severity": r.severity, "description": r.description,
                   "source": r.source, "line": r.line} for r in self.ruleset.rules]
        return Answer(json.dumps({"rules": listed}, ensure_ascii=False) + "\n")
