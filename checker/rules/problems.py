"""Located problems in a rule file, collected so that one run reports every one of them."""
from __future__ import annotations

import difflib

from ..errors import RuleFileError


class Problems:
    def __init__(self, path: str, error: type[RuleFileError] = RuleFileError):
        self.path = path
        self.error = error
        self.items: list[RuleFileError] = []

    def add(self, message: str, node=None, key=None) -> None:
        line = column = None
        marks = getattr(node, "marks", {})
        if key is not None and key in marks:
            line, column = marks[key]
        elif node is not None and hasattr(node, "line"):
            line, column = node.line, node.column
        self.items.append(self.error(message=message, path=self.path, line=line, column=column))

    def unknown(self, name: str, choices, node, key, what: str) -> None:
        close = difflib.get_close_matches(str(name), list(choices), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f" (expected one of: {', '.join(sorted(choices))})"
        self.add(f"unknown {what} {name!r}{hint}", node, key)

    def raise_if_any(self) -> None:
        if self.items:
            first = self.items[0]
            raise self.error(problems=list(self.items), message=first.message, path=first.path,
                                line=first.line, column=first.column)
