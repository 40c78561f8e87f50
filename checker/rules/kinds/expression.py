"""expression: an arithmetic relation over named selections, for domain rules.

    let:
      wins: {kind: count, noun: win}
      draws: {kind: count, noun: draw}
      points: {kind: count, noun: point}
    expect: points == 3 * wins + draws
    scope: sentence            # or document

`message` may use the names as placeholders ({wins}: the figure that name picked, as written).

Within each scope (each sentence, or the whole article) where every name selects exactly one claim
(or, with `pick: first` or `pick: largest`, where each selects at least one),
both sides are computed as intervals (each figure at its stated precision) and the comparison must
be possible for some reading. The expression is parsed here, by a small recursive-descent parser
over numbers, names, + - * / and parentheses, with one comparison (== <= >= < >); nothing is ever
evaluated as Python.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from . import INF, Hit, Param, RuleKind, bounds, filled, fmt_interval, register
from .compare import impossible

_TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)|(?P<op>==|<=|>=|[-+*/()<>=]))")
COMPARISONS = ("==", "<=", ">=", "<", ">")
# Bounds that keep the parser and the interval arithmetic (both recursive) far from Python's limit;
# a real domain rule is a line, not a page.
MAX_EXPRESSION_CHARS = 500
MAX_DEPTH = 32


class ExpressionError(ValueError):
    def __init__(self, message: str, column: int):
        super().__init__(f"{message} at column {column + 1}")
        self.column = column


@dataclass(frozen=True)
class Node:
    op: str              # num | name | + - * / | neg
    value: object = None
    args: tuple = ()


def tokenize(text: str) -> list[tuple[str, str, int]]:
    tokens, pos = [], 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if not m:
            raise ExpressionError(f"unexpected {text[pos:].strip()[:1]!r}", pos + len(text[pos:]) - len(text[pos:].lstrip()))
        kind = m.lastgroup
        tokens.append((kind, m.group(kind), m.start(kind)))
        pos = m.end()
    return tokens


class _Parser:
    def __init__(self, text: str):
        self.text = text
        if len(text) > MAX_EXPRESSION_CHARS:
            raise ExpressionError(f"over {MAX_EXPRESSION_CHARS} characters long", MAX_EXPRESSION_CHARS)
        self.tokens = tokenize(text)
        self.i = 0
        self.depth = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else ("end", "", len(self.text))

    def take(self, *ops):
        kind, value, _ = self.peek()
        if kind == "op" and value in ops:
            self.i += 1
            return value
        return None

    def comparison(self):
        left = self.sum()
        op = self.take(*COMPARISONS, "=")
        if op is None:
            raise ExpressionError("expected a comparison (==, <=, >=, <, >)", self.peek()[2])
        right = self.sum()
        if self.peek()[0] != "end":
            raise ExpressionError(f"unexpected {self.peek()[1]!r}", self.peek()[2])
        return ("==" if op == "=" else op), left, right

    def sum(self):
        node = self.product()
        while (op := self.take("+", "-")) is not None:
            node = Node(op, args=(node, self.product()))
        return node

    def product(self):
        node = self.factor()
        while (op := self.take("*", "/")) is not None:
            node = Node(op, args=(node, self.factor()))
        return node

    def factor(self):
        if self.depth >= MAX_DEPTH:
            raise ExpressionError(f"nested over {MAX_DEPTH} levels deep", self.peek()[2])
        self.depth += 1
        try:
            return self.operand()
        finally:
            self.depth -= 1

    def operand(self):
        if self.take("-") is not None:
            return Node("neg", args=(self.factor(),))
        if self.take("(") is not None:
            node = self.sum()
            if self.take(")") is None:
                raise ExpressionError("missing ')'", self.peek()[2])
            return node
        kind, value, col = self.peek()
        if kind == "num":
            self.i += 1
            if len(value) > 30:   # past float's precision; also keeps messages short
                raise ExpressionError("a number of over 30 digits", col)
            return Node("num", float(value))
        if kind == "name":
            self.i += 1
            return Node("name", value)
        raise ExpressionError("expected a number, a name or '('" if kind != "end" else "unexpected end",
                              col)


@functools.lru_cache(maxsize=1024)
def parse(text: str):
    """(comparison, left, right), or ExpressionError with the column of the problem. Cached: a rule's
    expression is parsed once, not once per document (the nodes are immutable)."""
    return _Parser(text).comparison()


def names(node: Node) -> set[str]:
    if node.op == "name":
        return {node.value}
    return set().union(*(names(a) for a in node.args)) if node.args else set()


def evaluate(node: Node, env: dict[str, tuple[float, float]]) -> tuple[float, float]:
    """Interval arithmetic: every value the expression can take over its operands' intervals."""
    if node.op == "num":
        return node.value, node.value
    if node.op == "name":
        return env[node.value]
    if node.op == "neg":
        lo, hi = evaluate(node.args[0], env)
        return -hi, -lo
    (alo, ahi), (blo, bhi) = (evaluate(a, env) for a in node.args)
    if node.op == "+":
        return alo + blo, ahi + bhi
    if node.op == "-":
        return alo - bhi, ahi - blo
    if node.op == "/":
        if blo <= 0 <= bhi:
            return -INF, INF
        blo, bhi = 1 / bhi, 1 / blo
    products = [x * y for x in (alo, ahi) for y in (blo, bhi) if not (abs(x) == INF and y == 0 or abs(y) == INF and x == 0)]
    return (min(products), max(products)) if products else (-INF, INF)


_RELATION = {"==": "equal", "<=": "at-most", ">=": "at-least", "<": "less", ">": "greater"}


def possible(op: str, left: tuple[float, float], right: tuple[float, float]) -> bool:
    """Whether some reading of the two intervals satisfies `op` (the compare kind's test)."""
    return not impossible(_RELATION[op], left, right)


def _verdict(counts: dict, rule) -> str:
    """What the run does with a scope where each name picked `counts[name]` claims."""
    if any(c == 0 for c in counts.values()):
        return " -> skipped: a name picked nothing here"
    if any(c > 1 for c in counts.values()) and rule.params["pick"] == "only":
        return " -> skipped: a name picked several (pick: only); pick: first or largest takes one"
    return " -> tested"


def _value(pair) -> float:
    """A picked claim's value for `pick: largest`; a range or vague count (no value) never wins."""
    value = pair[1]["value"]
    return float(value) if filled(value) else -INF


@register
class Expression(RuleKind):
    name = "expression"
    summary = "an arithmetic relation over named selections holds (points == 3 * wins + draws)"
    params = {
        "let": Param("selectors", required=True, help="name: selector, one claim each per scope"),
        "expect": Param("expression", required=True, help="comparison over the names, e.g. a == b + c"),
        "scope": Param("choice", default="sentence", choices=("sentence", "document")),
        "pick": Param("choice", default="only", choices=("only", "first", "largest"),
                      help="when a name selects several claims in a scope: skip the scope (only), "
                           "or take the first in the text, or the largest value"),
    }
    fields = ("expression", "left", "right", "figures")
    message = "{expression} does not hold: {figures} gives {left} against {right}"

    def rule_fields(self, params):
        return tuple(params.get("let", ()))   # {wins}: the figure a name picked, as written

    def validate(self, params, selectors):
        try:
            _, left, right = parse(params["expect"])
        except ExpressionError as e:
            return [("expect", f"expect: {e}")]
        defined = params.get("let", [])
        unknown = sorted((names(left) | names(right)) - set(defined))
        if unknown:
            return [("expect", f"expect: {unknown[0]!r} is not a name under 'let' "
                               f"(names: {', '.join(sorted(defined))})")]
        return []

    def run(self, rule, ctx):
        op, left_node, right_node = parse(rule.params["expect"])
        chosen = {}
        for n in rule.params["let"]:
            chosen[n] = rule.select(f"let.{n}", ctx)
            if not chosen[n]:
                return  # a name with nothing to stand for: the rule does not apply here
        groups = [None] if rule.params["scope"] == "document" else \
            sorted(set.intersection(*({row["sentence"] for _, row in pairs} for pairs in chosen.values())))
        for group in groups:
            picked = {}
            for n, pairs in chosen.items():
                rows = pairs if group is None else [(label, row) for label, row in pairs if row["sentence"] == group]
                if len(rows) > 1 and rule.params["pick"] != "only":
                    rows = rows[:1] if rule.params["pick"] == "first" else [max(rows, key=_value)]
                if len(rows) != 1:
                    break
                picked[n] = rows[0]
            else:
                yield from self._check(ctx, rule, op, left_node, right_node, picked)

    def trace(self, rule, ctx, picks):
        """For `rules trace`: per scope, how many claims each name picked, and what `pick` made of it."""
        names_ = rule.params["let"]
        if rule.params["scope"] == "document":
            counts = {n: len(picks[f"let.{n}"]) for n in names_}
            yield "document scope: " + ", ".join(f"{n} {c}" for n, c in counts.items()) + _verdict(counts, rule)
            return
        sentences = sorted({row["sentence"] for n in names_ for _, row in picks[f"let.{n}"]})
        for sentence in sentences:
            counts = {n: sum(row["sentence"] == sentence for _, row in picks[f"let.{n}"]) for n in names_}
            yield f"sentence {sentence + 1}: " + ", ".join(f"{n} {c}" for n, c in counts.items()) + _verdict(counts, rule)
        if not sentences:
            yield "no sentence holds a claim of every name"

    def _check(self, ctx, rule, op, left_node, right_node, picked):
        ctx.checked([label for label, _ in picked.values()])
        env = {n: bounds(row) for n, (_, row) in picked.items()}
        left, right = evaluate(left_node, env), evaluate(right_node, env)
        if possible(op, left, right):
            return
        rows = [row for _, row in picked.values()]
        # Any figure may be the wrong one (a relation cannot say which): the finding covers the figures
        # of the sentence holding most of them, and names every figure in its claims and evidence
        # (the language server marks those in other sentences too).
        sentence = Counter(int(r["sentence"]) for r in rows).most_common(1)[0][0]
        marked = [r for r in rows if r["sentence"] == sentence]
        start, end = int(min(r["start"] for r in marked)), int(max(r["end"] for r in marked))
        shown = ", ".join(f"{n} = {row['text']}" for n, (_, row) in picked.items())
        yield Hit([label for label, _ in picked.values()], start, end,
                  {"expression": rule.params["expect"], "left": fmt_interval(*left),
                   "right": fmt_interval(*right), "figures": shown,
                   **{n: row["text"] for n, (_, row) in picked.items()}},
                  {"left": list(left), "right": list(right),
                   "figures": {n: row["text"] for n, (_, row) in picked.items()}})
