"""Rule files in the editor: every located problem the loader finds, and completion from the registry.

Problems come from the loader `figcheck check` uses (the same messages, the same did-you-mean),
reading the editor's text, not the file on disk. Completion reads the YAML's block structure by
indentation, as a rule file is written while it is being typed (half a file does not parse).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types

from ..config import YAML_NAME
from ..errors import RuleFileError
from ..findings import SEVERITIES
from ..rules import loader
from ..rules.kinds import REGISTRY
from ..rules.selectors import HAS_COLUMNS, KEYS as SELECTOR_KEYS
from ..vocabulary import CLOSED
from .positions import LineIndex

SOURCE = "figcheck rules"
_TOP_LEVEL_RULES = re.compile(r"^rules\s*:", re.MULTILINE)
_WORD = re.compile(r"[\w.-]*")
# The values a selector key takes, where the claims frame has a closed vocabulary for it.
SELECTOR_VALUES = {**CLOSED, "has": HAS_COLUMNS,
                   "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}


def looks_like_rules(name: str, text: str) -> bool:
    """A `*.rules.yaml`, or YAML whose top level is a `rules:` list (a rule pack); not a configuration
    (`.figcheck.yaml` lists rule files under `rules:` too)."""
    if name.endswith(".rules.yaml"):
        return True
    return (name.endswith((".yaml", ".yml")) and not name.endswith(YAML_NAME)
            and bool(_TOP_LEVEL_RULES.search(text)))


def problems(text: str, name: str, others: list) -> list[RuleFileError]:
    """The loader's located problems for this text, with rules loaded from other files (`others`) so
    a duplicate id is caught as a run would catch it."""
    try:
        loader.load([], [(name, text)], seen={r.id: r for r in others if r.source != name})
    except RuleFileError as e:
        return list(e.problems)
    return []


def diagnostics(text: str, name: str, others: list, encoding: str = "utf-16") -> list[types.Diagnostic]:
    index = LineIndex(text, encoding)
    out = []
    for p in problems(text, name, others):
        if p.path not in (None, name):   # a problem of another file (where a duplicate was first defined)
            continue
        line = max(0, (p.line or 1) - 1)
        start = index.offset(types.Position(line=line, character=0)) + max(0, (p.column or 1) - 1)
        word = _WORD.match(text, start)
        end = word.end() if word and word.end() > start else start
        out.append(types.Diagnostic(range=index.range(start, end), severity=types.DiagnosticSeverity.Error,
                                    source=SOURCE, message=p.message))
    return out


@dataclass
class _Line:
    number: int
    dash: int | None     # column of the list item's "-", if the line opens one
    key_col: int         # column where the key (or the value, in a list of scalars) starts
    key: str | None
    has_value: bool


_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?:(?P<key>[\w.-]+)\s*:(?P<value>.*))?")


def _read(number: int, text: str) -> _Line | None:
    if not text.strip() or text.lstrip().startswith("#"):
        return None
    m = _LINE.match(text)
    indent = len(m.group("indent"))
    dash = indent if m.group("dash") else None
    key_col = indent + len(m.group("dash") or "")
    value = (m.group("value") or "").split(" #")[0].strip()
    return _Line(number, dash, key_col, m.group("key"), bool(value))


def _path(lines: list[str], line: int, column: int, equal_ok: bool = False) -> tuple[list[str], int | None]:
    """The keys leading to a position ("-" for a list item), and the line where the innermost rule
    item starts (to read its kind). `equal_ok`: the position opens a list item, whose parent key may
    stand at the same column as its "-"."""
    path: list[str] = []
    item_line = None
    for number in range(line - 1, -1, -1):
        parsed = _read(number, lines[number])
        if parsed is None:
            continue
        if parsed.key and not parsed.has_value and (parsed.key_col < column or (equal_ok and parsed.key_col == column)):
            path.insert(0, parsed.key)
            column, equal_ok = parsed.key_col, False
        if parsed.dash is not None and parsed.dash < column and parsed.key_col <= column:
            path.insert(0, "-")
            if item_line is None:
                item_line = number
            column, equal_ok = parsed.dash, True
        if column == 0 and not equal_ok:
            break
    return path, item_line


def _kind_of_item(lines: list[str], start: int | None) -> str | None:
    if start is None:
        return None
    first = _read(start, lines[start])
    for number in range(start, len(lines)):
        parsed = _read(number, lines[number])
        if parsed is None:
            continue
        if number > start and (parsed.key_col < first.key_col or parsed.dash == first.dash):
            break
        if parsed.key == "kind" and parsed.key_col == first.key_col:
            return lines[number].split(":", 1)[1].split("#")[0].strip().strip("'\"")
    return None


def _items(names, kind: types.CompletionItemKind, detail: dict | None = None, suffix: str = "") -> list:
    return [types.CompletionItem(label=str(n), kind=kind, insert_text=f"{n}{suffix}",
                                 documentation=(detail or {}).get(n) or None) for n in names]


def _rule_keys(kind_name: str | None) -> dict[str, str]:
    keys = {k: "" for k in loader.COMMON_KEYS}
    kind = REGISTRY.get(kind_name or "")
    if kind is not None:
        keys.update({name: spec.help for name, spec in kind.params.items()})
    return keys


def completions(text: str, position: types.Position) -> list[types.CompletionItem]:
    """Keys and values that fit where the cursor is: rule keys and the kind's parameters in a rule,
    selector keys in a selector, kind names, severities, choices and claim vocabularies as values."""
    lines = text.splitlines() or [""]
    if position.line >= len(lines):
        lines += [""] * (position.line - len(lines) + 1)
    here = lines[position.line][:position.character]
    m = re.match(r"^(?P<indent> *)(?P<dash>- +)?(?:(?P<key>[\w.-]+)\s*:\s*(?P<value>[^#]*)|[\w.-]*)$", here)
    if m is None:
        return []
    if m.group("dash"):   # a new list item: its parents, then the item itself
        path, _ = _path(lines, position.line, len(m.group("indent")), equal_ok=True)
        path, item_line = path + ["-"], position.line
    else:
        path, item_line = _path(lines, position.line, len(m.group("indent")))
    kind_name = _kind_of_item(lines, item_line)
    in_rule = path[:2] == ["rules", "-"]
    spec = REGISTRY[kind_name].params.get(path[2]) if in_rule and len(path) > 2 and kind_name in REGISTRY else None
    in_selector = spec is not None and ((spec.type == "selector" and len(path) == 3) or
                                        (spec.type == "selectors" and len(path) == 4))
    value_kind = types.CompletionItemKind.Value
    if m.group("key") is not None:   # after "key:": its values
        key = m.group("key")
        if in_selector:
            return _items(SELECTOR_VALUES.get(key, ()), value_kind)
        if in_rule and len(path) == 2:
            if key == "kind":
                return _items(sorted(REGISTRY), value_kind, {n: REGISTRY[n].summary for n in REGISTRY})
            if key == "severity":
                return _items(SEVERITIES, value_kind)
            param = REGISTRY[kind_name].params.get(key) if kind_name in REGISTRY else None
            if param is not None and param.type in ("choice", "columns"):
                return _items(param.choices, value_kind)
            if param is not None and param.type == "flag":
                return _items(("true", "false"), value_kind)
        return []
    field_kind = types.CompletionItemKind.Field
    if not path:
        return _items(["rules"], field_kind, suffix=":")
    if in_rule and len(path) == 2:
        return _items(_rule_keys(kind_name), field_kind, _rule_keys(kind_name), suffix=": ")
    if in_selector:
        return _items(SELECTOR_KEYS, field_kind, suffix=": ")
    return []


def name_of(uri_path: Path | None, uri: str) -> str:
    return str(uri_path) if uri_path else uri
