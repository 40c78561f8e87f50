"""YAML with line marks, no aliases, bounded nesting and a size limit: the reader behind rule files,
configurations, fixtures and Markdown front matter."""
from __future__ import annotations

from pathlib import Path

import yaml

from ..errors import RuleFileError
from ..files import read_regular

MAX_RULE_FILE_BYTES = 1024 * 1024
# Far deeper than any rule or front matter needs, far below Python's recursion limit.
MAX_NESTING = 64


class Located(dict):
    """A mapping that remembers where each key and the mapping itself stand (1-based)."""

    line = 1
    column = 1

    def __init__(self):
        super().__init__()
        self.marks: dict = {}


class LocatedList(list):
    """A sequence that remembers where each item stands (1-based (line, column) in `marks`)."""

    def __init__(self):
        super().__init__()
        self.marks: list[tuple[int, int]] = []


class _Loader(yaml.SafeLoader):
    depth = 0
    first_line = 1   # the line of the file where this YAML text starts (front matter starts at 2)

    def problem(self, message: str, mark) -> RuleFileError:
        return RuleFileError(message=message, path=self.name, line=mark.line + self.first_line,
                             column=mark.column + 1)

    def compose_node(self, parent, index):
        # Aliases would let a small file expand without bound ("billion laughs"): refuse them.
        if self.check_event(yaml.AliasEvent):
            raise self.problem("aliases (*name) are not allowed", self.peek_event().start_mark)
        if self.depth >= MAX_NESTING:
            raise self.problem(f"nested over {MAX_NESTING} levels deep", self.peek_event().start_mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_object(self, node, deep=False):
        # A value YAML reads but Python cannot hold (2023-02-30, year 0, a 5,000-digit integer) is
        # the file's problem, not an internal error.
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, OverflowError) as e:
            raise self.problem(f"value {node.value[:40]!r} cannot be read: {str(e)[:80]}",
                               node.start_mark) from None


def _mapping(loader: _Loader, node: yaml.MappingNode) -> Located:
    loader.flatten_mapping(node)
    out = Located()
    out.line, out.column = node.start_mark.line + 1, node.start_mark.column + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        where = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        if not isinstance(key, str):
            raise RuleFileError(message=f"keys must be text, not {key!r}", path=loader.name,
                                line=where[0], column=where[1])
        if key in out:
            raise RuleFileError(message=f"duplicate key {key!r}", path=loader.name,
                                line=where[0], column=where[1])
        out[key] = loader.construct_object(value_node, deep=True)
        out.marks[key] = where
    return out


def _sequence(loader: _Loader, node: yaml.SequenceNode) -> LocatedList:
    out = LocatedList()
    for item in node.value:
        out.append(loader.construct_object(item, deep=True))
        out.marks.append((item.start_mark.line + loader.first_line, item.start_mark.column + 1))
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


def read(path: Path):
    name = str(path)
    try:
        data = read_regular(path, MAX_RULE_FILE_BYTES)
        if len(data) > MAX_RULE_FILE_BYTES:
            raise RuleFileError(message="rule file is over the 1 MiB limit", path=name)
    except OSError as e:
        raise RuleFileError(message=e.strerror or str(e), path=name) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise RuleFileError(message=f"not UTF-8 text (invalid byte at offset {e.start})", path=name) from None
    return parse(text, name)


def parse(text: str, name: str, first_line: int = 1):
    """YAML text -> data with Located mappings; every problem a RuleFileError at file:line:col."""
    loader = None
    try:
        loader = _Loader(text)  # the reader refuses control characters already here
        loader.name, loader.first_line = name, first_line
        return loader.get_single_data()
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        raise RuleFileError(message=f"invalid YAML: {e.problem or e.context}", path=name,
                            line=mark.line + first_line if mark else None,
                            column=mark.column + 1 if mark else None) from None
    except yaml.YAMLError as e:
        raise RuleFileError(message=f"invalid YAML: {e}", path=name) from None
    finally:
        if loader is not None:
            loader.dispose()
