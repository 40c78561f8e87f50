"""A JSON Schema of the rule-file format, built from the registered kinds and the selector keys, so
`schemas/rules.schema.json` can never drift from the loader (a test compares the two).

Editors with a YAML language server use it for completion and checking:
    # yaml-language-server: $schema=../schemas/rules.schema.json
"""
from __future__ import annotations

import json

from ..findings import SEVERITIES
from ..vocabulary import CLOSED
from .kinds import REGISTRY
from .loader import COMMON_KEYS, RULE_ID
from .selectors import HAS_COLUMNS, KEYS, TEXT_OPS, VALUE_COLUMNS

_TEXTS = {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "minItems": 1}]}
_TEXT_MATCH = {"oneOf": [{"type": "string"},
                         {"type": "object", "minProperties": 1, "maxProperties": 1, "additionalProperties": False,
                          "properties": {op: {"type": "string"} for op in TEXT_OPS}}]}


def _range(kind: str) -> dict:
    scalar = {"type": "number"} if kind == "number" else {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
    return {"oneOf": [scalar, {"type": "object", "additionalProperties": False,
                               "properties": {k: scalar for k in ("min", "max", "from", "to")}}]}


def _one_or_more(values) -> dict:
    return {"oneOf": [{"enum": list(values)}, {"type": "array", "items": {"enum": list(values)}, "minItems": 1}]}


def selector_schema() -> dict:
    props: dict = {k: _one_or_more(CLOSED[k]) if k in CLOSED else _TEXTS for k in VALUE_COLUMNS}
    props.update(place=_TEXTS, value=_range("number"), date=_range("date"), text=_TEXT_MATCH,
                 context=_TEXT_MATCH,
                 has={"oneOf": [{"enum": list(HAS_COLUMNS)},
                                {"type": "array", "items": {"enum": list(HAS_COLUMNS)}}]})
    assert set(props) == set(KEYS)
    return {"type": "object", "additionalProperties": False, "properties": props}


def _param_schema(spec) -> dict:
    if spec.type == "selector":
        return {"$ref": "#/$defs/selector"}
    if spec.type == "selectors":
        return {"type": "object", "minProperties": 1, "additionalProperties": {"$ref": "#/$defs/selector"},
                "propertyNames": {"pattern": r"^[A-Za-z_][A-Za-z0-9_]*$"}}
    if spec.type == "choice":
        return {"enum": list(spec.choices)}
    if spec.type == "columns":
        return {"oneOf": [{"enum": list(spec.choices)}, {"type": "array", "items": {"enum": list(spec.choices)}}]}
    if spec.type == "flag":
        return {"type": "boolean"}
    return {"type": "string"}


def _common() -> dict:
    return {"id": {"type": "string", "pattern": RULE_ID.pattern}, "kind": {"enum": sorted(REGISTRY)},
            "severity": {"enum": list(SEVERITIES)}, "description": {"type": "string"},
            "message": {"type": "string"}}


def build() -> dict:
    branches = []
    for name in sorted(REGISTRY):
        kind = REGISTRY[name]
        props = {**_common(), **{p: {"description": s.help, **_param_schema(s)} for p, s in kind.params.items()}}
        required = [p for p, s in kind.params.items() if s.required and not s.unless]
        branches.append({"if": {"properties": {"kind": {"const": name}}, "required": ["kind"]},
                         "then": {"properties": props, "additionalProperties": False, "required": required,
                                  "description": kind.summary}})
    rule = {"type": "object", "required": ["id", "kind", "description"], "properties": _common(),
            "allOf": branches}
    assert set(_common()) == set(COMMON_KEYS)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://figcheck.invalid/schemas/rules.schema.json",
            "title": "figcheck rule file", "type": "object", "additionalProperties": False,
            "required": ["rules"],
            "properties": {"rules": {"type": "array", "items": {"$ref": "#/$defs/rule"}}},
            "$defs": {"rule": rule, "selector": selector_schema()}}


def to_json() -> str:
    return json.dumps(build(), indent=2, sort_keys=False) + "\n"
