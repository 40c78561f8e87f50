"""Inline suppression written in the article, found when a document is loaded.

    <!-- figcheck: ignore weekday-matches-date -->     Markdown, HTML (and plain text)
    [figcheck: ignore weekday-matches-date]           plain text
    <!-- figcheck: ignore-file part-within-whole -->   the whole document

`ignore` covers the paragraph the directive stands in, or, when it stands alone in its paragraph, the
next one. With no rule ids it covers every rule. A directive is never itself read for claims.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_DIRECTIVE = re.compile(
    # the ids are bounded: an unclosed directive must not make every later one scan to the end
    r"(?:<!--|\[)\s*figcheck:\s*(?P<verb>ignore-file|ignore)\b(?P<ids>[\w.,\s-]{0,1000}?)\s*(?:-->|\])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")


@dataclass(frozen=True)
class Suppression:
    start: int
    end: int
    rules: frozenset[str] | None  # None: every rule

    def covers(self, rule: str, offset: int) -> bool:
        return self.start <= offset < self.end and (self.rules is None or rule in self.rules)


def _ids(raw: str) -> frozenset[str] | None:
    ids = frozenset(i for i in re.split(r"[\s,]+", raw.strip()) if i)
    return ids or None


class _Paragraphs:
    """Paragraph bounds by bisection over the breaks, found once (not rescanned per directive)."""

    def __init__(self, text: str):
        self.size = len(text)
        breaks = list(_PARAGRAPH_BREAK.finditer(text))
        self.starts = [m.start() for m in breaks]
        self.ends = [m.end() for m in breaks]

    def around(self, offset: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.ends, offset)   # breaks ending at or before offset
        start = self.ends[k - 1] if k else 0
        j = bisect.bisect_left(self.starts, offset)
        return start, self.starts[j] if j < len(self.starts) else self.size

    def after(self, end: int) -> int:
        """The start of the paragraph after the break that begins at `end`."""
        j = bisect.bisect_left(self.starts, end)
        return self.ends[j]


def _scope(text: str, start: int, end: int, paragraphs: "_Paragraphs") -> tuple[int, int]:
    p_start, p_end = paragraphs.around(start)
    alone = not (text[p_start:start] + text[end:p_end]).strip()
    if alone and p_end < len(text):
        return paragraphs.around(paragraphs.after(p_end))
    return p_start, p_end


def directive(rules: list[str], fmt: str) -> str:
    """The `ignore` directive for these rule ids, written as the format allows (an HTML comment shows
    in no rendered page; plain text has no comments)."""
    ids = " ".join(rules)
    return f"[figcheck: ignore {ids}]" if fmt == "text" else f"<!-- figcheck: ignore {ids} -->"


def paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph holding `offset` starts: a directive standing alone just before it covers it."""
    return _Paragraphs(text).around(offset)[0]


_BLOCK_START = re.compile(r"<(?:p|li|h[1-6]|td|th|dd|dt|blockquote|figcaption|pre|div)\b", re.IGNORECASE)


def block_start(html: str, offset: int) -> int:
    """Where the start tag of the block element holding `offset` of the markup begins: a comment just
    before an element covers that element's block (see in_html)."""
    starts = [m.start() for m in _BLOCK_START.finditer(html, 0, offset)]
    return starts[-1] if starts else offset


def in_text(text: str) -> tuple[list[Suppression], list[tuple[int, int]]]:
    """Suppressions of a text or Markdown article, and the directives' own spans (to skip)."""
    found, spans = [], []
    paragraphs = None
    for m in _DIRECTIVE.finditer(text):
        paragraphs = paragraphs or _Paragraphs(text)
        spans.append((m.start(), m.end()))
        rules = _ids(m.group("ids"))
        if m.group("verb") == "ignore-file":
            found.append(Suppression(0, len(text), rules))
        else:
            found.append(Suppression(*_scope(text, m.start(), m.end(), paragraphs), rules))
    return found, spans


def in_html(html: str, text: str) -> list[Suppression]:
    """Suppressions written as HTML comments, mapped onto the extracted article text.

    The comment's scope is the block (a line of the extracted text) holding the first words of the
    element that follows it, or of its parent when it is the element's last child.
    """
    if "figcheck:" not in html:
        return []
    import lxml.etree
    import lxml.html

    found = []
    root = lxml.html.document_fromstring(html)
    for comment in root.iter(lxml.etree.Comment):
        m = _DIRECTIVE.search(f"<!--{comment.text}-->")
        if not m:
            continue
        rules = _ids(m.group("ids"))
        if m.group("verb") == "ignore-file":
            found.append(Suppression(0, len(text), rules))
            continue
        target = comment.getnext() if comment.getnext() is not None else comment.getparent()
        words = " ".join((comment.tail or "").split() or (target.text_content() if target is not None else "").split())
        at = text.find(words[:40]) if words else -1
        if at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            found.append(Suppression(start, len(text) if end < 0 else end, rules))
    return found


def apply(findings: list, suppressions) -> tuple[list, int]:
    """Findings not covered by a suppression, and how many were covered."""
    if not suppressions:
        return findings, 0
    kept = [f for f in findings if not any(s.covers(f.rule, f.start) for s in suppressions)]
    return kept, len(findings) - len(kept)
