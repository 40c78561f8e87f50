"""Offsets in an article's text, as trafilatura extracted it from HTML, -> offsets in the HTML itself.

trafilatura keeps no positions, so each word of the extracted text is found again in the markup,
searching forward from the previous word, in a copy of the markup where tags, comments, scripts and
styles are blanked out (a word is never matched inside an attribute) and with entities allowed for
the characters they stand for. A word not found (trafilatura mends some text) keeps the position
after the last word found. Reports then point at the figure's line in the file, not at a `<meta>`.
"""
from __future__ import annotations

import bisect
import re

_HIDDEN = re.compile(r"<(script|style|head)\b.*?</\1\s*>|<!--.*?-->|<[^<>]*>", re.IGNORECASE | re.DOTALL)
_WORD = re.compile(r"\S+")
_ENTITY_FOR = {"&": "&(?:amp;)?", "<": "(?:<|&lt;)", ">": "(?:>|&gt;)", '"': '(?:"|&quot;)',
               "'": "(?:'|&#39;|&#x27;|&apos;)", "\u00a0": "(?:\u00a0|&nbsp;|&#160;)"}
_SPACE = r"(?:\s|&nbsp;|&#160;|&#xa0;)+"
_ENTITY_CHARS = frozenset(_ENTITY_FOR)
# How far ahead of the previous word a word is looked for: trafilatura leaves out navigation and
# asides, rarely more than this much markup at once.
LOOKAHEAD = 200_000


def blanked(html: str) -> str:
    """The markup with every tag, comment, script, style and head replaced by spaces (same length)."""
    return _HIDDEN.sub(lambda m: " " * len(m.group(0)), html)


def in_markup(words: str) -> re.Pattern:
    """Text as it may be written in HTML: any run of spaces as spaces or entities, `&` and quotes as
    entities."""
    parts = []
    for piece in re.split(r"(\s+)", words):
        if not piece:
            continue
        parts.append(_SPACE if piece.isspace() else "".join(_ENTITY_FOR.get(c, re.escape(c)) for c in piece))
    return re.compile("".join(parts))


class SourceMap:
    """Text offset -> markup offset, from each word's place in both, found once."""

    def __init__(self, html: str, text: str):
        visible = blanked(html)
        body = re.search(r"<body\b", html, re.IGNORECASE)
        cursor = body.start() if body else 0
        self.text_starts: list[int] = []
        self.source_starts: list[int] = []
        self.source_ends: list[int] = []
        for word in _WORD.finditer(text):
            found = self._find(visible, word.group(0), cursor)
            if found is None:
                continue
            self.text_starts.append(word.start())
            self.source_starts.append(found[0])
            self.source_ends.append(found[1])
            cursor = found[1]

    @staticmethod
    def _find(visible: str, word: str, cursor: int) -> tuple[int, int] | None:
        """Where `word` is next written at or after `cursor`: a plain search for most words, a
        pattern only for one with a character an entity may stand for."""
        if _ENTITY_CHARS.isdisjoint(word):
            at = visible.find(word, cursor, cursor + LOOKAHEAD)
            return (at, at + len(word)) if at >= 0 else None
        m = in_markup(word).search(visible, cursor, cursor + LOOKAHEAD)
        return (m.start(), m.end()) if m else None

    def offset(self, at: int) -> int:
        """Where the text's offset `at` is in the markup: inside a found word, the same place in it;
        elsewhere, just after the last word found before it."""
        k = bisect.bisect_right(self.text_starts, at) - 1
        if k < 0:
            return self.source_starts[0] if self.source_starts else 0
        into = at - self.text_starts[k]
        return min(self.source_starts[k] + into, self.source_ends[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        s = self.offset(start)
        return s, max(s, self.offset(max(start, end - 1)) + 1) if end > start else s
