"""What a client sends to `figcheck serve`, read into a Document and rule texts, or a RequestError.

A request is JSON (`{"text", "published", "format", "rules", "id"}`) or the article itself as the
body, its format from the content type and `published`/`id` from the query string. Nothing in a
request names a file: the article and its rules are the text sent.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..documents import (MAX_ARTICLE_BYTES, Document, decode, from_format, parse_date,
                         parse_json, too_big)
from ..errors import EXIT_INPUT, EXIT_INTERNAL, FigcheckError, InputError

FORMATS = {"txt": "text", "md": "markdown", "html": "html"}   # request format -> documents.READERS
CONTENT_TYPES = {"text/plain": "txt", "text/markdown": "md", "text/x-markdown": "md", "text/html": "html"}
JSON_KEYS = ("text", "published", "format", "rules", "id")
DEFAULT_ID = "<request>"


class RequestError(Exception):
    """A request the service answers with an error: the HTTP status, the CLI's exit code for the same
    problem, and every located problem (rule text at rules[N]:line:col)."""

    def __init__(self, status: int, message: str, problems: list[FigcheckError] | None = None):
        super().__init__(message)
        self.status, self.message, self.problems = status, message, problems or []

    @property
    def exit_code(self) -> int:
        return EXIT_INTERNAL if self.status >= 500 else EXIT_INPUT

    def to_json(self) -> dict:
        return {"error": {"status": self.status, "exit_code": self.exit_code, "message": self.message,
                          "problems": [located(p) for p in self.problems]}}

    @classmethod
    def of(cls, error: FigcheckError, status: int = 400) -> "RequestError":
        return cls(status, str(error), error.problems)


def located(problem: FigcheckError) -> dict:
    return {"path": problem.path, "line": problem.line, "column": problem.column, "message": problem.message}


@dataclass
class ArticleRequest:
    text: str
    format: str = "txt"
    published: dt.date | None = None
    id: str = DEFAULT_ID
    rules: list[str] = field(default_factory=list)

    def rule_texts(self) -> list[tuple[str, str]]:
        return rule_names(self.rules)

    def document(self) -> Document:
        """The article as the CLI would load it from a file of this format named `id`."""
        try:
            return from_format(self.text, self.id, FORMATS[self.format], self.published)
        except InputError as e:
            raise RequestError.of(e) from None


def _text(value, key: str) -> str:
    if not isinstance(value, str):
        raise RequestError(400, f"{key!r} must be a string")
    return value


def published_date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return parse_date(_text(value, "published"), "published")
    except InputError as e:
        raise RequestError(400, e.message) from None


def rule_names(texts: list[str]) -> list[tuple[str, str]]:
    """(name, text) of each rule text, named as problems cite it: rules[0], rules[1], ..."""
    return [(f"rules[{n}]", text) for n, text in enumerate(texts)]


def format_name(value) -> str:
    if value not in FORMATS:
        raise RequestError(400, f"format {value!r} is not one of {', '.join(FORMATS)}")
    return value


def within_limit(text: str) -> str:
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_ARTICLE_BYTES:
        raise RequestError(413, too_big(size, "text").message)
    return text


def json_body(body: bytes):
    """A JSON body's value (JSON is UTF-8), or a RequestError saying what is wrong with it."""
    try:
        return parse_json(body.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        raise RequestError(400, f"body is not UTF-8 (invalid byte at offset {e.start})") from None
    except ValueError as e:
        raise RequestError(400, f"body is {e}") from None


def article_text(data: bytes, name: str) -> str:
    """An article sent as bytes, decoded as the CLI decodes a file (UTF-8, or UTF-16 with a BOM)."""
    try:
        return decode(data, name)
    except InputError as e:
        raise RequestError.of(e) from None


def from_json(body: bytes) -> ArticleRequest:
    data = json_body(body)
    if not isinstance(data, dict):
        raise RequestError(400, "body must be a JSON object with a string field 'text'")
    unknown = sorted(set(data) - set(JSON_KEYS))
    if unknown:
        raise RequestError(400, f"unknown field {unknown[0]!r}; the fields are {', '.join(JSON_KEYS)}")
    if "text" not in data:
        raise RequestError(400, "body needs a string field 'text'")
    rules = data.get("rules") or []
    if isinstance(rules, str):
        rules = [rules]
    if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
        raise RequestError(400, "'rules' must be a list of YAML texts")
    return ArticleRequest(text=within_limit(_text(data["text"], "text")),
                          format=format_name(data.get("format", "txt")),
                          published=published_date(data.get("published")),
                          id=_text(data.get("id") or DEFAULT_ID, "id"), rules=rules)


def from_body(body: bytes, content_type: str, query: dict) -> ArticleRequest:
    """A request whose body is the article itself (text/plain, text/markdown, text/html)."""
    fmt = CONTENT_TYPES.get(content_type.split(";")[0].strip().lower())
    if fmt is None:
        raise RequestError(415, f"content type {content_type or 'none'!r} is not application/json or one of "
                                f"{', '.join(CONTENT_TYPES)}")
    name = query.get("id") or DEFAULT_ID
    return ArticleRequest(text=within_limit(article_text(body, name)), format=format_name(query.get("format", fmt)),
                          published=published_date(query.get("published")), id=name)


def read(body: bytes, content_type: str, query: dict) -> ArticleRequest:
    if content_type.split(";")[0].strip().lower() == "application/json":
        return from_json(body)
    return from_body(body, content_type, query)
