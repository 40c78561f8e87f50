"""One self-contained HTML page per run: each article with its claims highlighted by kind (hover
for the normalized value, noun and date), its findings linked to their figures, its claims table,
and a summary. No scripts and no external resources, so it opens anywhere and can be archived."""
from __future__ import annotations

import math
from html import escape

from typing import Iterator

from . import plural, summary_line
from .spool import Spool

TABLE_COLUMNS = ["claim", "line", "text", "kind", "value", "low", "high", "unit", "noun", "place", "date",
                 "grain", "weekday", "tense", "qualifier", "whole", "link"]
KIND_COLOURS = {"count": "#ffe08a", "quantity": "#b5e3ff", "money": "#c8f2c2", "percent": "#f7c6f0",
                "ratio": "#e3d4ff", "date": "#ffd2b3", "duration": "#d9ead3", "ordinal": "#fff2b8"}
STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#222}
h1{font-size:1.4rem} h2{font-size:1.15rem;margin-top:2.5rem;border-top:1px solid #ccc;padding-top:1rem}
.article{white-space:pre-wrap;font:15px/1.7 Georgia,serif;background:#fafafa;padding:1rem;border:1px solid #ddd}
mark.claim{border-radius:3px;padding:0 1px;color:inherit}
mark.flagged{outline:2px solid #d00;outline-offset:1px}
mark.claim:hover{filter:brightness(.9)}
.findings li{margin:.3rem 0} .sev-error{color:#b00} .sev-warning{color:#a60} .sev-info{color:#06c}
table{border-collapse:collapse;font-size:13px;margin-top:1rem} td,th{border:1px solid #ddd;padding:2px 6px}
.legend span{display:inline-block;padding:0 .4rem;margin-right:.3rem;border-radius:3px}
.summary{font-weight:600} .error-doc{color:#b00}
table.index{width:100%;table-layout:fixed} table.index td{vertical-align:top;overflow-wrap:anywhere}
table.index th:nth-child(1){width:17%} table.index th:nth-child(2){width:7%} table.index th:nth-child(3){width:6%}
table.index th:nth-child(4){width:17%}
""" + "".join(f"mark.kind-{k}{{background:{c}}}" for k, c in KIND_COLOURS.items())


def _value(v) -> str:
    if v is None or isinstance(v, float) and math.isnan(v):
        return ""
    if isinstance(v, float):
        return f"{v:,.10g}"
    if isinstance(v, list):
        return ", ".join(v)
    return str(v)


def _hover(row) -> str:
    parts = [f"{row['claim']} · {row['kind']}"]
    for key in ("value", "low", "high", "unit", "noun", "place", "date", "grain", "qualifier", "tense"):
        shown = _value(row.get(key))
        if shown:
            parts.append(f"{key}: {shown}")
    return "\n".join(parts)


def article_html(i: int, d) -> str:
    """The text with claims as <mark>s; a finding's anchor sits at its first character."""
    text = d.doc.text
    flagged = {c for f in d.findings for c in f.claims}
    events = [(f.start, f'<a id="d{i}-f{n}"></a>') for n, f in enumerate(d.findings)]
    rows = d.claims.to_dict("records") if d.claims is not None else []
    for row in rows:
        cls = f"claim kind-{row['kind']}" + (" flagged" if row["claim"] in flagged else "")
        events.append((row["start"], f'<mark id="d{i}-{row["claim"]}" class="{cls}" '
                                     f'data-kind="{row["kind"]}" title="{escape(_hover(row))}">'))
        events.append((row["end"], "</mark>"))
    # Closing tags sort before opening ones at the same offset, so adjacent marks never nest.
    events.sort(key=lambda e: (e[0], not e[1].startswith("</")))
    out, at = [], 0
    for offset, tag in events:
        out.append(escape(text[at:offset]))
        out.append(tag)
        at = offset
    out.append(escape(text[at:]))
    return f'<div class="article">{"".join(out)}</div>'


def findings_list(i: int, d) -> str:
    if not d.findings:
        return "<p>No findings.</p>"
    items = [f'<li class="finding sev-{f.severity}"><a href="#d{i}-f{n}">{f.line}:{f.column}</a> '
             f'<b>{f.severity}</b> <code>{escape(f.rule)}</code> {escape(f.message)}</li>'
             for n, f in enumerate(d.findings)]
    return f'<ul class="findings">{"".join(items)}</ul>'


def claims_table(i: int, d) -> str:
    if d.claims is None or not len(d.claims):
        return "<p>No claims.</p>"
    head = "".join(f"<th>{c}</th>" for c in TABLE_COLUMNS)
    body = []
    for row in d.claims.to_dict("records"):
        cells = [f'<td><a href="#d{i}-{row["claim"]}">{row["claim"]}</a></td>'] + \
                [f"<td>{escape(_value(row.get(c)))}</td>" for c in TABLE_COLUMNS[1:]]
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f'<details><summary>Claims table ({len(d.claims)})</summary><table class="claims">' \
           f'<tr>{head}</tr>{"".join(body)}</table></details>'


def _document(i: int, d) -> str:
    title = f'<h2 id="d{i}">{escape(d.id)}</h2>'
    if d.error:
        return f'{title}<p class="error-doc">{escape(d.error)}</p>'
    published = d.published.isoformat() if d.published else "unknown"
    return (f'{title}<p>Published {published}; {len(d.claims)} claims, {len(d.findings)} findings.</p>'
            f'<h3>Findings</h3>{findings_list(i, d)}<h3>Article</h3>{article_html(i, d)}{claims_table(i, d)}')


MAX_INDEXED = 5_000   # findings listed in the index; past it the index says how many more


class Writer:
    """`skip_clean`: leave out documents with no finding and no error (a corpus report is then its
    findings, not 1,500 clean articles)."""

    def __init__(self, skip_clean: bool = False, **_):
        self.documents = Spool()
        self.skip_clean = skip_clean
        self.index: list[str] = []      # one row per finding, first in the page
        self.found = self.left_out = 0

    def add(self, d) -> None:
        if self.skip_clean and not d.findings and not d.error:
            self.left_out += 1
            return
        i = self.documents.count
        for n, f in enumerate([] if d.error else d.findings):
            self.found += 1
            if len(self.index) < MAX_INDEXED:
                self.index.append(f'<tr class="sev-{f.severity}"><td><a href="#d{i}">{escape(d.id)}</a></td>'
                                  f'<td><a href="#d{i}-f{n}">{f.line}:{f.column}</a></td><td>{f.severity}</td>'
                                  f'<td><code>{escape(f.rule)}</code></td><td>{escape(f.message)}</td></tr>')
        self.documents.append(_document(i, d))

    def _index(self) -> str:
        if not self.found:
            return '<p id="findings-index">No findings.</p>'
        more = self.found - len(self.index)
        tail = f"<p>and {more:,} more findings, listed with their documents below.</p>" if more else ""
        return (f'<h2 id="findings-index">Findings ({self.found:,})</h2><table class="index"><tr><th>document</th>'
                f'<th>where</th><th>severity</th><th>rule</th><th>message</th></tr>{"".join(self.index)}</table>{tail}')

    def chunks(self, report) -> Iterator[str]:
        legend = "".join(f'<span style="background:{col}">{k}</span>' for k, col in KIND_COLOURS.items())
        yield (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>figcheck report</title>'
               f'<meta name="viewport" content="width=device-width,initial-scale=1"><style>{STYLE}</style></head>'
               f'<body><h1>figcheck report</h1><p class="summary" id="summary">{escape(summary_line(report))}</p>'
               f'<p class="legend">Claim kinds: {legend} · a red outline marks a figure in a finding.</p>')
        yield self._index()
        if self.left_out:
            yield (f'<p class="left-out">{plural(self.left_out, "document")} with no finding left out '
                   f'(--skip-clean).</p>')
        yield from self.documents
        yield "</body></html>\n"

