"""Load articles (.txt, .md, .html, .jsonl) into Documents: text as read, publication date, line map.

Offsets always index `Document.text`. For text and Markdown that is the file as written (front
matter and a leading `date YYYY-MM-DD` line included, but marked as `skip` spans that hold no
claims), so `path:line:col` in a report points into the original file.
"""
from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

from .errors import DocumentCrash, InputError, RuleFileError
from .files import read_regular, require_regular
from .paths import ARTICLE_SUFFIXES, expand  # noqa: F401 - expand: callers name inputs through documents
from .suppressions import in_html, in_text

# One article (a file, or a JSONL record's text) is checked in memory; past this it is refused with a
# clear error rather than taking minutes. JSONL files themselves are streamed and have no limit.
MAX_ARTICLE_BYTES = 16 * 1024 * 1024

_DATELINE = re.compile(r"\A\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?", re.IGNORECASE)
# lxml checks an element's attributes pairwise: an element with 200,000 of them takes minutes. Past this
# many, its attributes (never article text) are dropped before the HTML is parsed.
MAX_HTML_ATTRIBUTES = 500
_START_TAG = re.compile(r"<([A-Za-z][\w:.-]*)(\s[^<>]*)>")
# A date written in a <meta> or <time> tag; htmldate would quietly mend "2023-02-30" into 2023-02-01.
_MARKUP_DATE = re.compile(r"""<(?:meta|time)\b[^<>]*?(?:content|datetime)\s*=\s*["']?(\d{4}-\d{2}-\d{2})""",
                          re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


# How much of a finding's line a report shows: in news a paragraph is one line, so a window of it
# around the figure keeps a report readable and its size bounded (a 160 KB one-line article with
# thousands of findings).
WINDOW = 60        # characters each side of the figure
MAX_MARK = 120     # characters of the figure itself


class Window(NamedTuple):
    before: str
    marked: str
    after: str
    more_before: bool   # the line goes on past the window
    more_after: bool


@dataclass
class Document:
    id: str
    path: str
    text: str
    published: dt.date | None = None
    skip: tuple[tuple[int, int], ...] = ()
    # For a JSONL record every offset reports as the record's line and 1 + the offset.
    record_line: int | None = None
    rules_file: Path | None = None
    suppressions: tuple = ()
    # For HTML, the markup as read: `text` is the article trafilatura took from it, and positions
    # (line, column) are given in the markup, where an editor or a CI annotation looks.
    source: str | None = field(default=None, repr=False)
    _line_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _source_map: object = field(default=None, repr=False, compare=False)
    _sentences: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence; computed once, shared by extraction and rules."""
        if self._sentences is None:
            from .sentences import split

            self._sentences = split(self.text)
        return self._sentences

    @property
    def where(self) -> str:
        """How a report names this document: its path, and for a JSONL record its line and id."""
        return self.path if self.record_line is None else f"{self.path}:{self.record_line} [{self.id}]"

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Where text[start:end] is in the file as written (the same span, but for HTML)."""
        if self.source is None:
            return start, end
        if self._source_map is None:
            from .sourcemap import SourceMap

            self._source_map = SourceMap(self.source, self.text)
        return self._source_map.span(start, end)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file as written of a character offset of `text`."""
        if self.record_line is not None:
            return self.record_line, offset + 1
        written = self.text if self.source is None else self.source
        if self.source is not None:
            offset = self.source_span(offset, offset)[0]
        if not self._line_starts:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", written)]
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1

    def line_text(self, offset: int) -> tuple[str, int]:
        """The source line holding `offset`, and the offset where that line starts."""
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        end = len(self.text) if end < 0 else end
        return self.text[start:end].rstrip("\r"), start

    def window(self, start: int, end: int) -> Window:
        """The part of the line holding `start` that a report shows, with the figure marked."""
        line, line_start = self.line_text(start)
        col = start - line_start
        width = max(1, min(end, line_start + len(line), start + MAX_MARK) - start)
        left, right = max(0, col - WINDOW), min(len(line), col + width + WINDOW)
        return Window(line[left:col], line[col:col + width], line[col + width:right], left > 0,
                      right < len(line))

    def snippet(self, start: int, end: int) -> str:
        return self.text[start:end]

    def excerpt(self, spans: Iterable[tuple[int, int]]) -> "Excerpt":
        """What reports need of this document for findings at `spans`, without its text: a run
        over a corpus then keeps windows, not articles."""
        spans = list(spans)
        return Excerpt(id=self.id, path=self.path, record_line=self.record_line,
                       rules_file=self.rules_file, windows={sp: self.window(*sp) for sp in spans},
                       snippets={sp: self.snippet(*sp) for sp in spans})


@dataclass
class Excerpt:
    """A checked document as reports see it (see Document.excerpt)."""
    id: str
    path: str
    record_line: int | None
    rules_file: Path | None   # the parent lists the rules of an article's own rule file
    windows: dict
    snippets: dict

    def window(self, start: int, end: int) -> Window:
        return self.windows[(start, end)]

    def snippet(self, start: int, end: int) -> str:
        return self.snippets[(start, end)]


def parse_date(value, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        written = str(value).strip()[:40]
        problem = ("is not a date on the calendar" if re.fullmatch(r"\d{4}-\d\d-\d\d.*", written)
                   else "is not YYYY-MM-DD")
        raise InputError(f"publication date {written!r} {problem}", path=where) from None


def decode(data: bytes, path: str, line: int | None = None) -> str:
    """Bytes to text: UTF-8 (BOM optional) or UTF-16 with a BOM; anything else is a clear error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16").lstrip("\ufeff")
        except UnicodeDecodeError:
            raise InputError("invalid UTF-16 text", path=path, line=line) from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not an article", path=path, line=line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text (invalid byte at offset {e.start})", path=path, line=line) from None


def too_big(size: int, path: str, line: int | None = None) -> InputError:
    return InputError(f"article is {size:,} bytes, over the {MAX_ARTICLE_BYTES // 2**20} MiB limit for one "
                      "article", path=path, line=line)


def read_text(path: Path) -> str:
    try:
        data = read_regular(path, MAX_ARTICLE_BYTES)
        if len(data) > MAX_ARTICLE_BYTES:
            raise too_big(path.stat().st_size, str(path))
        return decode(data, str(path))
    except OSError as e:
        raise InputError(e.strerror or str(e), path=str(path)) from None


def sidecar_rules(path: Path) -> Path | None:
    candidate = path.with_name(path.name.rsplit(".", 1)[0] + ".rules.yaml")
    return candidate if candidate.exists() else None   # a FIFO or device is refused when read


def from_text(text: str, path: str, published: dt.date | None = None) -> Document:
    """A plain-text article; a leading `date YYYY-MM-DD` line is its publication date."""
    skip: tuple[tuple[int, int], ...] = ()
    m = _DATELINE.match(text)
    if m:
        skip = ((0, m.end()),)
        published = published or parse_date(m.group(1), path)
    return with_directives(Document(id=path, path=path, text=text, published=published, skip=skip))


def with_directives(doc: Document) -> Document:
    """Record the article's inline suppressions; their own text holds no claims."""
    found, spans = in_text(doc.text)
    if found:
        doc.suppressions = tuple(found)
        doc.skip = tuple(sorted((*doc.skip, *spans)))
    return doc


def from_markdown(text: str, path: str, published: dt.date | None = None) -> Document:
    m = _FRONT_MATTER.match(text)
    if not m:
        return from_text(text, path, published=published)
    from .rules.yamlfile import parse as parse_yaml   # the rule files' reader: no aliases, bounded

    try:
        meta = parse_yaml(m.group(1), path, first_line=2) or {}
    except RuleFileError as e:
        raise InputError(f"front matter: {e.message}", path=path, line=e.line, column=e.column) from None
    if not isinstance(meta, dict):
        raise InputError("front matter must be a mapping", path=path, line=2)
    date = meta.get("date") or meta.get("published")
    if published is None and date:
        published = parse_date(date, path)
    return with_directives(Document(id=path, path=path, text=text, published=published,
                                    skip=((0, m.end()),)))


def from_html(html: str, path: str, published: dt.date | None = None) -> Document:
    # trafilatura finds the article's main text and its metadata; it never fetches anything here.
    import trafilatura
    from trafilatura.metadata import extract_metadata

    source, html = html, _bounded_markup(html)
    text = trafilatura.extract(html, include_comments=False, include_tables=True,
                               favor_recall=True, deduplicate=False)
    if not text:
        raise InputError("no article text found in the HTML", path=path)
    if published is None:
        for written in _MARKUP_DATE.finditer(html):
            parse_date(written.group(1), path)   # a date that is not a real one is an error, not mended
        meta = extract_metadata(html)
        if meta is not None and meta.date:
            published = parse_date(meta.date, path)
    return Document(id=path, path=path, text=text, published=published, source=source,
                    suppressions=tuple(in_html(html, text)))


READERS = {"text": from_text, "markdown": from_markdown, "html": from_html}


def from_format(text: str, path: str, fmt: str, published: dt.date | None = None) -> Document:
    """An article held in memory, read as a file of that format ("text", "markdown", "html") would be."""
    return READERS[fmt](text, path, published=published)


def _bounded_markup(html: str) -> str:
    def trimmed(tag: re.Match) -> str:
        return f"<{tag.group(1)}>" if tag.group(2).count("=") > MAX_HTML_ATTRIBUTES else tag.group(0)
    return _START_TAG.sub(trimmed, html) if len(html) > 20 * MAX_HTML_ATTRIBUTES else html


def _skip_rest_of_line(fh) -> None:
    while True:
        chunk = fh.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def jsonl_lines(path: Path) -> Iterator[tuple[int, str | InputError]]:
    """(line number, text) of a JSONL file, read a line at a time so a corpus never sits in memory.

    A line is never read past the article limit: the rest of an over-long line is skipped unread."""
    name = str(path)
    try:
        require_regular(path)   # a device, FIFO or socket is refused before it is opened for reading
        fh = open(path, "rb")
    except OSError as e:
        raise InputError(e.strerror or str(e), path=name) from None
    with fh:
        head = fh.read(2)
        fh.seek(0)
        if head in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 cannot be split on b"\n": decode it whole
            if path.stat().st_size > MAX_ARTICLE_BYTES:
                raise too_big(path.stat().st_size, name)
            yield from enumerate(decode(fh.read(), name).splitlines(), start=1)
            return
        lineno = 0
        while True:
            raw = fh.readline(MAX_ARTICLE_BYTES + 1)
            if not raw:
                return
            lineno += 1
            if len(raw) > MAX_ARTICLE_BYTES:
                _skip_rest_of_line(fh)
                yield lineno, InputError(f"line is over the {MAX_ARTICLE_BYTES // 2**20} MiB limit for one "
                                         "article", path=name, line=lineno)
                continue
            try:
                yield lineno, decode(raw.lstrip(b"\xef\xbb\xbf") if lineno == 1 else raw, name, lineno)
            except InputError as e:
                yield lineno, e


def parse_json(text: str):
    """JSON text -> value, or a ValueError saying in a few words what is wrong with it."""
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as e:
        raise ValueError(f"not valid JSON ({getattr(e, 'msg', 'nested too deeply')})") from None
    except ValueError as e:   # an integer of over 4,300 digits: Python refuses to convert it
        raise ValueError(f"not usable JSON ({str(e).split(':')[0]})") from None


def from_jsonl(lines, path: str, published: dt.date | None = None) -> Iterator[Document | InputError]:
    """One article a line; a bad line is reported with its number and the others are kept."""
    for lineno, line in lines:
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        try:
            rec = parse_json(line)
        except ValueError as e:
            yield InputError(str(e), path=path, line=lineno)
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            yield InputError("a record needs a string field 'text'", path=path, line=lineno)
            continue
        try:
            date = published or (parse_date(rec["published"], path) if rec.get("published") else None)
        except InputError as e:
            yield InputError(e.message, path=path, line=lineno)
            continue
        doc_id = str(rec.get("id") or f"{path}:{lineno}")
        yield with_directives(Document(id=doc_id, path=path, text=rec["text"], published=date,
                                       record_line=lineno))


def load_file(path: Path, published: dt.date | None = None) -> Iterator[Document | InputError]:
    """Documents of one file; errors are yielded, not raised, so a batch keeps the others."""
    name = str(path)
    fmt = ARTICLE_SUFFIXES.get(path.suffix.lower(), "text")
    try:
        if fmt == "jsonl":
            yield from from_jsonl(jsonl_lines(path), name, published)
            return
        doc = from_format(read_text(path), name, fmt, published)
    except InputError as e:
        yield e
        return
    except Exception as e:  # noqa: BLE001 - a bug on one document must not lose the batch
        yield DocumentCrash(f"internal error while loading: {e!r}", path=name)
        return
    doc.rules_file = sidecar_rules(path)
    yield doc


def load(paths: Iterable[str], published: dt.date | None = None) -> Iterator[Document | InputError]:
    yield from load_items(expand(paths), published)


def load_items(items: Iterable[Path | InputError], published: dt.date | None = None
               ) -> Iterator[Document | InputError]:
    """Documents of already expanded paths (so a caller can check its outputs against them first)."""
    for item in items:
        if isinstance(item, InputError):
            yield item
        else:
            yield from load_file(item, published)
