"""The language server's parts without a client: positions in each encoding, figures found again in
HTML markup, rule-file problems and completion, hovers, the suppression edit, and the command line."""
from __future__ import annotations

import sys

import pytest
from lsprotocol import types

from checker.lsp import rulefiles
from checker.lsp.checks import Workspace, format_of, path_of
from checker.lsp.diagnostics import actions, of_checked
from checker.lsp.hover import hover
from checker.lsp.positions import LineIndex

UTF8, UTF16, UTF32 = (types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf16,
                      types.PositionEncodingKind.Utf32)


@pytest.mark.parametrize("encoding, character", [(UTF16, 7), (UTF8, 11), (UTF32, 6)])
def test_positions_count_the_negotiated_units_and_go_back_to_the_same_offset(encoding, character):
    text = "one\r\ntwo\n\U0001F4CA \u00e9t\u00e9 42 km\rlast"
    at = text.index("42")
    index = LineIndex(text, encoding)
    assert index.position(at) == types.Position(line=2, character=character)
    assert index.offset(index.position(at)) == at
    assert index.position(text.index("last")) == types.Position(line=3, character=0)   # a lone \r ends a line
    assert index.offset(types.Position(line=0, character=99)) == 3    # past the end of a line: its end
    assert index.offset(types.Position(line=9, character=0)) == len(text)


def test_figures_are_found_again_in_the_markup_through_entities_tags_and_left_out_text():
    from checker.sourcemap import SourceMap

    html = ("<html><head><title>12 people</title></head><body><nav>Menu: 12 people</nav>"
            "<p data-n='12 people'>Rain: 12&nbsp;people left, then <i>12</i> <b>people</b> came back "
            "&amp; 5 stayed.</p></body></html>")
    text = "Rain: 12 people left, then 12 people came back & 5 stayed."
    spans = SourceMap(html, text)
    def written(figure, nth=0):
        at = [i for i in range(len(text)) if text.startswith(figure, i)][nth]
        return html[slice(*spans.span(at, at + len(figure)))]
    assert written("Rain: 12") == "Rain: 12"                      # not the title's, the nav's or the attribute's
    assert written("12 people", 1) == "12</i> <b>people"          # the second, after the first
    assert written("& 5") == "&amp; 5"


def test_rule_file_problems_are_located_and_name_what_was_meant():
    text = "rules:\n  - id: a\n    kind: weekdya\n    description: x\n"
    [diag] = rulefiles.diagnostics(text, "a.rules.yaml", [])
    assert diag.range.start == types.Position(line=2, character=4) and "weekday" in diag.message


def test_a_rule_file_duplicating_an_id_of_the_run_is_a_problem_but_not_its_own_ids():
    ws = Workspace()
    others = ws.ruleset_for(None).rules
    text = "rules:\n  - id: weekday-matches-date\n    kind: weekday\n    description: again\n"
    [diag] = rulefiles.diagnostics(text, "mine.rules.yaml", others)
    assert "duplicate rule id" in diag.message and diag.range.start.line == 1
    default = next(r for r in others if r.id == "weekday-matches-date")
    assert rulefiles.diagnostics(open(default.source).read(), default.source, others) == []


def test_rule_packs_are_recognised_by_their_shape():
    assert rulefiles.looks_like_rules("/x/house.rules.yaml", "")
    assert rulefiles.looks_like_rules("/x/pack.yaml", "# rules\nrules:\n  - id: a\n")
    assert not rulefiles.looks_like_rules("/x/config.yaml", "format: [text]\n")
    assert not rulefiles.looks_like_rules("/x/notes.md", "rules:\n")
    assert not rulefiles.looks_like_rules("/x/.figcheck.yaml", "rules: [house.yaml]\n")   # a configuration


def _labels(text, line, character=None):
    character = len(text.split("\n")[line]) if character is None else character
    return {item.label for item in rulefiles.completions(text, types.Position(line=line, character=character))}


@pytest.mark.parametrize("text, line, expected, absent", [
    ("rules:\n  - id: a\n    kind: total\n    \n", 3, {"select", "severity", "message"}, {"left", "kind:"}),
    ("rules:\n- id: a\n  kind: ordinal\n  ea\n", 3, {"earlier", "ordinal", "same"}, {"select"}),
    ("rules:\n  - id: a\n    kind: compare\n    relation: \n", 3, {"at-most", "before", "equal"}, {"day"}),
    ("rules:\n  - id: a\n    kind: chronology\n    select:\n      tense: \n", 4, {"past", "future"}, set()),
    ("rules:\n  - id: a\n    kind: expression\n    let:\n      a:\n        kind: \n", 5, {"count", "money"}, set()),
    ("rules:\n  - id: a\n    kind: compare\n    right_published: \n", 3, {"true", "false"}, set()),
    ("rules:\n  - id: a\n    severity: \n", 2, {"error", "warning", "info"}, set()),
    ("", 0, {"rules"}, set()),
])
def test_completion_fits_where_the_cursor_is(text, line, expected, absent):
    labels = _labels(text, line)
    assert expected <= labels and not (absent & labels)


def test_a_workspace_check_gives_hovers_and_a_suppression_edit_for_markdown(tmp_path):
    text = "---\ndate: 2024-03-10\n---\n# Vote\n\nOn Friday, March 9, 2024, 40 people came.\n"
    text += "\nAt least 62 stayed.\n"
    path = tmp_path / "a.md"
    checked = Workspace(root=tmp_path).check(path.as_uri(), text, 1, "markdown")
    [diag] = of_checked(checked)
    assert diag.code == "weekday-matches-date" and diag.range.start == types.Position(line=5, character=3)
    shown = hover(checked, types.Position(line=5, character=27))
    assert "**40**: count" in shown.contents.value and "- noun: person" in shown.contents.value
    assert "allows" not in shown.contents.value   # exactly 40: no interval to show
    hedged = hover(checked, types.Position(line=7, character=10)).contents.value
    assert "- allows: 62 to open" in hedged and "- qualifier: at least" in hedged
    fix = next(a for a in actions(checked, [diag]) if isinstance(a, types.CodeAction))
    [edit] = fix.edit.changes[path.as_uri()]
    assert edit.range.start == types.Position(line=5, character=0)
    assert edit.new_text == "<!-- figcheck: ignore weekday-matches-date -->\n\n"
    fixed = text.replace("On Friday", edit.new_text + "On Friday")
    assert of_checked(Workspace(root=tmp_path).check(path.as_uri(), fixed, 2, "markdown")) == []


def test_the_html_suppression_comment_goes_before_the_figures_block(tmp_path):
    html = ("<html><head><meta name='date' content='2024-03-10'></head><body><article><h1>Vote</h1>"
            "<p>Turnout was low.</p><p>On Friday, March 9, 2024, 40 people came to the hall.</p>"
            "</article></body></html>")
    uri = (tmp_path / "a.html").as_uri()
    checked = Workspace(root=tmp_path).check(uri, html, 1, "html")
    [diag] = of_checked(checked)
    fix = next(a for a in actions(checked, [diag]) if isinstance(a, types.CodeAction))
    [edit] = fix.edit.changes[uri]
    at = edit.range.start.character
    assert html[at:].startswith("<p>On Friday") and edit.new_text.startswith("<!-- figcheck: ignore")
    fixed = html[:at] + edit.new_text + html[at:]
    assert of_checked(Workspace(root=tmp_path).check(uri, fixed, 2, "html")) == []


def test_a_bug_or_an_oversized_buffer_is_a_diagnostic_on_that_document(tmp_path, monkeypatch):
    from checker import documents, pipeline

    uri = (tmp_path / "a.txt").as_uri()
    monkeypatch.setattr(pipeline, "check", lambda *a, **k: 1 / 0)
    [diag] = of_checked(Workspace(root=tmp_path).check(uri, "On Friday, 3 left.", 1))
    assert diag.message == "internal error: ZeroDivisionError: division by zero" and diag.range.start.line == 0
    monkeypatch.setattr(documents, "MAX_ARTICLE_BYTES", 10)
    monkeypatch.setattr("checker.lsp.checks.MAX_ARTICLE_BYTES", 10)
    [diag] = of_checked(Workspace(root=tmp_path).check(uri, "On Friday, 3 left.", 1))
    assert "over the" in diag.message and "limit" in diag.message


def test_formats_and_paths_of_uris():
    assert format_of("file:///a/b.md", None) == "markdown" and format_of("file:///a/b.htm", None) == "html"
    assert format_of("file:///a/b.md", "plaintext") == "text" and format_of("untitled:1", None) == "text"
    assert path_of("file:///a/b%20c.txt").name == "b c.txt" and path_of("untitled:Untitled-1") is None


def test_lsp_without_its_extra_says_what_to_install(run, monkeypatch):
    monkeypatch.setitem(sys.modules, "pygls.lsp.server", None)   # as if figcheck[lsp] were not installed
    sys.modules.pop("checker.lsp.server", None)
    code, _, err = run("lsp")
    assert code == 2 and "pip install 'figcheck[lsp]'" in err


def test_lsp_refuses_a_missing_rule_file_before_an_editor_connects(run, tmp_path):
    code, _, err = run("lsp", "--rules", tmp_path / "none.rules.yaml")
    assert code == 2 and "none.rules.yaml: no such file" in err
