"""`figcheck rules explain ID`: a rule in words, with an example from its fixtures that fires."""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import yaml

from ..errors import FigcheckError
from . import fixtures, loader
from .kinds import REGISTRY


def _example(rule) -> list[str]:
    path = fixtures.fixture_file(Path(rule.source))
    if not path.is_file():
        return ["  (no fixtures: add some in " + str(path) + ")"]
    cases = [c for c in fixtures.load(path)[1] if c.rule == rule.id]
    lines = []
    failing = next((c for c in cases if c.expect == "fail"), None)
    if failing is not None:
        lines += [f"  text:    {failing.text}", f"  finding: {fixtures.run_case(rule, failing).detail}"]
    passing = next((c for c in cases if c.expect == "pass"), None)
    if passing is not None:
        lines.append(f"  passes:  {passing.text}")
    return lines or ["  (no fixture cases for this rule)"]


def _plain(value):
    """Rule data as plain dicts and lists: selectors read from a file are Located mappings, which a
    YAML dumper refuses to write."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def rule_named(rule_id: str, rules) -> object:
    """The rule with this id, or an error with a did-you-mean."""
    by_id = {r.id: r for r in rules}
    if rule_id not in by_id:
        import difflib

        close = difflib.get_close_matches(rule_id, list(by_id), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise FigcheckError(f"no rule {rule_id!r} in the loaded rule files{hint}")
    return by_id[rule_id]


def explain(rule_id: str, files) -> str:
    rule = rule_named(rule_id, loader.load(files))
    kind = REGISTRY[rule.kind]
    params = dict(rule.params)
    params.update({name: sel.source for name, sel in rule.selectors.items()})
    kind_doc = sys.modules[type(kind).__module__].__doc__ or ""
    out = [f"{rule.id} ({rule.severity}), defined at {rule.source}:{rule.line}", "",
           textwrap.fill(rule.description, 96), "",
           f"kind: {kind.name}: {kind.summary}", textwrap.indent(textwrap.dedent(kind_doc).strip(), "  "),
           "", "parameters:", textwrap.indent(yaml.safe_dump(_plain(params), sort_keys=True, allow_unicode=True).strip() or "{}", "  "),
           "", f"message: {rule.message}", "", "example:", *_example(rule)]
    return "\n".join(out) + "\n"
