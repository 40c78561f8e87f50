"""Rule files (YAML) -> validated Rule objects; every problem located at file:line:col.

    rules:
      - id: weekday-matches-date
        kind: weekday
        severity: error
        description: A weekday must fall on the date it is attached to.
        message: "{weekday} does not match {date}"      # optional; placeholders per kind
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import RuleFileError
from ..findings import SEVERITIES
from .kinds import REGISTRY, Param
from .problems import Problems
from .selectors import Selector, compile_selector
from .yamlfile import MAX_RULE_FILE_BYTES, Located, parse, read

COMMON_KEYS = ("id", "kind", "severity", "description", "message")
RULE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")   # fullmatch in Python: "$" lets a trailing newline in


@dataclass
class Rule:
    id: str
    kind: str
    severity: str
    description: str
    message: str
    params: dict = field(default_factory=dict)
    selectors: dict[str, Selector] = field(default_factory=dict)
    source: str = ""
    line: int = 0

    def select(self, name: str, ctx):
        return self.selectors[name].select(ctx)


def placeholders(template: str) -> list[str]:
    """Field names of a message template; attribute and index access, conversions and format specs
    (a width of 99999999 would write hundreds of megabytes per finding) are refused."""
    names = []
    for _, name, spec, conv in string.Formatter().parse(template):
        if name is None:
            continue
        if not name.isidentifier() or spec or conv:
            raise ValueError(name or "{}")
        names.append(name)
    return names


def _check_message(message, kind, problems, node, params):
    try:
        names = placeholders(message)
    except ValueError as e:
        problems.add(f"message: placeholder {{{e}}} must be a plain name", node, "message")
        return
    fields = (*kind.fields, *kind.rule_fields(params))
    for n in names:
        if n not in fields:
            problems.unknown(n, fields, node, "message", what=f"placeholder for kind {kind.name!r}:")


def _param(name: str, spec: Param, value, problems: Problems, node, rule: dict, selectors: dict):
    if spec.type == "selector":
        sel = compile_selector(value, problems, where=name) if isinstance(value, dict) else None
        if not isinstance(value, dict):
            problems.add(f"{name} must be a mapping of column: value", node, name)
        if sel is not None:
            selectors[name] = sel
    elif spec.type == "choice":
        if value not in spec.choices:
            problems.unknown(value, spec.choices, node, name, what=f"{name}")
        rule[name] = value
    elif spec.type == "columns":
        values = value if isinstance(value, list) else [value]
        for v in values:
            if v not in spec.choices:
                problems.unknown(v, spec.choices, node, name, what="column")
        rule[name] = values
    elif spec.type == "flag":
        if not isinstance(value, bool):
            problems.add(f"{name} must be true or false", node, name)
        rule[name] = value
    elif spec.type == "selectors":
        if not isinstance(value, dict) or not value:
            problems.add(f"{name} must map names to selectors", node, name)
            return
        for key, sub in value.items():
            if not str(key).isidentifier():
                problems.add(f"{name}: {key!r} is not a name (letters, digits, _)", value, key)
            elif not isinstance(sub, dict):
                problems.add(f"{name}.{key} must be a mapping of column: value", value, key)
            else:
                sel = compile_selector(sub, problems, where=f"{name}.{key}")
                if sel is not None:
                    selectors[f"{name}.{key}"] = sel
        rule[name] = list(value)
    elif spec.type == "expression":
        if not isinstance(value, str):
            problems.add(f"{name} must be text", node, name)
        rule[name] = value


def _rule(node, problems: Problems, source: str) -> Rule | None:
    if not isinstance(node, Located):
        problems.add("each rule must be a mapping", None)
        return None
    before = len(problems.items)
    for key in ("id", "kind", "description"):
        if key not in node:
            problems.add(f"rule is missing {key!r}", node)
    rule_id = node.get("id")
    if "id" in node and not (isinstance(rule_id, str) and RULE_ID.fullmatch(rule_id)):
        problems.add("id must be lower-case letters, digits, '.', '_' or '-'", node, "id")
    kind = REGISTRY.get(node.get("kind"))
    if "kind" in node and kind is None:
        problems.unknown(node.get("kind"), REGISTRY, node, "kind", what="rule kind")
    severity = node.get("severity", "error")
    if severity not in SEVERITIES:
        problems.unknown(severity, SEVERITIES, node, "severity", what="severity")
    for key in ("description", "message"):
        if key in node and not isinstance(node[key], str):
            problems.add(f"{key} must be text", node, key)
    if kind is None:
        return None
    allowed = COMMON_KEYS + tuple(kind.params)
    for key in node:
        if key not in allowed:
            problems.unknown(key, allowed, node, key, what=f"key for kind {kind.name!r}:")
    params: dict = {}
    selectors: dict = {}
    for name, spec in kind.params.items():
        if name in node:
            _param(name, spec, node[name], problems, node, params, selectors)
        elif spec.required and not (spec.unless and node.get(spec.unless)):
            problems.add(f"kind {kind.name!r} needs {name!r}", node)
        elif spec.default is not None:
            _param(name, spec, spec.default, problems, node, params, selectors)
    if len(problems.items) == before:
        for key, text in kind.validate(params, selectors):
            problems.add(text, node, key)
    message = node.get("message") or kind.message
    if isinstance(message, str):
        _check_message(message, kind, problems, node, params)
    if len(problems.items) > before:
        return None
    return Rule(id=rule_id, kind=kind.name, severity=severity, description=node["description"].strip(),
                message=message, params=params, selectors=selectors, source=source, line=node.line)


def load_file(path: Path) -> list[Rule]:
    """Rules of one file, or a RuleFileError carrying every problem in it."""
    return rules_of(read(path), str(path))


def load_text(text: str, name: str) -> list[Rule]:
    """Rules of YAML text that came with no file (a request to `figcheck serve`), named `name` in
    every problem; read as a file is: no aliases, no tags, the same size limit."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_RULE_FILE_BYTES:
        raise RuleFileError(message="rule text is over the 1 MiB limit", path=name)
    return rules_of(parse(text, name), name)


def rules_of(data, source: str) -> list[Rule]:
    """Rules of parsed YAML data (Located mappings) from `source`."""
    problems = Problems(source)
    if isinstance(data, Located) and "tests" in data:
        problems.add("this is a rule fixture file (it has 'tests:'), not a rule file: run it with "
                     f"`figcheck rules test {source}`", data, "tests")
        problems.raise_if_any()
    if not isinstance(data, Located) or "rules" not in data:
        problems.add("a rule file is a mapping with a list under 'rules:'", data if isinstance(data, Located) else None)
        problems.raise_if_any()
    for key in data:
        if key != "rules":
            problems.unknown(key, ["rules"], data, key, what="top-level key")
    if not isinstance(data["rules"], list):
        problems.add("'rules' must be a list of rules", data, "rules")
        problems.raise_if_any()
    rules = [r for r in (_rule(n, problems, source) for n in data["rules"]) if r is not None]
    problems.raise_if_any()
    return rules


def load(paths, texts=(), seen: dict | None = None) -> list[Rule]:
    """Rules of several files, then of (name, YAML text) pairs, in order; a rule id may be defined
    once across all of them and the rules in `seen` (id -> Rule, loaded before)."""
    rules: list[Rule] = []
    errors: list[RuleFileError] = []
    seen = dict(seen or {})
    readers = [*(lambda p=p: load_file(Path(p)) for p in paths),
               *(lambda name=name, text=text: load_text(text, name) for name, text in texts)]
    for read_rules in readers:
        try:
            loaded = read_rules()
        except RuleFileError as e:
            errors.extend(e.problems)
            continue
        for rule in loaded:
            if rule.id in seen:
                first = seen[rule.id]
                errors.append(RuleFileError(
                    message=f"duplicate rule id {rule.id!r} (first defined at {first.source}:{first.line})",
                    path=rule.source, line=rule.line))
                continue
            seen[rule.id] = rule
            rules.append(rule)
    if errors:
        raise RuleFileError(problems=errors, message=errors[0].message, path=errors[0].path,
                            line=errors[0].line, column=errors[0].column)
    return rules
