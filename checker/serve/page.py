"""The web page at `/`: a form to paste or upload an article, and its check drawn with the HTML
report's pieces (claims marked by kind, findings linked to their figures, the claims table).

Without JavaScript the form posts to `/` and the answer is a whole page; with it, static/app.js posts
the same form to `/page/result` as you type and swaps in the fragment this module draws.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from ..report import html_format, plural
from .limits import Limits, read_body
from .requests import ArticleRequest, RequestError, article_text, format_name, published_date, within_limit

SUFFIX_FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
LAYOUT = """
body{max-width:90rem} form textarea{width:100%;font:13px/1.4 ui-monospace,monospace}
.controls{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin:.5rem 0}
.checked{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,2fr);gap:1.5rem}
.problems{color:#b00} .rule-lines{font:13px/1.4 ui-monospace,monospace;white-space:pre-wrap}
.rule-lines .bad{background:#fdd} .rule-lines .why{color:#b00;display:block;padding-left:4ch}
#status{color:#666;font-size:13px}
"""


@dataclass
class Form:
    text: str = ""
    published: str = ""
    format: str = "txt"
    rules: str = ""
    name: str = "article"

    def request(self) -> ArticleRequest:
        return ArticleRequest(text=within_limit(self.text), format=format_name(self.format),
                              published=published_date(self.published),
                              id=self.name, rules=[self.rules] if self.rules.strip() else [])


async def read_form(request, limits: Limits) -> Form:
    """The posted form (urlencoded, or multipart with an uploaded file), under the body limits."""
    from starlette.requests import Request

    body = await read_body(request, limits)

    async def replay():   # the body, already read under the limits, for Starlette's form parser
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        data = await Request(request.scope, replay).form(max_files=1, max_fields=8, max_part_size=limits.max_body)
    except Exception as e:  # noqa: BLE001 - any malformed form is the client's problem
        raise RequestError(400, f"the form could not be read ({type(e).__name__})") from None
    form = Form(text=_field(data, "text"), published=_field(data, "published"),
                format=_field(data, "format") or "txt", rules=_field(data, "rules"))
    upload = data.get("file")
    if upload is not None and not isinstance(upload, str) and upload.filename:
        form.name = Path(upload.filename).name
        form.text = article_text(await upload.read(), form.name)
        form.format = SUFFIX_FORMATS.get(Path(upload.filename).suffix.lower(), form.format)
    return form


def _field(data, key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


def result(service, form: Form) -> str:
    """The check of the form's article as an HTML fragment, or its problems at their place."""
    if not form.text.strip():
        return '<p id="status">Paste an article to check it.</p>'
    try:
        answer = service.check(form.request(), keep_claims=True)
    except RequestError as e:
        return _problems(e, form)
    d = answer.result
    summary = (f"{plural(d.n_claims, 'claim')} ({d.checked} checked by a rule), "
               f"{plural(len(d.findings), 'finding')}; published {d.published or 'unknown (give a date)'}")
    return (f'<p class="summary" id="summary">{escape(summary)}</p><div class="checked">'
            f'<section><h3>Article</h3>{html_format.article_html(0, d)}</section>'
            f'<section><h3>Findings</h3>{html_format.findings_list(0, d)}</section></div>'
            f'{html_format.claims_table(0, d)}')


def _problems(e: RequestError, form: Form) -> str:
    """The error, and for rule text each line with its problems under it."""
    out = [f'<p class="problems" id="problems">{escape(e.message)}</p>']
    by_line: dict[int, list[str]] = {}
    for p in e.problems:
        if p.path == "rules[0]" and p.line:
            by_line.setdefault(p.line, []).append(f"{p.line}:{p.column or 1}: {p.message}")
    if by_line:
        lines = []
        for n, line in enumerate(form.rules.splitlines(), start=1):
            bad = n in by_line
            lines.append(f'<span class="{"bad" if bad else "ok"}">{n:>3} {escape(line)}</span>' +
                         "".join(f'<span class="why">{escape(w)}</span>' for w in by_line.get(n, [])))
        out.append(f'<div class="rule-lines">{chr(10).join(lines)}</div>')
    return "".join(out)


def _option(value: str, chosen: str, label: str) -> str:
    return f'<option value="{value}"{" selected" if value == chosen else ""}>{label}</option>'


def full(form: Form, result_html: str = "") -> str:
    legend = "".join(f'<span style="background:{c}">{k}</span>' for k, c in html_format.KIND_COLOURS.items())
    formats = "".join(_option(v, form.format, label) for v, label in
                      (("txt", "plain text"), ("md", "Markdown"), ("html", "HTML")))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>figcheck</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>{html_format.STYLE}{LAYOUT}</style><script src="/static/app.js" defer></script></head>
<body><h1>figcheck</h1>
<p>Paste an article (or upload a file) to check that its figures agree with each other.</p>
<form id="check" method="post" action="/" enctype="multipart/form-data">
<textarea name="text" id="text" rows="14" placeholder="Article text">{escape(form.text)}</textarea>
<div class="controls">
<label>Published <input type="date" name="published" id="published" value="{escape(form.published)}"></label>
<label>Format <select name="format" id="format">{formats}</select></label>
<label>or upload <input type="file" name="file" id="file" accept=".txt,.md,.markdown,.html,.htm"></label>
<button type="submit" id="submit">Check</button> <span id="status"></span></div>
<details{" open" if form.rules else ""}><summary>Rules for this article (YAML, optional)</summary>
<textarea name="rules" id="rules" rows="8" placeholder="rules:&#10;  - id: ...">{escape(form.rules)}</textarea>
</details></form>
<p class="legend">Claim kinds: {legend} · a red outline marks a figure in a finding; hover a figure for its reading.</p>
<div id="result">{result_html}</div>
</body></html>
"""
